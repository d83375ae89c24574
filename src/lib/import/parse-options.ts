import { numberToChineseNumeral, parseClauses, type Clause, type ParseOptions } from "../sources/index.ts";
import { bearerOfHeading } from "./guess.ts";

/**
 * Parse options a document needs, proposed from how it reads without them — each with the
 * reason, so the source's YAML says why (as the hand-written ones do):
 * - a collection of documents (篇一, 篇二 …) gets its title prefix;
 * - repeated list numbers, which the parser reports, are allowed;
 * - a short heading printed without its marker (具体职责 after （一）共同职责) gets the next one;
 * - a numbered line that names a bearer but ends in 。 is read as a heading.
 */
export interface ProposedOptions {
  options: ParseOptions;
  /** What the YAML gets: the same options in the schema's shape, with reasons. */
  markerOverrides: Array<{ text: string; marker?: string; heading?: boolean; reason: string }>;
  /** The title line each document of a collection repeats before its 篇 number. */
  partTitlePrefix: string | undefined;
  allowRepeatedNumbers: boolean;
  /** Paragraphs a person said run on into the next line, by how they end, with the reason. */
  joinAfter: Array<{ endsWith: string; reason: string }>;
}

const SHORT_HEADING = /^[^，。；：,;:]{2,12}$/;

/** The marker after a clause's own, in the same style: （一）→（二）, 3、→ 4、. */
function nextMarker(clause: Clause): string | undefined {
  const chinese = /^([（(]?)([一二三四五六七八九十]+)([)）、]?)$/.exec(clause.marker.trim());
  const digits = /^([（(]?)(\d+)([)）、.．]?)$/.exec(clause.marker.trim());
  if (chinese) {
    const value = "一二三四五六七八九十".indexOf(chinese[2]!) + 1;
    if (value <= 0 || chinese[2]!.length > 1) return undefined;
    return `${chinese[1]}${numberToChineseNumeral(value + 1)}${chinese[3]}`;
  }
  if (digits) return `${digits[1]}${Number(digits[2]) + 1}${digits[3]}`;
  return undefined;
}

export function proposeParseOptions(text: string): ProposedOptions {
  const proposal: ProposedOptions = {
    options: {},
    markerOverrides: [],
    partTitlePrefix: undefined,
    allowRepeatedNumbers: false,
    joinAfter: [],
  };

  // A collection: a title line repeated with 篇一, 篇二 … at its end.
  const parts = [...text.matchAll(/^\s*(.{2,30}?)\s*(篇(?:[一二三四五六七八九十]+|\d{1,2}))\s*$/gmu)];
  const prefixes = new Map<string, number>();
  for (const part of parts) prefixes.set(part[1]!.trim(), (prefixes.get(part[1]!.trim()) ?? 0) + 1);
  const collection = [...prefixes].find(([, count]) => count >= 2)?.[0];
  if (collection) proposal.partTitlePrefix = collection;

  const optionsOf = (): ParseOptions => ({
    overrides: proposal.markerOverrides,
    partTitlePrefix: proposal.partTitlePrefix,
    allowRepeatedNumbers: proposal.allowRepeatedNumbers,
  });

  let parsed = parseClauses(text, optionsOf());
  if (parsed.problems.some((problem) => /重复|repeats/.test(problem.message))) {
    proposal.allowRepeatedNumbers = true;
    parsed = parseClauses(text, optionsOf());
  }

  const byId = new Map(parsed.clauses.map((clause) => [clause.id, clause]));
  for (const clause of parsed.clauses) {
    const parent = clause.parentId ? byId.get(clause.parentId) : undefined;
    if (
      clause.isHeading &&
      clause.marker === "" &&
      SHORT_HEADING.test(clause.text) &&
      parent?.isHeading &&
      parent.marker &&
      SHORT_HEADING.test(parent.text)
    ) {
      const marker = nextMarker(parent);
      if (marker)
        proposal.markerOverrides.push({
          text: clause.text,
          marker,
          reason: `“${clause.text}”紧接在“${parent.marker}${parent.text}”之后，是同一级的标题，没有印编号，按顺序应为 ${marker}（导入时推断，请核对）`,
        });
    }
    if (!clause.isHeading && clause.marker && /[。.]$/.test(clause.text) && bearerOfHeading(clause.text)) {
      proposal.markerOverrides.push({
        text: `${clause.marker}${clause.text}`.trim(),
        heading: true,
        reason: `“${clause.text}”点出了责任主体，是其后各段的标题（以句号结尾），导入时推断，请核对`,
      });
    }
  }
  proposal.options = optionsOf();
  // Keep the overrides only if the document still reads without new problems.
  if (
    proposal.markerOverrides.length > 0 &&
    parseClauses(text, proposal.options).problems.length > parsed.problems.length
  ) {
    proposal.markerOverrides = [];
    proposal.options = optionsOf();
  }
  return proposal;
}
