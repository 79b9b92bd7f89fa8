import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = join(import.meta.dirname, "../..");
const cruiser = join(root, "node_modules/.bin/depcruise");

/** Runs the project's dependency rule over `dir`, as `npm run deps:check` does. */
async function cruise(dir: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout } = await run(cruiser, ["src", "--config", ".dependency-cruiser.cjs", "--output-type", "err"], { cwd: dir });
    return { code: 0, output: stdout };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, output: `${failed.stdout ?? ""}${failed.stderr ?? ""}` };
  }
}

/** A throwaway copy of the project's sources and rule, so a planted violation touches nothing real. */
function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), "beacon-deps-"));
  cpSync(join(root, "src"), join(dir, "src"), { recursive: true });
  for (const file of [".dependency-cruiser.cjs", "tsconfig.json", "package.json"]) cpSync(join(root, file), join(dir, file));
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"));
  return dir;
}

describe("dependency rule (.dependency-cruiser.cjs)", () => {
  const copies: string[] = [];
  afterAll(() => {
    for (const dir of copies) rmSync(dir, { recursive: true, force: true });
  });

  it("holds for src/ as it is", async () => {
    const { code, output } = await cruise(root);
    expect(output).not.toMatch(/error/);
    expect(code).toBe(0);
  });

  it("fails naming the file pair when the flow engine imports the bot or grammY", async () => {
    const dir = copyProject();
    copies.push(dir);
    const engine = join(dir, "src/flow/engine/step.ts");
    writeFileSync(engine, `import "../../bot/bot.js";\nimport "grammy";\n${readFileSync(engine, "utf8")}`);
    const { code, output } = await cruise(dir);
    expect(code).not.toBe(0);
    expect(output).toContain("core-has-no-edge: src/flow/engine/step.ts → src/bot/bot.ts");
    expect(output).toMatch(/core-is-telegram-free: src\/flow\/engine\/step\.ts → \S*node_modules\/grammy\//);
  });

  it("fails naming the file pair when the dashboard reaches into the desk", async () => {
    const dir = copyProject();
    copies.push(dir);
    const page = join(dir, "src/dashboard/case-page.ts");
    writeFileSync(page, `import "../desk/cards.js";\n${readFileSync(page, "utf8")}`);
    const { code, output } = await cruise(dir);
    expect(code).not.toBe(0);
    expect(output).toContain("dashboard-uses-stores-not-the-bot: src/dashboard/case-page.ts → src/desk/cards.ts");
  });

  it("fails on an import circle", async () => {
    const dir = copyProject();
    copies.push(dir);
    const keys = join(dir, "src/redis/keys.ts");
    writeFileSync(keys, `import "./script.js";\n${readFileSync(keys, "utf8")}`);
    writeFileSync(join(dir, "src/redis/script.ts"), `import "./keys.js";\n${readFileSync(join(dir, "src/redis/script.ts"), "utf8")}`);
    const { code, output } = await cruise(dir);
    expect(code).not.toBe(0);
    expect(output).toMatch(/no-circular: src\/redis\/(keys|script)\.ts/);
  });
});
