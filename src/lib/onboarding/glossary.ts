/**
 * The glossary: where each term appears in the sources, and links from duty texts to the
 * terms they use. Links wrap the quoted words; they never change them.
 */
import type { Model } from "../model/index.ts";
import type { Term } from "../../schemas/term.ts";

/** A term as the linker needs it: its id and every way it is written. */
export interface LinkableTerm {
  id: string;
  /** The name first, then the aliases. */
  words: readonly string[];
}

/** A run of a text, linked to a term or plain. Joining every `text` gives the original back. */
export interface TextPart {
  text: string;
  term?: string;
}

const linkable = new WeakMap<object, LinkableTerm[]>();

/** The terms as the linker needs them; computed once per term list, since every duty on every page asks. */
export function linkableTerms(terms: ReadonlyArray<{ id: string; data: Term }>): LinkableTerm[] {
  let list = linkable.get(terms);
  if (!list) {
    list = terms.map((term) => ({ id: term.id, words: [term.data.name, ...term.data.aliases] }));
    linkable.set(terms, list);
  }
  return list;
}

/**
 * Splits a text so the first occurrence of each term (by any of its words) is its own
 * part. Where two occurrences overlap, the earlier wins, and at the same place the longer.
 */
export function linkTerms(text: string, terms: readonly LinkableTerm[]): TextPart[] {
  const firsts = terms.flatMap((term) => {
    const hits = term.words
      .map((word) => ({ start: text.indexOf(word), length: word.length }))
      .filter((hit) => hit.start >= 0 && hit.length > 0)
      .sort((a, b) => a.start - b.start || b.length - a.length);
    return hits[0] ? [{ ...hits[0], term: term.id }] : [];
  });
  firsts.sort((a, b) => a.start - b.start || b.length - a.length);

  const parts: TextPart[] = [];
  let cursor = 0;
  for (const hit of firsts) {
    if (hit.start < cursor) continue;
    if (hit.start > cursor) parts.push({ text: text.slice(cursor, hit.start) });
    parts.push({ text: text.slice(hit.start, hit.start + hit.length), term: hit.term });
    cursor = hit.start + hit.length;
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor) });
  return parts;
}

/** One paragraph of a source that uses a term. */
export interface TermOccurrence {
  source: string;
  clause: string;
  clauseAnchor: string;
}

/** Every source paragraph that prints the term or one of its aliases, in source order. */
export function termOccurrences(model: Model, term: LinkableTerm): TermOccurrence[] {
  return [...model.sources.values()].flatMap((source) =>
    source.clauses
      .filter((clause) => term.words.some((word) => clause.text.includes(word)))
      .map((clause) => ({ source: source.id, clause: clause.id, clauseAnchor: clause.anchor })),
  );
}
