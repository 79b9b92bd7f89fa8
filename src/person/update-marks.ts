/**
 * A person's update markers: one hash per person (`keys.updatesSeen`) rather
 * than one string key per update, which cost ~72 B each and a person leaves
 * 10–25 of them for a day. Field = the update id (decimal); value
 * `p:<expires at, ms>` while the update is being handled, `d:<done at, s>`
 * once it had its effect. The meaning is the string marker's (`UPDATE_MARK`
 * in src/transport/dedupe.ts): a `p:` past its expiry is a crashed run's and
 * counts as absent, as the expired `processing` key did; a `d:` counts for
 * the done marker's day. Times are Redis's (TIME), the same for every instance.
 */
export const PERSON_MARKS = {
  processing: "p:",
  done: "d:",
  /**
   * A write that takes the hash past 64, 128, 256, … fields drops what no longer
   * counts. Only at those sizes, not at every write past 64: a flood (every
   * refused update is marked done too) would otherwise rescan the whole hash
   * on each update, while a doubling bound keeps the scans O(1) per write.
   */
  pruneAbove: 64,
} as const;

/**
 * Lua functions for the scripts that read and write a person's markers (the
 * gate and the session flush), prepended to their source.
 * - marks_now_ms(): Redis's clock in ms.
 * - marks_int(n): n as integer digits, never an exponent form.
 * - marks_state(value, now_ms, done_seconds): 'done', 'processing' or nil.
 * - marks_write(key, field, value, done_seconds, now_ms): sets the field,
 *   renews the hash's TTL (a day after the last write) and prunes (above).
 */
export const MARKS_LUA = `
local function marks_now_ms()
  local t = redis.call('TIME')
  return tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end
local function marks_int(n) return string.format('%d', n) end
local function marks_state(value, now_ms, done_seconds)
  if not value then return nil end
  local kind, at = string.sub(value, 1, 2), tonumber(string.sub(value, 3)) or 0
  if kind == '${PERSON_MARKS.done}' and at * 1000 > now_ms - done_seconds * 1000 then return 'done' end
  if kind == '${PERSON_MARKS.processing}' and at > now_ms then return 'processing' end
  return nil
end
local function marks_write(key, field, value, done_seconds, now_ms)
  redis.call('HSET', key, field, value)
  redis.call('EXPIRE', key, done_seconds)
  local size, bound = redis.call('HLEN', key), ${PERSON_MARKS.pruneAbove}
  while bound < size - 1 do bound = bound * 2 end
  if size ~= bound + 1 then return end
  local flat, stale = redis.call('HGETALL', key), {}
  for i = 1, #flat, 2 do
    if not marks_state(flat[i + 1], now_ms, done_seconds) then stale[#stale + 1] = flat[i] end
    -- In batches: unpack fails past a few thousand values, and a long flood can leave more.
    if #stale == 500 then redis.call('HDEL', key, unpack(stale)); stale = {} end
  end
  if #stale > 0 then redis.call('HDEL', key, unpack(stale)) end
end
`;

/** Clears the field only while it is `p:` (a crashed run's claim); a `d:` had its effect and stays. KEYS: hash. ARGV: field. */
export const CLEAR_PROCESSING_FIELD = `local v = redis.call('HGET', KEYS[1], ARGV[1])
if v and string.sub(v, 1, 2) == '${PERSON_MARKS.processing}' then return redis.call('HDEL', KEYS[1], ARGV[1]) end
return 0`;
