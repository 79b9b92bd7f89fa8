import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadDeskRoutes, routeOf } from "../../src/desk/routes.js";
import { ConfigError } from "../../src/errors.js";
import { minimalCard } from "./support.js";

const dir = mkdtempSync(join(tmpdir(), "beacon-routes-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const file = (text: string) => {
  const path = join(dir, `desks-${n++}.yaml`);
  writeFileSync(path, text);
  return path;
};
const MAIN = -1001234567890;
const desk = (name: string, chat: number, match: string) => `  - name: ${name}\n    chat_id: ${chat}\n    coordinators: [7101]\n    match: ${match}\n`;

describe("desk routes (DESKS_FILE)", () => {
  it("reads the desks and routes by the person's language, then by the country they are in, first match wins", () => {
    const routes = loadDeskRoutes(file(`desks:\n${desk("vietnamese", -1001, "{ languages: [vi] }")}${desk("myanmar", -1002, "{ countries: [mm], languages: [my] }")}`), MAIN);
    expect(routes.map((r) => r.name)).toEqual(["vietnamese", "myanmar"]);
    const inMyanmar = [{ node: "country", field: "country" as const, answer: { kind: "place" as const, id: "mm" } }];
    expect(routeOf(routes, minimalCard("A", { lang: "vi" }))).toBe("vietnamese");
    expect(routeOf(routes, minimalCard("B", { lang: "vi", answers: inMyanmar }))).toBe("vietnamese");
    expect(routeOf(routes, minimalCard("C", { lang: "en", answers: inMyanmar }))).toBe("myanmar");
    expect(routeOf(routes, minimalCard("D", { lang: "en" }))).toBeUndefined();
  });

  it("refuses, with every problem named, what would lose or mix cases between groups", () => {
    const twice = file(`desks:\n${desk("vn", -1001, "{ languages: [vi] }")}${desk("vn", -1001, "{ languages: [vi] }")}${desk("main", MAIN, "{ languages: [th] }")}`);
    expect(() => loadDeskRoutes(twice, MAIN)).toThrow(ConfigError);
    const message = (() => {
      try {
        loadDeskRoutes(twice, MAIN);
      } catch (error) {
        return (error as Error).message;
      }
      return "";
    })();
    expect(message).toContain('desk name "vn" is used twice');
    expect(message).toContain("chat_id -1001 is used by two desks");
    expect(message).toContain('desk "main" uses COORDINATOR_CHAT_ID');
    expect(() => loadDeskRoutes(file(`desks:\n${desk("vn", -1001, "{ languages: [vi] }")}`), undefined)).toThrow(/need COORDINATOR_CHAT_ID/);
    expect(() => loadDeskRoutes(file(`desks:\n${desk("vn", -1001, "{}")}`), MAIN)).toThrow(/desks\.0\.match: match needs at least one language or country/);
    expect(() => loadDeskRoutes(file(`desks:\n${desk("vn", 1001, "{ languages: [vi] }")}`), MAIN)).toThrow(/chat_id: a group's chat id is negative/);
    expect(() => loadDeskRoutes(file("desks: [\n"), MAIN)).toThrow(/could not be read as YAML/);
  });
});
