import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
// ioredis's own slot function (a dependency of ioredis): the CRC16 Redis Cluster uses.
import calculateSlot from "cluster-key-slot";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createKeys } from "../../src/redis/keys.js";
import { startEmbeddedRedis, type EmbeddedRedis } from "../../src/redis/embedded.js";
import { firstCaseId } from "../helpers/cases.js";
import { COORDINATORS, randomUserId, startHarness } from "../helpers/harness.js";
import { completeTriage } from "../helpers/triage-path.js";
import { buttonData, cardsOf } from "../desk/support.js";

const PERSON_KEYS = ["flowState", "conversation", "prefs", "chatMessages", "relayTrail", "rateBucket", "floodNotice", "chatLock", "updatesSeen"] as const;

/** Every key builder of the layout, called with sample arguments, except the person's own keys. */
function deskKeys(keys: ReturnType<typeof createKeys>): string[] {
  const out: string[] = [];
  for (const [name, value] of Object.entries(keys)) {
    if ((PERSON_KEYS as readonly string[]).includes(name) || name === "updateSeen" || name === "all" || name === "namespace" || name === "cluster") continue;
    out.push(typeof value === "function" ? (value as (a: string | number) => string)(name === "deskMessage" || name === "relayedUpdate" ? 12345 : "ABCD-EFGH") : String(value));
  }
  return out;
}

describe("cluster key layout", () => {
  const keys = createKeys("beacon", { cluster: true });
  const slot = (key: string) => calculateSlot(key);

  it("puts each person's keys, and the markers of their updates, in one slot, and different people apart", () => {
    for (const person of ["pA1b2", "zz9-long-pseudonym"]) {
      const slots = new Set(PERSON_KEYS.map((k) => slot(keys[k](person))));
      expect(slots.size).toBe(1);
    }
    expect(slot(keys.prefs("pA1b2"))).not.toBe(slot(keys.prefs("zz9-long-pseudonym")));
  });

  it("puts every case key and every desk index (the person → case index too) in the desk's one slot", () => {
    const slots = new Set([...deskKeys(keys), keys.personCase("pA1b2"), keys.caseRecord("ZZZZ-0000"), keys.updateSeen(5)].map(slot));
    expect(slots).toEqual(new Set([slot("{desk}")]));
  });

  it("keeps the names of one Redis exactly as they were", () => {
    const single = createKeys("beacon");
    expect([single.caseRecord("ABCD-EFGH"), single.personCase("p1"), single.updateSeen(9), single.casesOpen, single.prefs("p1")]).toEqual([
      "beacon:case:{ABCD-EFGH}", "beacon:pcase:{p1}", "beacon:upd:9", "beacon:cases:open", "beacon:prefs:{p1}",
    ]);
    // A person's update markers: one hash, named alike on both layouts.
    expect([single.updatesSeen("p1"), keys.updatesSeen("p1")]).toEqual(["beacon:upd:{p1}", "beacon:upd:{p1}"]);
  });
});

/**
 * The app's own scripts and transactions against a cluster-mode redis-server
 * that owns every slot: the server refuses (CROSSSLOT) any script, MULTI or
 * multi-key command whose KEYS are in two slots, and counts each refusal.
 */
describe("every script and transaction on a cluster-mode server", () => {
  const dir = mkdtempSync(join(tmpdir(), "beacon-cluster-slots-"));
  let server: EmbeddedRedis;
  let admin: Redis;

  beforeAll(async () => {
    server = await startEmbeddedRedis({ dir, extraArgs: ["--cluster-enabled", "yes", "--cluster-config-file", join(dir, "nodes.conf")] });
    admin = new Redis(server.port, "127.0.0.1");
    await admin.call("CLUSTER", "ADDSLOTSRANGE", "0", "16383");
    while (!/cluster_state:ok/.test(String(await admin.call("CLUSTER", "INFO")))) await new Promise((r) => setTimeout(r, 50));
  });
  afterAll(async () => {
    admin?.disconnect();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("files, claims, relays both ways, erases and exits without a cross-slot refusal", async () => {
    const h = await startHarness({ redisUrl: server.url, env: { REDIS_CLUSTER_NODES: `127.0.0.1:${server.port}` } });
    try {
      expect(h.keys.cluster).toBe(true);
      const person = h.person({ id: randomUserId() });
      await completeTriage(person);
      const caseId = await firstCaseId(h);
      const card = await h.emulator.waitFor(() => cardsOf(h, caseId).at(-1), 10_000);
      const alice = h.coordinator(COORDINATORS[0]!, "Alice");
      await alice.press(card.message_id, buttonData(card, /Claim/));
      await alice.send("Are you safe right now?", card.message_id);
      await person.send("Yes, for now");
      await person.send("/erase");
      expect(await h.app.cases.get(caseId)).toBeUndefined();
      const other = h.person({ id: randomUserId() });
      await completeTriage(other);
      await other.send("/exit");
      const errors = String(await admin.info("errorstats"));
      expect(errors).not.toMatch(/CROSSSLOT/);
      expect(h.unexpectedRejections()).toEqual([]);
    } finally {
      await h.stop();
    }
  }, 60_000);
});
