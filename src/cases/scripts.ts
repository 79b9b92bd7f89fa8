import { tiers } from "../flow/schema.js";
import { PERSON_ACTOR } from "./types.js";
import { defineScript } from "../redis/script.js";

/**
 * The Lua scripts behind the case store. Each runs as one atomic step on the
 * server, so a crash or a racing coordinator can never leave a record without
 * its index entries, or two owners of one case.
 *
 * Only key names the client passes in KEYS are touched. Where a key depends on
 * stored state (the current assignee, the person, desk message ids), the client
 * reads that state first and passes the keys together with what it read; the
 * script compares and answers `retry` when the state moved in between.
 *
 * Scores of `casesOpen` are `tierRank * 1e13 + createdAt` (ms), formatted with
 * `%.0f` so they stay exact: an ascending ZRANGE gives the most urgent tier
 * first, oldest first within it.
 */

/** How often the client reads again and reruns a script that answered `retry` before it gives up. */
export const SCRIPT_ATTEMPTS = 5;

/** Lua table literal `{critical=0,high=1,normal=2}` built from the one list of tiers. */
const RANK_TABLE = `{${tiers.map((tier, rank) => `["${tier}"]=${rank}`).join(",")}}`;

const SCORE_FN = `
local RANK = ${RANK_TABLE}
local function open_score(tier, created_at)
  return string.format('%.0f', RANK[tier] * 1e13 + tonumber(created_at))
end
`;

/**
 * KEYS: record, contact, casesOpen, casesAll, personCase, casesStream
 * ARGV: caseId, sealed card, tier, now, sealed contact, desk ('' = the main group)
 * → 1 created, 0 already there
 */
export const createScript = defineScript(
  "case_create",
  `${SCORE_FN}
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
if RANK[ARGV[3]] == nil then return redis.error_reply('unknown tier') end
redis.call('HSET', KEYS[1], 'enc', ARGV[2], 'status', 'open', 'tier', ARGV[3], 'version', '1',
  'createdAt', ARGV[4], 'updatedAt', ARGV[4])
if ARGV[6] ~= nil and ARGV[6] ~= '' then redis.call('HSET', KEYS[1], 'desk', ARGV[6]) end
redis.call('SET', KEYS[2], ARGV[5])
redis.call('ZADD', KEYS[3], open_score(ARGV[3], ARGV[4]), ARGV[1])
redis.call('ZADD', KEYS[4], ARGV[4], ARGV[1])
redis.call('SET', KEYS[5], ARGV[1])
redis.call('XADD', KEYS[6], '*', 'caseId', ARGV[1], 'event', 'created', 'version', '1')
return 1
`,
);

/**
 * KEYS: record, casesOpen, casesStream, casesByAssignee(actor),
 *       casesByAssignee(assignee read before, or actor when none), personCase(person) or record
 * ARGV: caseId, action, expectedVersion, actor, now, assignee read before ('' = none),
 *       sealed actor name ('' = none), new tier, sealed reason, outcome, '1' when KEYS[6] is the person's key,
 *       '1' when the caller shows the new version on the card itself (the desk then leaves that version alone)
 * → {'ok', field, value, ...} | {'refused', reason} | {'retry'}
 *
 * Checks run in this order: not_found, stale (the fence), illegal (state
 * machine), not_owner. The fence comes before the state machine so the loser
 * of a race always learns that it lost, not that the button is wrong.
 */
export const transitionScript = defineScript(
  "case_transition",
  `${SCORE_FN}
local rec = KEYS[1]
if redis.call('EXISTS', rec) == 0 then return {'refused', 'not_found'} end
local f = redis.call('HMGET', rec, 'status', 'version', 'assignee', 'tier', 'createdAt')
local status, version, assignee, tier, created = f[1], tonumber(f[2]), f[3] or '', f[4], f[5]
if version ~= tonumber(ARGV[3]) then return {'refused', 'stale'} end
if assignee ~= ARGV[6] then return {'retry'} end

local id, action, actor, now = ARGV[1], ARGV[2], ARGV[4], ARGV[5]
local live = status == 'open' or status == 'claimed'
local person = '${PERSON_ACTOR}'
if actor == person and action ~= 'withdraw' then return {'refused', 'not_owner'} end

if action == 'claim' then
  if status ~= 'open' then return {'refused', 'illegal'} end
  redis.call('HSET', rec, 'status', 'claimed', 'assignee', actor)
  if ARGV[7] ~= '' then redis.call('HSET', rec, 'assigneeName', ARGV[7]) else redis.call('HDEL', rec, 'assigneeName') end
  redis.call('ZADD', KEYS[4], now, id)
elseif action == 'release' then
  if status ~= 'claimed' then return {'refused', 'illegal'} end
  if assignee ~= actor then return {'refused', 'not_owner'} end
  redis.call('HSET', rec, 'status', 'open')
  redis.call('HDEL', rec, 'assignee', 'assigneeName')
  redis.call('ZREM', KEYS[5], id)
elseif action == 'escalate' then
  if not live then return {'refused', 'illegal'} end
  -- Up a tier; a critical case stays critical and takes the new reason (worse now, moved or sold).
  if RANK[ARGV[8]] == nil or RANK[ARGV[8]] > RANK[tier] or (RANK[ARGV[8]] == RANK[tier] and tier ~= 'critical') then return {'refused', 'illegal'} end
  redis.call('HSET', rec, 'tier', ARGV[8], 'escalationReason', ARGV[9])
  redis.call('ZADD', KEYS[2], open_score(ARGV[8], created), id)
elseif action == 'resolve' or action == 'withdraw' then
  if not live then return {'refused', 'illegal'} end
  if action == 'resolve' and status == 'claimed' and assignee ~= actor then return {'refused', 'not_owner'} end
  if action == 'withdraw' and actor ~= person then return {'refused', 'not_owner'} end
  local closed = 'resolved'
  if action == 'withdraw' then closed = 'withdrawn' end
  redis.call('HSET', rec, 'status', closed, 'outcome', ARGV[10], 'closedAt', now)
  redis.call('ZREM', KEYS[2], id)
  if assignee ~= '' then redis.call('ZREM', KEYS[5], id) end
  if ARGV[11] == '1' and redis.call('GET', KEYS[6]) == id then redis.call('DEL', KEYS[6]) end
else
  return {'refused', 'illegal'}
end

local next_version = tostring(version + 1)
redis.call('HSET', rec, 'version', next_version, 'updatedAt', now)
if ARGV[12] == '1' then redis.call('HSET', rec, 'cardShownVersion', next_version) end
redis.call('XADD', KEYS[3], '*', 'caseId', id, 'event', 'changed', 'version', next_version, 'action', action)
local out = redis.call('HGETALL', rec)
table.insert(out, 1, 'ok')
return out
`,
);

/**
 * KEYS: record, caseDeskMessages set, deskMessage(messageId)
 * ARGV: caseId, messageId, '1' when it is the card (recorded as cardMessageId)
 * → 1 recorded, 0 no such case (a late desk post must not recreate a half record)
 */
export const deskMessageScript = defineScript(
  "case_desk_message",
  `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
if ARGV[3] == '1' then redis.call('HSET', KEYS[1], 'cardMessageId', ARGV[2]) end
redis.call('SADD', KEYS[2], ARGV[2])
redis.call('SET', KEYS[3], ARGV[1])
return 1
`,
);

/**
 * Deletes every key and index entry of a case.
 *
 * KEYS: record, contact, outbox, deskMessages set, casesOpen, casesAll, casesWithHeld,
 *       announced, casesStream, casesByAssignee(assignee read before, or record),
 *       personCase(person, or record), then one deskMessage key per message id read before
 * ARGV: caseId, mode ('erase' | 'sweep'), cutoff (sweep), assignee read before ('' = none),
 *       '1' when KEYS[11] is the person's key, then the message ids read before
 * → 1 destroyed, 0 nothing to do / kept, {'retry'} when state moved since the read
 *
 * Erase emits `event withdrawn` so the desk can take the card down; a sweep is
 * silent because the case was closed long ago.
 */
export const destroyScript = defineScript(
  "case_destroy",
  `
local id, mode = ARGV[1], ARGV[2]
local rec = KEYS[1]
local f = redis.call('HMGET', rec, 'status', 'version', 'assignee', 'closedAt')
local exists = f[1] ~= false
if mode == 'sweep' and exists then
  local closed = f[1] == 'resolved' or f[1] == 'withdrawn'
  if not closed or f[4] == false or tonumber(f[4]) >= tonumber(ARGV[3]) then return 0 end
end
local assignee = f[3] or ''
if assignee ~= ARGV[4] then return {'retry'} end
local fixed = 11
local msgs = redis.call('SMEMBERS', KEYS[4])
if #msgs ~= #KEYS - fixed then return {'retry'} end
local known = {}
for i = fixed + 1, #KEYS do known[ARGV[5 + i - fixed]] = KEYS[i] end
for _, m in ipairs(msgs) do if known[m] == nil then return {'retry'} end end

for i = fixed + 1, #KEYS do
  if redis.call('GET', KEYS[i]) == id then redis.call('DEL', KEYS[i]) end
end
redis.call('DEL', rec, KEYS[2], KEYS[3], KEYS[4])
redis.call('ZREM', KEYS[5], id)
redis.call('ZREM', KEYS[6], id)
redis.call('SREM', KEYS[7], id)
redis.call('ZREM', KEYS[8], id)
if assignee ~= '' then redis.call('ZREM', KEYS[10], id) end
if ARGV[5] == '1' and redis.call('GET', KEYS[11]) == id then redis.call('DEL', KEYS[11]) end
if not exists then return 0 end
if mode == 'erase' then
  redis.call('XADD', KEYS[9], '*', 'caseId', id, 'event', 'withdrawn', 'version', tostring(tonumber(f[2]) + 1))
end
return 1
`,
);

/**
 * Compare-and-set of one sealed value, for key rotation: a value changed by
 * someone else since it was read is left alone rather than overwritten.
 *
 * KEYS: the key
 * ARGV: kind ('hash' | 'string' | 'list'), field or list index ('' for string), old, new
 * → 1 replaced, 0 value had changed
 */
export const compareAndSetScript = defineScript(
  "case_reseal",
  `
local k, kind, at, old, new = KEYS[1], ARGV[1], ARGV[2], ARGV[3], ARGV[4]
if kind == 'hash' then
  if redis.call('HGET', k, at) ~= old then return 0 end
  redis.call('HSET', k, at, new)
elseif kind == 'string' then
  if redis.call('GET', k) ~= old then return 0 end
  redis.call('SET', k, new, 'KEEPTTL')
elseif kind == 'list' then
  if redis.call('LINDEX', k, tonumber(at)) ~= old then return 0 end
  redis.call('LSET', k, tonumber(at), new)
else
  return redis.error_reply('unknown kind')
end
return 1
`,
);

/**
 * KEYS: record, casesOpen, casesStream
 * ARGV: caseId, sealed card, tier of the new card, now
 * → 1 updated, 0 no such case or no longer live
 *
 * A later answer of the person: the card is replaced and the tier only ever rises
 * (a coordinator's escalation stays). The version stays: a coordinator's button on
 * the card must not turn stale because the person added a detail.
 */
export const enrichScript = defineScript(
  "case_enrich",
  `${SCORE_FN}
local rec = KEYS[1]
local f = redis.call('HMGET', rec, 'status', 'version', 'tier', 'createdAt')
local status, version, tier, created = f[1], f[2], f[3], f[4]
if status ~= 'open' and status ~= 'claimed' then return 0 end
if RANK[ARGV[3]] == nil then return redis.error_reply('unknown tier') end
redis.call('HSET', rec, 'enc', ARGV[2], 'updatedAt', ARGV[4])
if RANK[ARGV[3]] < RANK[tier] then
  redis.call('HSET', rec, 'tier', ARGV[3])
  redis.call('ZADD', KEYS[2], open_score(ARGV[3], created), ARGV[1])
end
redis.call('XADD', KEYS[3], '*', 'caseId', ARGV[1], 'event', 'changed', 'version', version, 'action', 'enrich')
return 1
`,
);
