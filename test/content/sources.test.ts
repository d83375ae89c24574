import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readContentFiles } from "../../src/lib/content/index.ts";
import { CONVERSION_RESIDUE, parseSources, containsVerbatim } from "../../src/lib/sources/index.ts";
import { uncitedClauses } from "../../src/lib/checks/index.ts";
import { PROJECT_ROOT, pipelineOf } from "../helpers/fixture.ts";

/** The ground truth: ../shared/sources beside the checkout (CI has it there too). */
const SHARED = join(PROJECT_ROOT, "..", "shared", "sources");
const { input } = readContentFiles(PROJECT_ROOT);
const parsed = parseSources(input);

describe("all sources", () => {
  it("read without a problem", () => {
    expect(pipelineOf(PROJECT_ROOT).problems).toEqual([]);
  });

  for (const source of input.sources) {
    const truthPath = join(SHARED, source.data.file);
    describe(source.data.docNumber ?? source.data.title, () => {
      it.skipIf(!existsSync(truthPath))(
        "keeps a byte-identical copy of the shared source text, less what a converter left in it",
        () => {
          // [bookmark: _GoBack] and the like were never printed: the copy drops them, line for line.
          expect(source.text).toBe(readFileSync(truthPath, "utf8").replace(CONVERSION_RESIDUE, ""));
        },
      );

      it.skipIf(!existsSync(truthPath))(
        "quotes every duty, principle, rule and roster line verbatim from the ground truth",
        () => {
          const truth = readFileSync(truthPath, "utf8");
          const quotes = [
            ...input.units.flatMap((u) =>
              u.data.duties.filter((d) => (d.source ?? u.data.source) === source.id).map((d) => d.text),
            ),
            ...input.principles.flatMap((p) =>
              p.data.statedIn.filter((s) => s.source === source.id).map((s) => s.text),
            ),
            ...input.ruleSets
              .filter((r) => r.data.source === source.id)
              .flatMap((r) => r.data.rules.map((rule) => rule.text)),
            ...input.rosters
              .filter((r) => r.data.source === source.id)
              .flatMap((r) => r.data.members.flatMap((m) => [m.name, m.post])),
          ];
          expect(quotes.length).toBeGreaterThan(0);
          expect(quotes.filter((quote) => !containsVerbatim(truth, quote))).toEqual([]);
        },
      );

      it("accounts for every top-level section or part: encoded in full, or left out with a reason", () => {
        // Top level: 一、二… in a single document, 篇一、篇二… in a collection; 序 is front matter.
        const topLevel = (parsed.get(source.id)?.clauses ?? [])
          .filter((c) => c.parentId === null && !c.id.startsWith("序"))
          .map((c) => c.id);
        const declared = [...source.data.encodedSections, ...source.data.notEncoded.map((n) => n.clause)];
        expect(topLevel.length).toBeGreaterThan(0);
        expect(topLevel.filter((id) => !declared.includes(id))).toEqual([]);
      });
    });
  }

  it("encodes every paragraph under the encoded sections (walked from the source text)", () => {
    expect(uncitedClauses(input, parsed)).toEqual([]);
  });
});
