import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { flowsCheck } from "../../src/cli/commands/flows-check.js";
import { flowsGraph } from "../../src/cli/commands/flows-graph.js";
import { findCommand, main } from "../../src/cli/main.js";
import { codeKeys } from "../../src/i18n/catalog.js";

const repo = join(import.meta.dirname, "../..");
const fixtures = join(repo, "tests/fixtures/broken-flows");
const dirs: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of a fixture whose locale also defines every code key, so the real catalog is satisfied. */
function project(fixture: string): string {
  const dir = mkdtempSync(join(tmpdir(), "beacon-cli-"));
  dirs.push(dir);
  cpSync(join(fixtures, fixture), dir, { recursive: true });
  const en = join(dir, "locales/en.ftl");
  const have = readFileSync(en, "utf8");
  const extra = Object.entries(codeKeys)
    .filter(([key]) => !new RegExp(`^${key} =`, "m").test(have))
    .map(([key, vars]) => `${key} = text${vars.map((v) => ` { $${v} }`).join("")}`)
    .join("\n");
  writeFileSync(en, `${have}${extra}\n`);
  return dir;
}

function capture(): { out: () => string } {
  let text = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    text += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    text += String(chunk);
    return true;
  });
  return { out: () => text };
}

describe("flows check", () => {
  it("exits 0 and prints a summary on a clean project", async () => {
    const dir = project("clean");
    const io = capture();
    expect(await flowsCheck.run(["--flows", dir, "--locales", join(dir, "locales")])).toBe(0);
    expect(io.out()).toMatch(/^flows:check clean: 1 flow\(s\), 1 locale\(s\), \d+ keys\n$/);
  });

  it("exits 1 and prints one line per problem", async () => {
    const dir = project("unknown_goto");
    const io = capture();
    expect(await flowsCheck.run(["--flows", dir, "--locales", join(dir, "locales")])).toBe(1);
    expect(io.out()).toMatch(/triage\.yaml:16:11 {2}step "don" does not exist {2}\(did you mean "done"\?\)\n/);
  });

  it("refuses an unknown option with exit 2", async () => {
    capture();
    expect(await flowsCheck.run(["--flow", "x"])).toBe(2);
  });
});

describe("flows graph", () => {
  it("writes docs, then --check passes until the flow changes", async () => {
    const dir = project("clean");
    const args = ["--flows", dir, "--locales", join(dir, "locales"), "--out", join(dir, "docs")];
    capture();
    expect(await flowsGraph.run([...args, "--check"])).toBe(1); // nothing written yet
    expect(await flowsGraph.run(args)).toBe(0);
    expect(readFileSync(join(dir, "docs/triage.md"), "utf8")).toContain("```mermaid");
    expect(await flowsGraph.run([...args, "--check"])).toBe(0);
    const en = join(dir, "locales/en.ftl");
    writeFileSync(en, readFileSync(en, "utf8").replace("Are you safe to talk now?", "Can you talk now?"));
    expect(await flowsGraph.run([...args, "--check"])).toBe(1);
  });
});

describe("cli main", () => {
  it("finds commands by their name words", () => {
    expect(findCommand(["flows", "check", "--flows", "x"])?.args).toEqual(["--flows", "x"]);
    expect(findCommand(["flows"])).toBeUndefined();
  });

  it("prints usage and exits 2 on an unknown command", async () => {
    const io = capture();
    expect(await main(["cases", "explode"])).toBe(2);
    expect(io.out()).toContain("usage:");
  });

  it("sets the process exit code when run as a program", () => {
    const dir = project("unknown_goto");
    const tsx = join(repo, "node_modules/.bin/tsx");
    const run = (args: string[]) => spawnSync(tsx, [join(repo, "src/cli/main.ts"), ...args], { cwd: dir, encoding: "utf8" });
    expect(run(["flows", "check", "--flows", ".", "--locales", "locales"]).status).toBe(1);
    writeFileSync(join(dir, "triage.yaml"), readFileSync(join(dir, "triage.yaml"), "utf8").replace("next: don", "next: done"));
    const clean = run(["flows", "check", "--flows", ".", "--locales", "locales"]);
    expect(clean.stdout).toMatch(/^flows:check clean/);
    expect(clean.status).toBe(0);
    expect(run(["nope"]).status).toBe(2);
  });
});
