import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkContent } from "../../src/lib/checks/index.ts";
import { COLLECTION_LIST, readContentFiles, type ContentInput } from "../../src/lib/content/index.ts";
import { parseSources } from "../../src/lib/sources/index.ts";
import { PROJECT_ROOT } from "../helpers/fixture.ts";

/**
 * The registry's `references` say which fields name another entry; the form offers choices
 * from them and the checks must refuse each one that names nothing. This holds the two
 * together: for every reference the registry lists, an entry of the real content gets a name
 * that exists nowhere in that field, and the check must say so once, in that field.
 */
const { input } = readContentFiles(PROJECT_ROOT, join(PROJECT_ROOT, "content"));
const parsed = parseSources(input);
const MISSING = "no-such-entry";

/** The value at `path` (`duties.sectors`) of an entry's data: each list along the way at its first item. */
function breakAt(data: unknown, path: readonly string[]): string | undefined {
  const [key, ...rest] = path;
  const holder = data as Record<string, unknown>;
  if (holder === null || typeof holder !== "object") return undefined;
  const value = holder[key!];
  // An optional field the entry leaves out (a duty's own source) is written in.
  if (rest.length === 0 && (value === undefined || value === null)) {
    holder[key!] = MISSING;
    return key;
  }
  if (value === undefined || value === null) return undefined;
  const first = Array.isArray(value) ? value[0] : value;
  if (first === undefined) return undefined;
  if (rest.length > 0) return breakAt(first, rest);
  const field = Array.isArray(value) ? `${key}[0]` : key!;
  if (Array.isArray(value)) value[0] = MISSING;
  else holder[key!] = MISSING;
  return field;
}

/**
 * Collections the sample content has no entry of: their references are refused in the
 * bad-input battery instead (test/content/bad-input-cases.test.ts, "a contact for a unit that
 * does not exist").
 */
const EMPTY_IN_SAMPLE = new Set(["contacts"]);

const cases = COLLECTION_LIST.filter(([key]) => !EMPTY_IN_SAMPLE.has(key)).flatMap(([key, spec]) =>
  Object.keys(spec.references ?? {}).map((path) => ({ key, path })),
);

describe("the registry's reference fields and the checks", () => {
  it("leaves out only collections the sample content holds no entry of", () => {
    for (const key of EMPTY_IN_SAMPLE) expect(input[key as keyof ContentInput], key).toEqual([]);
  });

  it.each(cases)(
    "refuses $key › $path when it names no entry, with one message in that field",
    ({ key, path }) => {
      const broken = structuredClone(input) as ContentInput;
      const entries = broken[key] as Array<{ id: string; data: unknown }>;
      let field: string | undefined;
      const entry = entries.find(
        (candidate) => (field = breakAt(candidate.data, path.split("."))) !== undefined,
      );
      expect(entry, `no entry of ${key} has ${path}`).toBeDefined();
      const problems = checkContent(broken, parsed).filter((problem) => problem.message.includes(MISSING));
      expect(problems, `${key}/${entry!.id} ${path}`).toHaveLength(1);
      expect(problems[0]!.field.replace(/\[\d+\]/g, "")).toContain(
        field!
          .replace(/\[\d+\]/g, "")
          .split(".")
          .at(-1),
      );
    },
  );
});
