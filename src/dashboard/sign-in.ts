import { createHash, randomBytes } from "node:crypto";
import type { Redis } from "ioredis";
import { z } from "zod";
import type { CipherBox } from "../crypto/box.js";
import type { Keys } from "../redis/keys.js";

/** A one-time link is good for this long after it was issued. */
export const LINK_TTL_SECONDS = 600;
/** A signed-in browser stays signed in this long (a working shift). */
export const SESSION_TTL_SECONDS = 8 * 3600;

/** Who is signed in: their pseudonym (as the desk's audit knows them) and the first name a claim shows on the card. */
const coordinatorSchema = z.strictObject({ actor: z.string().min(1), name: z.string().optional() });
export type SignedIn = z.infer<typeof coordinatorSchema>;

export interface SignIn {
  /** A fresh one-time link secret for this coordinator (the caller builds the URL). */
  issueLink(who: SignedIn): Promise<string>;
  /** Takes the link (once, atomically) and opens a session; its secret, or undefined for a used, expired or unknown link. */
  redeem(linkToken: string): Promise<{ session: string; who: SignedIn } | undefined>;
  /** The session's coordinator, or undefined when it expired or was never ours. */
  session(sessionToken: string): Promise<SignedIn | undefined>;
  signOut(sessionToken: string): Promise<void>;
}

/** Redis keys hold a hash of each secret: a copy of the database opens no session and redeems no link. */
const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");
const validToken = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);

/**
 * Password-free sign-in: the bot (or the CLI) issues a link, the browser that
 * opens it gets a session. Both are sealed in Redis under their key name, so
 * neither the coordinator's name nor pseudonym sits there in the clear.
 */
export function createSignIn(deps: { redis: Redis; keys: Keys; box: CipherBox }): SignIn {
  const { redis, keys, box } = deps;
  const open = (key: string, sealed: string | null): SignedIn | undefined => {
    if (sealed === null) return undefined;
    try {
      return coordinatorSchema.parse(JSON.parse(box.open(key, sealed)));
    } catch {
      return undefined;
    }
  };
  return {
    async issueLink(who) {
      const token = randomBytes(32).toString("base64url");
      const key = keys.dashboardLink(hashOf(token));
      await redis.set(key, box.seal(key, JSON.stringify(coordinatorSchema.parse(who))), "EX", LINK_TTL_SECONDS);
      return token;
    },
    async redeem(linkToken) {
      if (!validToken(linkToken)) return undefined;
      const linkKey = keys.dashboardLink(hashOf(linkToken));
      // GETDEL: of two browsers racing with one link, exactly one gets it.
      const who = open(linkKey, await redis.getdel(linkKey));
      if (!who) return undefined;
      const session = randomBytes(32).toString("base64url");
      const key = keys.dashboardSession(hashOf(session));
      await redis.set(key, box.seal(key, JSON.stringify(who)), "EX", SESSION_TTL_SECONDS);
      return { session, who };
    },
    async session(sessionToken) {
      if (!validToken(sessionToken)) return undefined;
      const key = keys.dashboardSession(hashOf(sessionToken));
      return open(key, await redis.get(key));
    },
    async signOut(sessionToken) {
      if (validToken(sessionToken)) await redis.del(keys.dashboardSession(hashOf(sessionToken)));
    },
  };
}
