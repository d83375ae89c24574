import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readContentFiles } from "../../src/lib/content/index.ts";
import { draftFromText, fidelity, proposeParseOptions, sectorGuesser } from "../../src/lib/import/index.ts";
import { PROJECT_ROOT } from "../helpers/fixture.ts";

/** The importer against the hand encoding of 张发〔2020〕47号, from the document's raw text. */
describe("importing 张发〔2020〕47号 from its raw text", () => {
  const { input } = readContentFiles(PROJECT_ROOT);
  const source = input.sources.find((s) => s.id === "zhangshanzi-2020-47")!;
  const text = readFileSync(join(PROJECT_ROOT, "content", "sources", "texts", source.data.file), "utf8");
  const proposal = proposeParseOptions(text);
  const draft = draftFromText(
    text,
    sectorGuesser({ sectors: input.sectors, terms: input.terms }),
    proposal.options,
  );
  const result = fidelity(
    input.units.filter((unit) => unit.data.source === source.id).map((unit) => unit.data),
    draft,
  );

  it("proposes the marker the hand encoding supplies for 具体职责", () => {
    expect(proposal.markerOverrides.map((o) => [o.text, o.marker])).toEqual(
      source.data.markerOverrides.map((o) => [o.text, o.marker]),
    );
  });

  it("finds at least 95% of the units and of the (unit, clause) pairs, and agrees on 90% of the roles", () => {
    expect(result.units.recall).toBeGreaterThanOrEqual(0.95);
    expect(result.pairs.recall).toBeGreaterThanOrEqual(0.95);
    expect(result.pairs.precision).toBeGreaterThanOrEqual(0.95);
    expect(result.roleAgreement).toBeGreaterThanOrEqual(0.9);
  });
});
