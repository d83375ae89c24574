import type { Draft, SectorGuesser } from "./draft.ts";
import { draftFromText } from "./draft.ts";
import { proposeParseOptions, type ProposedOptions } from "./parse-options.ts";
import { readableLines } from "./layout.ts";
import { columnMeanings, withClerkReading } from "./corrections.ts";
import type { ImportCorrection } from "../../schemas/import-correction.ts";
import { documentText, WORD_FORMAT } from "./read.ts";

/** A document read and drafted: what `npm run import`, the fidelity measure and the tests all run. */
export interface ImportedDocument {
  /** The verbatim source text, as the draft cites it. */
  text: string;
  /** What the file was read as, for the summary line (文本（通用编码）, Word .docx, PDF). */
  format: string;
  proposal: ProposedOptions;
  draft: Draft;
}

/**
 * Reads a file's bytes by its kind and drafts content from its text, read as the clerk's
 * corrections say where they do: which lines are headings, which run on, what tables'
 * columns hold. (The corrections of the draft itself are `applyCorrections`'.)
 */
export async function importDocument(
  bytes: Uint8Array,
  fileName: string,
  guessSectors: SectorGuesser,
  corrections: readonly ImportCorrection[] = [],
): Promise<ImportedDocument> {
  const read = await documentText(bytes, fileName);
  const text = readableLines(read.text, { paragraphs: read.format === WORD_FORMAT });
  const format = read.format;
  const proposal = withClerkReading(text, proposeParseOptions(text), corrections);
  const draft = draftFromText(text, guessSectors, proposal.options, columnMeanings(corrections));
  return { text, format, proposal, draft };
}
