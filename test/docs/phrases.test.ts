import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../helpers/fixture.ts";

/** How long a run of Chinese characters is before two files saying it count as one phrase typed twice. */
const PHRASE = 6;

/**
 * Words of the domain six characters long or longer: terms the documents use (安全生产职责,
 * 其他有关部门 …), one word each, not phrasing — a page, a check and the importer's grammar may
 * each say them. A run of six characters inside one of them is not a phrase typed twice.
 */
const DOMAIN_TERMS = [
  "安全生产职责",
  "安全生产工作",
  "安全生产责任",
  "安全生产台账",
  "生产经营单位",
  "其他有关部门",
];

/** Chinese numerals written out as a character class (一二三四五六七八九十百): digits, not words. */
const NUMERAL_RUN = /[〇○零一二三四五六七八九十百千]{4,}/gu;

/** Every run of six Chinese characters of the files under src/, with the files that hold it. */
function sharedRuns(): Map<string, Set<string>> {
  const files = (readdirSync(join(PROJECT_ROOT, "src"), { recursive: true, encoding: "utf8" }) as string[])
    .filter((file) => /\.(ts|astro)$/.test(file))
    .map((file) => join("src", file));
  const where = new Map<string, Set<string>>();
  for (const file of files)
    for (const run of readFileSync(join(PROJECT_ROOT, file), "utf8")
      .replace(NUMERAL_RUN, " ")
      .match(/\p{Script=Han}{6,}/gu) ?? [])
      for (let i = 0; i + PHRASE <= run.length; i += 1) {
        const gram = run.slice(i, i + PHRASE);
        where.set(gram, (where.get(gram) ?? new Set()).add(file));
      }
  return new Map(
    [...where].filter(
      ([gram, holders]) => holders.size > 1 && !DOMAIN_TERMS.some((term) => term.includes(gram)),
    ),
  );
}

describe("the Chinese wording of src/", () => {
  it("types no phrase of six characters or more in two files", () => {
    const twice = [...sharedRuns()].map(([gram, files]) => `${gram}: ${[...files].join(", ")}`);
    expect(twice).toEqual([]);
  });
});
