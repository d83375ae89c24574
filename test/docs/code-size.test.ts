import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../helpers/fixture.ts";

/** Longest a file under src/ may be, and a function. */
const MAX_FILE_LINES = 350;
const MAX_FUNCTION_LINES = 80;

/**
 * What is still longer, and why. Each entry is a debt with its reason: the list may only
 * shrink (a test below fails when an entry is no longer needed).
 */
const LONG_FILES: Record<string, string> = {};
const LONG_FUNCTIONS: Record<string, string> = {};

const SOURCE_FILES = (
  readdirSync(join(PROJECT_ROOT, "src"), { recursive: true, encoding: "utf8" }) as string[]
)
  .filter((file) => /\.(ts|astro)$/.test(file))
  .map((file) => join("src", file).split("\\").join("/"));

function lineCount(file: string): number {
  return readFileSync(join(PROJECT_ROOT, file), "utf8").split("\n").length;
}

/** Every function of a TypeScript file longer than the limit, as `<file> <name>` with its length. */
function longFunctions(file: string): Array<{ key: string; lines: number }> {
  const text = readFileSync(join(PROJECT_ROOT, file), "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: Array<{ key: string; lines: number }> = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && "body" in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const named = (node as ts.FunctionDeclaration).name?.getText();
      const name =
        named ?? (ts.isVariableDeclaration(node.parent) ? node.parent.name.getText() : `(line ${start + 1})`);
      if (end - start + 1 > MAX_FUNCTION_LINES)
        found.push({ key: `${file} ${name}`, lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("the size of src/", () => {
  it(`keeps every file to ${MAX_FILE_LINES} lines, but those listed with a reason`, () => {
    const long = SOURCE_FILES.filter((file) => lineCount(file) > MAX_FILE_LINES);
    expect(long.filter((file) => !LONG_FILES[file])).toEqual([]);
    expect(
      Object.keys(LONG_FILES).filter((file) => !long.includes(file)),
      "no longer long: drop it",
    ).toEqual([]);
  });

  it(`keeps every function to ${MAX_FUNCTION_LINES} lines, but those listed with a reason`, () => {
    const long = SOURCE_FILES.filter((file) => file.endsWith(".ts")).flatMap(longFunctions);
    const listed = (key: string) => LONG_FUNCTIONS[key] !== undefined;
    expect(long.filter(({ key }) => !listed(key)).map(({ key, lines }) => `${key}: ${lines} lines`)).toEqual(
      [],
    );
    expect(
      Object.keys(LONG_FUNCTIONS).filter((key) => !long.some((found) => found.key === key)),
      "no longer long: drop it",
    ).toEqual([]);
  });
});
