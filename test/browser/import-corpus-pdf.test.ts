import { describe, expect, it } from "vitest";
import { readContentFiles } from "../../src/lib/content/index.ts";
import { sectorGuesser } from "../../src/lib/import/index.ts";
import { corpusTotals, measureCorpusFile, readCorpus, type CorpusRow } from "../../scripts/lib/corpus.ts";
import { skipBrowserTests, useChromium } from "../helpers/browser.ts";
import { PROJECT_ROOT } from "../helpers/fixture.ts";

const chromium = useChromium();

/**
 * The corpus as a clerk prints it from the browser: every real document as a PDF with the
 * browser's header (time, page title) and footer (address, n/m) on every page, imported back.
 */
describe.skipIf(skipBrowserTests)("importing the corpus from browser-printed PDFs", () => {
  it("keeps no page furniture in any source text, refuses none, and drafts 90% of the duties verbatim", async () => {
    const { input } = readContentFiles(PROJECT_ROOT);
    const guess = sectorGuesser({ sectors: input.sectors, terms: input.terms });
    const rows: CorpusRow[] = [];
    for (const doc of readCorpus()) rows.push(await measureCorpusFile(doc, "pdf", guess, chromium()));
    const totals = corpusTotals(rows);
    expect(rows.filter((r) => r.refused).map((r) => [r.id, r.refused])).toEqual([]);
    expect(rows.flatMap((r) => r.furnitureInText.map((f) => `${r.id}: ${f}`))).toEqual([]);
    expect(rows.flatMap((r) => r.notVerbatim.map((t) => `${r.id}: ${t}`))).toEqual([]);
    expect(totals.dutyRecall).toBeGreaterThanOrEqual(0.9);
    expect(totals.dutyPrecision).toBeGreaterThanOrEqual(0.9);
    expect(totals.unitRecall).toBeGreaterThanOrEqual(0.9);
  }, 120_000);
});
