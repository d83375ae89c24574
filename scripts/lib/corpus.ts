import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import yaml from "js-yaml";
import type { Browser } from "playwright-core";
import { importTruthSchema, type ImportTruth } from "../../src/schemas/import-truth.ts";
import {
  documentFacts,
  importDocument,
  truthFidelity,
  type SectorGuesser,
  type TruthFidelity,
} from "../../src/lib/import/index.ts";
import { BROWSER_PRINT, browserPrintedPdf, docxFromText, gbkFromText } from "./documents.ts";

/**
 * The corpus of real township documents (test/fixtures/documents/<id>/): each one's text as
 * published, where it came from, and the truth a reader wrote. Every document is made into the
 * files a clerk has and imported from each; the drafts are measured against the truth.
 */

export interface CorpusDocument {
  id: string;
  /** The text as published (document.txt). */
  text: string;
  truth: ImportTruth;
}

export const CORPUS_DIR = join(import.meta.dirname, "..", "..", "test", "fixtures", "documents");

export function readCorpus(dir = CORPUS_DIR): CorpusDocument[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map(({ name }) => ({
      id: name,
      text: readFileSync(join(dir, name, "document.txt"), "utf8"),
      truth: importTruthSchema.parse(yaml.load(readFileSync(join(dir, name, "truth.yaml"), "utf8"))),
    }));
}

/** The forms a clerk has a document in: text in UTF-8 and GBK, Word with automatic numbering and real tables, a browser-printed PDF. */
export const CORPUS_FORMS = ["txt", "gbk", "docx", "pdf"] as const;
export type CorpusForm = (typeof CORPUS_FORMS)[number];

/** A document as one form's file: its name, its bytes, and text that must not reach the source. */
export async function corpusFile(
  doc: CorpusDocument,
  form: CorpusForm,
  browser?: Browser,
): Promise<{ fileName: string; bytes: Uint8Array; furniture: string[] }> {
  if (form === "txt") return { fileName: `${doc.id}.txt`, bytes: Buffer.from(doc.text), furniture: [] };
  if (form === "gbk") return { fileName: `${doc.id}.txt`, bytes: gbkFromText(doc.text), furniture: [] };
  if (form === "docx")
    return { fileName: `${doc.id}.docx`, bytes: await docxFromText(doc.text), furniture: [] };
  if (!browser) throw new Error("a PDF needs a browser");
  const bytes = await browserPrintedPdf(browser, doc.text, `${doc.id}_政府门户网站`);
  return {
    fileName: `${doc.id}.pdf`,
    bytes,
    furniture: [BROWSER_PRINT.address, BROWSER_PRINT.printedAt, `${doc.id}_政府门户网站`],
  };
}

export interface CorpusRow extends TruthFidelity {
  id: string;
  form: CorpusForm;
  /** The importer refused the file: the message. */
  refused: string | undefined;
  /** Furniture found in the source text the importer wrote. */
  furnitureInText: string[];
  ms: number;
}

/** One document in one form, imported and measured. */
export async function measureCorpusFile(
  doc: CorpusDocument,
  form: CorpusForm,
  guess: SectorGuesser,
  browser?: Browser,
): Promise<CorpusRow> {
  const file = await corpusFile(doc, form, browser);
  const started = performance.now();
  try {
    const imported = await importDocument(file.bytes, file.fileName, guess);
    const ms = performance.now() - started;
    const title = documentFacts(imported.text).title;
    return {
      id: doc.id,
      form,
      refused: undefined,
      furnitureInText: file.furniture.filter((f) => imported.text.includes(f)),
      ms,
      ...truthFidelity(doc.truth, imported.draft, doc.text, title),
    };
  } catch (error) {
    const empty = truthFidelity(
      doc.truth,
      { clauses: [], units: [], encodedSections: [], notEncoded: [] },
      "",
      "",
    );
    return {
      id: doc.id,
      form,
      refused: error instanceof Error ? error.message : String(error),
      furnitureInText: [],
      ms: performance.now() - started,
      ...empty,
    };
  }
}

/** Sums over rows: recalls and precisions micro-averaged over duties and units. */
export function corpusTotals(rows: readonly CorpusRow[]) {
  const sum = (f: (r: CorpusRow) => number) => rows.reduce((n, r) => n + f(r), 0);
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  const drafted = sum((r) => r.duties.drafted);
  return {
    documents: rows.length,
    refused: rows.filter((r) => r.refused).length,
    unitRecall: ratio(
      sum((r) => r.units.found),
      sum((r) => r.units.truth),
    ),
    unitPrecision: ratio(
      sum((r) => r.units.precision * r.units.drafted),
      sum((r) => r.units.drafted),
    ),
    dutyRecall: ratio(
      sum((r) => r.duties.matched),
      sum((r) => r.duties.truth),
    ),
    dutyPrecision: ratio(
      sum((r) => r.duties.matched),
      drafted,
    ),
    roleAgreement: ratio(
      sum((r) => r.roleAgreement * r.duties.matched),
      sum((r) => r.duties.matched),
    ),
    notVerbatim: sum((r) => r.notVerbatim.length),
    furniture: sum((r) => r.furnitureInText.length),
    titles: `${rows.filter((r) => r.titleRight).length}/${rows.length}`,
    markersPerDuty: ratio(
      sum((r) => r.markers.total),
      sum((r) => r.duties.drafted),
    ),
    markerShareOnWrong: ratio(
      sum((r) => r.markers.onWrongGuesses),
      sum((r) => r.markers.total),
    ),
  };
}

/** The table of docs/导入.md for one form: a row a document and a total. */
export function formatCorpusTable(rows: readonly CorpusRow[]): string {
  const pct = (v: number) => `${(v * 100).toFixed(0)}%`;
  const t = corpusTotals(rows);
  return [
    "| document | units (recall / precision) | duties (recall / precision) | roles | title | markers / duty | ms |",
    "|---|---|---|---|---|---|---|",
    ...rows.map(
      (r) =>
        `| ${r.id}${r.refused ? " **refused**" : ""} | ${r.units.found}/${r.units.truth} (${pct(r.units.recall)} / ${pct(r.units.precision)}) | ${r.duties.matched}/${r.duties.truth} (${pct(r.duties.recall)} / ${pct(r.duties.precision)}) | ${pct(r.roleAgreement)} | ${r.titleRight ? "✓" : "✗"} | ${r.markers.perDuty.toFixed(1)} | ${r.ms.toFixed(0)} |`,
    ),
    `| **all ${t.documents}** (${t.refused} refused, ${t.notVerbatim} not verbatim, ${t.furniture} furniture) | ${pct(t.unitRecall)} / ${pct(t.unitPrecision)} | ${pct(t.dutyRecall)} / ${pct(t.dutyPrecision)} | ${pct(t.roleAgreement)} | ${t.titles} | ${t.markersPerDuty.toFixed(2)} (${pct(t.markerShareOnWrong)} on wrong guesses) | |`,
  ].join("\n");
}
