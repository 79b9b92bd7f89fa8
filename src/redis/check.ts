import type { Redis } from "ioredis";
import type { Logger } from "pino";
import { StorageError } from "../errors.js";

/**
 * A hotline must not lose a confirmed case to a Redis restart or eviction.
 * Checks `appendonly yes` and `maxmemory-policy noeviction`: a warning in
 * development, a refusal in production unless explicitly overridden.
 */
export async function checkRedisDurability(deps: { redis: Redis; logger: Logger; strict: boolean }): Promise<string[]> {
  const problems: string[] = [];
  const read = async (name: string) => {
    try {
      const reply = (await deps.redis.config("GET", name)) as string[];
      return reply[1];
    } catch {
      return undefined; // managed Redis may forbid CONFIG; said below
    }
  };
  const [appendonly, policy] = await Promise.all([read("appendonly"), read("maxmemory-policy")]);
  if (appendonly === undefined || policy === undefined) problems.push("cannot read Redis config (CONFIG GET refused); check appendonly and maxmemory-policy yourself");
  if (appendonly !== undefined && appendonly !== "yes") problems.push(`Redis appendonly is "${appendonly}", needs "yes" (cases would be lost on restart)`);
  if (policy !== undefined && policy !== "noeviction") problems.push(`Redis maxmemory-policy is "${policy}", needs "noeviction" (cases could be evicted)`);
  for (const problem of problems) deps.logger.warn({ problem }, "redis is not durable");
  if (problems.length && deps.strict) {
    throw new StorageError(`refusing to start on a Redis that can lose cases:\n  ${problems.join("\n  ")}\nFix it, or set ALLOW_UNSAFE_REDIS=1.`);
  }
  return problems;
}
