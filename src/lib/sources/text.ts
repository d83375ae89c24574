/**
 * White space as it occurs in the source files: ASCII spaces and tabs, the ideographic
 * space U+3000 used for indentation, and no-break spaces.
 */
const WHITE_SPACE = /[\s\u3000\u00a0\ufeff]+/g;

/** Trims every kind of white space the sources use, including the ideographic space. */
export function trimSourceLine(line: string): string {
  return line.replace(/^[\s\u3000\u00a0\ufeff]+|[\s\u3000\u00a0\ufeff]+$/g, "");
}

/**
 * The form in which quotes are compared with their source: all white space removed.
 * Chinese text has no meaningful spaces, and the sources scatter them (`召开 1 次`),
 * so a quote must match character for character, ignoring only white space.
 */
export function normaliseForComparison(text: string): string {
  let normalised = normalisedTexts.get(text);
  if (normalised === undefined) {
    normalised = text.replace(WHITE_SPACE, "");
    if (normalisedTexts.size >= NORMALISED_KEPT) normalisedTexts.clear();
    normalisedTexts.set(text, normalised);
  }
  return normalised;
}

/**
 * Texts already normalised: the check holds every quote against its clause, and a clause's
 * text is normalised once, not once per quote that cites it. Bounded, so a long-lived
 * process (the editor's server) does not keep every text it ever checked.
 */
const normalisedTexts = new Map<string, string>();
const NORMALISED_KEPT = 20_000;

/** True when `quote` appears in `passage`, white space ignored. Empty quotes never match. */
export function containsVerbatim(passage: string, quote: string): boolean {
  const needle = normaliseForComparison(quote);
  return needle.length > 0 && normaliseForComparison(passage).includes(needle);
}

/**
 * What a converter leaves in a document's text that the document never printed: Word's hidden
 * bookmarks written out ([bookmark: _GoBack]), field codes (HYPERLINK "…", PAGEREF _Toc…,
 * \* MERGEFORMAT) and the object replacement character. The importer removes them; the check
 * reports them in a source text.
 */
export const CONVERSION_RESIDUE =
  /\[bookmark: [^\]\n]*\]|\bHYPERLINK\s+"[^"\n]*"|\bPAGEREF\s+_Toc\d+(?:\s+\\h)?|\\\*\s*MERGEFORMAT|\uFFFC/gu;

/** Where a text holds conversion residue: each occurrence with its 1-based line. */
export function conversionResidue(text: string): Array<{ line: number; residue: string }> {
  const found: Array<{ line: number; residue: string }> = [];
  text.split("\n").forEach((line, index) => {
    for (const match of line.matchAll(CONVERSION_RESIDUE)) found.push({ line: index + 1, residue: match[0] });
  });
  return found;
}
