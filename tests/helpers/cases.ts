import { createPseudonymizer } from "../../src/crypto/box.js";
import type { Harness } from "./harness.js";

/** Ids of the cases created on the harness's cases stream, in filing order. */
export async function createdCaseIds(h: Pick<Harness, "redis" | "keys">): Promise<string[]> {
  const entries = await h.redis.xrange(h.keys.casesStream, "-", "+");
  return entries.flatMap(([, f]) => (f[f.indexOf("event") + 1] === "created" ? [f[f.indexOf("caseId") + 1] ?? ""] : []));
}

/** The id of the first case created on the harness's cases stream ("" when none). */
export async function firstCaseId(h: Pick<Harness, "redis" | "keys">): Promise<string> {
  return (await createdCaseIds(h))[0] ?? "";
}

/**
 * The id of the case a person (by Telegram user id) holds, read as the app
 * reads it: the closing line names no reference any more.
 */
export async function caseIdOfUser(h: Pick<Harness, "app" | "config">, userId: number): Promise<string | undefined> {
  return h.app.cases.caseOfPerson(createPseudonymizer(h.config.pseudonymSecret ?? "")("chat", userId));
}
