import { GENERAL_SECTOR } from "../../domain/index.ts";
import { normaliseQuery, type PreparedLookup } from "./prepare.ts";

/** Showing an answer: highlighted parts, the excerpt of a long duty, and sectors to offer when nothing matched. */

/** Sorted, overlapping or touching ranges joined. */
export function mergeRanges(ranges: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** The text cut into plain and highlighted parts, for rendering with <mark>. */
export function highlightParts(
  text: string,
  ranges: ReadonlyArray<readonly [number, number]>,
): Array<{ text: string; mark: boolean }> {
  const parts: Array<{ text: string; mark: boolean }> = [];
  let at = 0;
  for (const [start, end] of mergeRanges(ranges)) {
    if (start > at) parts.push({ text: text.slice(at, start), mark: false });
    parts.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), mark: false });
  return parts;
}

/**
 * The part of a long text to show in an answer: `length` characters around the first
 * highlight, cut at the text's ends or clause punctuation where possible. Short texts are
 * shown whole. Returns [start, end).
 */
export function excerptWindow(
  text: string,
  highlights: ReadonlyArray<readonly [number, number]>,
  length = 120,
): [number, number] {
  if (text.length <= length) return [0, text.length];
  const first = highlights[0]?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(length / 3));
  // Start after the nearest clause break before the window, when there is one close by.
  const cut = Math.max(...["。", "；", "，", "、"].map((mark) => text.lastIndexOf(mark, first)));
  if (cut >= 0 && first - cut <= length / 3) start = cut + 1;
  if (start < 12) start = 0;
  const end = Math.min(text.length, start + length);
  return [start, text.length - end < 12 ? text.length : end];
}

/**
 * Sectors to offer when nothing matched: those sharing the most characters with the
 * query, then the sectors with the most duties, so the page never ends empty.
 */
export function suggestSectors(
  prepared: PreparedLookup,
  query: string,
  count = 8,
): Array<{ id: string; name: string }> {
  const chars = new Set(normaliseQuery(query).replace(/ /g, ""));
  return prepared.index.sectors
    .map(([id, name, words], sector) => ({
      id,
      name,
      overlap: Math.max(0, ...words.map((word) => [...new Set(word)].filter((c) => chars.has(c)).length)),
      duties: prepared.dutiesBySector.get(sector)?.length ?? 0,
    }))
    .filter((sector) => sector.duties > 0 && sector.id !== GENERAL_SECTOR)
    .sort((a, b) => b.overlap - a.overlap || b.duties - a.duties)
    .slice(0, count)
    .map(({ id, name }) => ({ id, name }));
}
