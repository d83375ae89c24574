import { parseClauses, type ParseOptions, type ParsedSource } from "./clauses.ts";
import type { Source } from "../../schemas/source.ts";
import type { SourceEntry } from "../content/index.ts";

/** How a source's YAML asks its text to be read. */
export function parseOptionsOf(source: Source): ParseOptions {
  return {
    overrides: source.markerOverrides,
    partTitlePrefix: source.parts?.titlePrefix,
    allowRepeatedNumbers: source.allowRepeatedNumbers,
    joinAfter: source.joinAfter.map((join) => join.endsWith),
  };
}

/** Each source's clauses, parsed once and shared by the checks and the model. */
export function parseSources(input: { sources: readonly SourceEntry[] }): Map<string, ParsedSource> {
  const parsed = new Map<string, ParsedSource>();
  for (const source of input.sources) {
    if (source.text !== null) parsed.set(source.id, parseClauses(source.text, parseOptionsOf(source.data)));
  }
  return parsed;
}
