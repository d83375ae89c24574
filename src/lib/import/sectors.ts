import { GENERAL_SECTOR, sectorWords, termWords, type SectorNames } from "../../domain/sectors.ts";
import type { SectorGuesser } from "./draft.ts";

/** What the sector guesser reads: the sector vocabulary and the glossary's items. */
export interface SectorVocabulary {
  sectors: ReadonlyArray<{ id: string; data: SectorNames }>;
  terms: ReadonlyArray<{
    data: { name: string; aliases: string[]; includes: string[]; sector?: string | undefined };
  }>;
}

/**
 * Sectors from the vocabulary the lookup uses (the same words, `sectorWords` and `termWords`): a duty is tagged with every sector whose name,
 * alias, or glossary term (with its items) it prints; the longest word wins where words
 * overlap (液化石油气 before 石油). None found: `general`.
 */
export function sectorGuesser({ sectors, terms }: SectorVocabulary): SectorGuesser {
  const words = new Map<string, string>();
  const add = (word: string, sector: string) => {
    const key = word.trim().toLowerCase();
    if (key.length >= 2 && !words.has(key)) words.set(key, sector);
  };
  for (const sector of sectors) {
    if (sector.id === GENERAL_SECTOR) continue;
    // One-character words (电, 船) name a sector only standing alone, never inside a duty's text.
    for (const word of sectorWords(sector.data)) add(word, sector.id);
  }
  for (const term of terms)
    if (term.data.sector) for (const word of termWords(term.data)) add(word, term.data.sector);
  const byLength = [...words.keys()].sort((a, b) => b.length - a.length);

  return (text) => {
    const haystack = text.toLowerCase();
    const taken = new Array<boolean>(haystack.length).fill(false);
    const hits: Array<{ at: number; word: string; sector: string }> = [];
    for (const word of byLength) {
      for (let at = haystack.indexOf(word); at >= 0; at = haystack.indexOf(word, at + 1)) {
        if (taken.slice(at, at + word.length).some(Boolean)) continue;
        taken.fill(true, at, at + word.length);
        hits.push({ at, word, sector: words.get(word)! });
      }
    }
    hits.sort((a, b) => a.at - b.at);
    const found = [...new Set(hits.map((hit) => hit.sector))];
    if (found.length === 0) return { sectors: [GENERAL_SECTOR], because: "没有认出行业领域的词 → general" };
    const because = found
      .map(
        (sector) =>
          `${[...new Set(hits.filter((h) => h.sector === sector).map((h) => h.word))].join("、")} → ${sector}`,
      )
      .join("；");
    return { sectors: found, because };
  };
}
