import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { inject } from "vitest";

/** The bytes of the run's append-only files (the shared test redis-server's `appendonlydir`). */
export function aofFiles(): Buffer[] {
  const dir = join(inject("redisDir"), "appendonlydir");
  const files: Buffer[] = [];
  for (const name of readdirSync(dir)) {
    try {
      const path = join(dir, name);
      if (statSync(path).isFile()) files.push(readFileSync(path));
    } catch (error) {
      // A rewrite (the app asks for one after an erase) may delete a file between the listing and the read.
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  }
  return files;
}
