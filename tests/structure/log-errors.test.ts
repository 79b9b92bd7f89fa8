import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");
const LEVELS = new Set(["trace", "debug", "info", "warn", "error", "fatal"]);
const ERROR_FIELDS = new Set(["err", "error"]);
const NOT_AN_ERROR = ts.TypeFlags.StringLike | ts.TypeFlags.NumberLike | ts.TypeFlags.BooleanLike | ts.TypeFlags.Undefined | ts.TypeFlags.Null;

/**
 * Every `err` / `error` field of a log call whose value is a string, number
 * or boolean. The logger's serializer keeps an error's class, code and frame;
 * given `error.name` instead it can only write `{"type":"string"}`.
 */
export function primitiveErrorFields(program: ts.Program, under: string): string[] {
  const checker = program.getTypeChecker();
  const isPrimitive = (type: ts.Type): boolean => (type.isUnion() ? type.types.some(isPrimitive) : (type.flags & NOT_AN_ERROR) !== 0);
  const found: string[] = [];
  for (const sf of program.getSourceFiles()) {
    if (!sf.fileName.startsWith(under) || sf.isDeclarationFile) continue;
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && LEVELS.has(node.expression.name.text)) {
        const first = node.arguments[0];
        if (first && ts.isObjectLiteralExpression(first)) {
          for (const prop of first.properties) {
            if (!prop.name || !ts.isIdentifier(prop.name) || !ERROR_FIELDS.has(prop.name.text)) continue;
            const value = ts.isPropertyAssignment(prop) ? prop.initializer : ts.isShorthandPropertyAssignment(prop) ? prop.name : undefined;
            if (value && isPrimitive(checker.getTypeAtLocation(value))) {
              const { line } = sf.getLineAndCharacterOfPosition(prop.getStart());
              found.push(`${relative(root, sf.fileName)}:${line + 1} ${prop.getText()}`);
            }
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found;
}

function programOf(files: Record<string, string>): ts.Program {
  const host = ts.createCompilerHost({ strict: true, noEmit: true });
  const read = host.readFile.bind(host);
  host.readFile = (name) => files[name] ?? read(name);
  host.fileExists = (name) => name in files || ts.sys.fileExists(name);
  host.getSourceFile = (name, target) => {
    const text = host.readFile(name);
    return text === undefined ? undefined : ts.createSourceFile(name, text, target, true);
  };
  return ts.createProgram(Object.keys(files), { strict: true, noEmit: true, types: [] }, host);
}

describe("failure logs keep the error", () => {
  it("no log call in src/ passes a string (or other primitive) as err or error", () => {
    const config = ts.getParsedCommandLineOfConfigFile(join(root, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
    if (!config) throw new Error("tsconfig.json not readable");
    const program = ts.createProgram(config.fileNames, config.options);
    expect(primitiveErrorFields(program, join(root, "src"))).toEqual([]);
  });

  it("the check names a log call that passes error.name, a message or a literal", () => {
    const dir = join(root, "src");
    const text = [
      "declare const logger: { warn(o: object, m: string): void; error(o: object, m: string): void };",
      "declare const failure: unknown;",
      'try { } catch (error) { logger.warn({ err: error instanceof Error ? error.name : "unknown" }, "a"); }',
      'try { } catch (error) { logger.error({ error: (error as Error).message }, "b"); }',
      'try { } catch (error) { logger.warn({ err: error }, "fine"); logger.warn({ err: failure }, "fine"); }',
      'const err = "x"; logger.warn({ err }, "c");',
    ].join("\n");
    const program = programOf({ [join(dir, "planted.ts")]: text });
    expect(primitiveErrorFields(program, dir)).toEqual([
      `src/planted.ts:3 err: error instanceof Error ? error.name : "unknown"`,
      "src/planted.ts:4 error: (error as Error).message",
      "src/planted.ts:6 err",
    ]);
  });
});
