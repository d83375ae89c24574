import { describe, it } from "vitest";
import { readContentFiles } from "../../src/lib/content/index.ts";
import { sectorGuesser } from "../../src/lib/import/index.ts";
import { measureCorpusFile, readCorpus, type CorpusRow } from "../../scripts/lib/corpus.ts";
import { expectCorpusAcceptance } from "../helpers/import.ts";
import { skipBrowserTests, useChromium } from "../helpers/browser.ts";
import { PROJECT_ROOT } from "../helpers/fixture.ts";

const chromium = useChromium();

/**
 * The corpus as a clerk prints it from the browser: every real document as a PDF with the
 * browser's header (time, page title) and footer (address, n/m) on every page, imported back.
 */
describe.skipIf(skipBrowserTests)("importing the corpus from browser-printed PDFs", () => {
  it("keeps no page furniture in any source text, refuses none, and drafts 90% of units, duties and roles verbatim", async () => {
    const { input } = readContentFiles(PROJECT_ROOT);
    const guess = sectorGuesser({ sectors: input.sectors, terms: input.terms });
    const rows: CorpusRow[] = [];
    for (const doc of readCorpus()) rows.push(await measureCorpusFile(doc, "pdf", guess, chromium()));
    expectCorpusAcceptance(rows);
  }, 120_000);
});
