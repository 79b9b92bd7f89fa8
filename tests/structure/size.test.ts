import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const MAX_FILE_LINES = 300;
const MAX_FUNCTION_LINES = 60;
const root = join(import.meta.dirname, "../..");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));
}

/** Lines of each function's own body: the bodies of functions inside it count for them, not for it. */
export function longFunctions(file: string, text: string, max: number): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const lineOf = (pos: number) => sf.getLineAndCharacterOfPosition(pos).line;
  const span = (body: ts.Node) => lineOf(body.end) - lineOf(body.getStart()) + 1;
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && "body" in node && node.body) {
      const body = node.body as ts.Node;
      let nested = 0;
      const inner = (n: ts.Node) => {
        if (ts.isFunctionLike(n) && "body" in n && n.body) nested += span(n.body as ts.Node);
        else ts.forEachChild(n, inner);
      };
      ts.forEachChild(body, inner);
      const own = span(body) - nested;
      const name = "name" in node && node.name ? node.name.getText() : "(anonymous)";
      if (own > max) found.push(`${file}:${lineOf(node.getStart()) + 1} ${name}: ${own} lines`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe("size of src/", () => {
  const files = sources(join(root, "src")).map((path) => ({ path: relative(root, path), text: readFileSync(path, "utf8") }));

  it(`has no file over ${MAX_FILE_LINES} lines`, () => {
    const long = files.filter((f) => f.text.split("\n").length - 1 > MAX_FILE_LINES).map((f) => `${f.path}: ${f.text.split("\n").length - 1} lines`);
    expect(long).toEqual([]);
  });

  it(`has no function whose own body is over ${MAX_FUNCTION_LINES} lines`, () => {
    expect(files.flatMap((f) => longFunctions(f.path, f.text, MAX_FUNCTION_LINES))).toEqual([]);
  });

  it("counts a function's own lines without the functions inside it", () => {
    const inner = Array.from({ length: 70 }, (_, i) => `    const v${i} = ${i};`).join("\n");
    const text = `function outer() {\n  const f = () => {\n${inner}\n  };\n  return f;\n}\n`;
    expect(longFunctions("x.ts", text, MAX_FUNCTION_LINES)).toEqual(["x.ts:2 (anonymous): 72 lines"]);
  });
});
