import { describe, expect, it } from "vitest";
import { readContentFiles } from "../../src/lib/content/index.ts";
import { sectorGuesser } from "../../src/lib/import/index.ts";
import { measureCorpusFile, readCorpus, type CorpusRow } from "../../scripts/lib/corpus.ts";
import { expectCorpusAcceptance } from "../helpers/import.ts";
import { PROJECT_ROOT } from "../helpers/fixture.ts";

/**
 * The importer on the corpus of real township documents, each made into the text and Word
 * files a clerk has. The truth files were written by reading; these floors are today's
 * measure (README), so a change that loses ground fails here.
 */
describe("importing the corpus of real documents", () => {
  const { input } = readContentFiles(PROJECT_ROOT);
  const guess = sectorGuesser({ sectors: input.sectors, terms: input.terms });
  const corpus = readCorpus();
  const measure = async (form: "txt" | "gbk" | "docx") => {
    const rows: CorpusRow[] = [];
    for (const doc of corpus) rows.push(await measureCorpusFile(doc, form, guess));
    return rows;
  };

  it("holds at least twenty documents, each with a truth file of units and verbatim duties", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(24);
    for (const doc of corpus)
      for (const unit of doc.truth.units)
        for (const duty of unit.duties)
          expect(doc.text.replace(/\s+/g, ""), `${doc.id}: ${duty.text}`).toContain(
            duty.text.replace(/\s+/g, ""),
          );
  });

  it("drafts 90% of units, duties and roles right from plain text, refusing none and quoting every duty verbatim", async () => {
    expectCorpusAcceptance(await measure("txt"));
  });

  it("drafts the same from GBK text as from UTF-8", async () => {
    const [utf8, gbk] = [await measure("txt"), await measure("gbk")];
    expect(gbk.map((r) => [r.id, r.duties.matched, r.duties.drafted])).toEqual(
      utf8.map((r) => [r.id, r.duties.matched, r.duties.drafted]),
    );
  });

  it("drafts as well from Word files with automatic numbering and real tables", async () => {
    expectCorpusAcceptance(await measure("docx"));
  });
});
