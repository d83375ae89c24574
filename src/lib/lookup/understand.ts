import { GENERAL_SECTOR } from "../../domain/index.ts";
import { type Link, type PreparedLookup } from "./prepare.ts";

/** What each word of a question means to the lookup: sectors, terms, document words, duties, and how broad it is. */

/** How strongly one piece of evidence ties a query word to a duty. */
export const WEIGHT = {
  /** The unit's own name contains the word (派出所). */
  unitName: 12,
  /** The duty text contains the word itself. */
  exactText: 10,
  /** The text contains the document word for an everyday word (载人 → 载客). */
  documentWord: 8,
  /** The text contains the term the word names or belongs to (小旅馆 → 九小场所). */
  termText: 8,
  /** The text contains an item of the term the word names (九小场所 → 小旅馆). */
  memberText: 6,
  /** The text contains another word for the word's sector (液化气 → 燃气); weaker than a tag. */
  sectorText: 4,
  /** The duty is tagged with the word's sector. */
  sectorTag: 5,
  /** … and it is the duty's primary sector. */
  primaryTag: 1,
} as const;

/** A word still being typed (a prefix) or found inside a longer item counts for less. */
export const PARTIAL = 0.6;

/** Dictionary words found inside an unknown longer word count for a little more. */
export const INNER = 0.7;

/** What one query word points at, weighted. */
export interface WordMeaning {
  word: string;
  /** Strings to find in duty texts, with the weight of a hit. */
  texts: Map<string, number>;
  /** Sectors (index) the word names, with the weight of a tag. */
  sectors: Map<number, number>;
  /** How the word was understood, for the reader: 液化气 → 燃气. */
  notes: string[];
}

export function understand(prepared: PreparedLookup, word: string): WordMeaning {
  const { index, dictionary, dictionaryWords } = prepared;
  const meaning: WordMeaning = {
    word,
    texts: new Map([[word, WEIGHT.exactText]]),
    sectors: new Map(),
    notes: [],
  };
  const text = (needle: string, weight: number): void => {
    const key = needle.toLowerCase();
    if ((meaning.texts.get(key) ?? 0) < weight) meaning.texts.set(key, weight);
  };
  const tag = (sector: number, weight: number): void => {
    if ((meaning.sectors.get(sector) ?? 0) < weight) meaning.sectors.set(sector, weight);
  };
  const note = (line: string): void => {
    if (!meaning.notes.includes(line)) meaning.notes.push(line);
  };

  const links: Array<{ link: Link; strength: number }> = [];
  const exact = dictionary.get(word);
  if (exact) links.push(...exact.map((link) => ({ link, strength: 1 })));
  else {
    // Still typing (液化 → 液化气) or a longer phrase around known words (道路交通安全).
    const prefixed = dictionaryWords.filter((key) => key.startsWith(word)).slice(0, 8);
    for (const key of prefixed)
      links.push(...dictionary.get(key)!.map((link) => ({ link, strength: PARTIAL })));
    if (word.length >= 3) {
      const inner = dictionaryWords.filter((key) => key.length >= 2 && key !== word && word.includes(key));
      const maximal = inner.filter((key) => !inner.some((other) => other !== key && other.includes(key)));
      for (const key of maximal)
        links.push(...dictionary.get(key)!.map((link) => ({ link, strength: INNER })));
    }
  }
  // An item of a term written longer (小网吧 for 网吧): the word belongs to the term, weakly.
  if (word.length >= 2) {
    index.terms.forEach(([, , includes], term) => {
      if (includes.some((item) => item !== word && item.includes(word)))
        links.push({ link: { type: "term", term, as: "member" }, strength: PARTIAL });
    });
  }

  for (const { link, strength } of links) {
    if (link.type === "sector") {
      const [, name, words] = index.sectors[link.sector]!;
      for (const other of words) text(other, WEIGHT.sectorText * strength);
      tag(link.sector, WEIGHT.sectorTag * strength);
      if (name !== word) note(`${word} → ${name}`);
    } else if (link.type === "term") {
      const [name, aliases, includes, sector] = index.terms[link.term]!;
      for (const spelling of [name, ...aliases]) text(spelling, WEIGHT.termText * strength);
      if (link.as === "name") for (const item of includes) text(item, WEIGHT.memberText * strength);
      if (sector >= 0) tag(sector, WEIGHT.sectorTag * strength);
      note(link.as === "name" ? `${word}（术语）` : `${word} 属于 ${name}`);
    } else {
      const [document, everyday] = index.wordGroups[link.group]!;
      for (const other of [document, ...everyday]) text(other, WEIGHT.documentWord * strength);
      if (document !== word) note(`${word} → ${document}`);
    }
  }
  return meaning;
}

/** Duties whose text contains the needle, found through the rarest character's posting list. */
export function dutiesContaining(prepared: PreparedLookup, needle: string): number[] {
  let rarest: number[] | undefined;
  for (const char of needle) {
    const list = prepared.postings.get(char);
    if (!list) return [];
    if (!rarest || list.length < rarest.length) rarest = list;
  }
  if (!rarest) return [];
  return rarest.filter((duty) => prepared.index.duties[duty]![3].toLowerCase().includes(needle));
}

/** Every occurrence of the needle in the text, as [start, end) ranges. */
export function occurrences(text: string, needle: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const haystack = text.toLowerCase();
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length))
    ranges.push([at, at + needle.length]);
  return ranges;
}

/** A word printed in more than this share of all duties tells them apart no more than 的 does. */
export const COMMON_SHARE = 0.1;

/**
 * A word that selects nothing: printed in a large share of the duties (安全, 负责, 检查), or
 * pointing only at the comprehensive sector (安全生产 → 综合监管), which every unit shares.
 */
export function isCommonWord(prepared: PreparedLookup, word: string): boolean {
  const links = prepared.dictionary.get(word) ?? [];
  const general = prepared.index.sectors.findIndex(([id]) => id === GENERAL_SECTOR);
  if (links.length > 0 && links.every((link) => link.type === "sector" && link.sector === general))
    return true;
  if (links.length > 0) return false;
  // 的安全, 安全了: the particles around a word do not make it any rarer.
  const core = word.replace(/^[的了地得在和与及把被]+|[的了吗呢吧啊呀]+$/gu, "");
  if (core.length === 0) return true;
  return dutiesContaining(prepared, core).length > COMMON_SHARE * prepared.index.duties.length;
}

/** A word the documents spread over this many sectors, no specific one holding half its duties, is broad. */
export const BROAD_SECTORS = 3;

/**
 * A word the documents use for many unrelated things (登记: 企业登记, 农机登记, 婚姻登记 …;
 * 作业, 工程, 合同): the duties that print it fall in several sectors, and no specific sector
 * holds half of them (the comprehensive one, where most of 作业's fall, is no sector of its
 * own). Such a word found in a text says little about who answers for the question.
 */
export function isBroadWord(prepared: PreparedLookup, word: string): boolean {
  const duties = dutiesContaining(prepared, word);
  const general = prepared.index.sectors.findIndex(([id]) => id === GENERAL_SECTOR);
  const counts = new Map<number, number>();
  for (const duty of duties) {
    const primary = prepared.index.duties[duty]![2][0] ?? general;
    counts.set(primary, (counts.get(primary) ?? 0) + 1);
  }
  const specific = [...counts].filter(([sector]) => sector !== general).map(([, count]) => count);
  return counts.size >= BROAD_SECTORS && Math.max(0, ...specific) < duties.length / 2;
}

/**
 * The words whose matches are only 可能相关. A typed run of words names one thing, its last
 * word the head the others qualify (小饭馆着火 is a fire). Every word of a token with a word nobody
 * understood is weak unless a specific vocabulary word is among those understood (人防工程:
 * 工程 is broad; 结婚登记: 登记 is no vocabulary word; but 天然气泄漏 is about 天然气); a
 * qualifier (饭馆) is weak beside a head the vocabulary knows (着火): a duty must match the
 * head to be said. Broad words are weak through their text alone (see isFirm in lookup).
 */
export function weakWords(
  prepared: PreparedLookup,
  tokens: readonly string[][],
  words: readonly string[],
  found: ReadonlySet<string>,
): { weak: Set<string>; broad: Set<string>; unrecognised: string[] } {
  const broad = new Set(words.filter((word) => isBroadWord(prepared, word)));
  const weak = new Set<string>();
  const unrecognised: string[] = [];
  // A one-character word between two (管, 的: 派出所管煤气吗) makes a phrase, not one thing:
  // each run of longer words is a thing of its own.
  const things = tokens.flatMap((token) =>
    token.reduce<string[][]>(
      (runs, piece) => {
        if (piece.length === 1) runs.push([]);
        else runs.at(-1)!.push(piece);
        return runs;
      },
      [[]],
    ),
  );
  for (const thing of things) {
    const asked = thing.filter((piece) => words.includes(piece) && !isParticle(piece));
    const unknown = asked.filter((piece) => piece.length >= 2 && !found.has(piece));
    unrecognised.push(...unknown);
    const head = asked.at(-1);
    const known = asked.filter((piece) => found.has(piece));
    const specific = known.some((piece) => prepared.dictionary.has(piece) && !broad.has(piece));
    if (unknown.length > 0 && !specific) for (const piece of asked) weak.add(piece);
    else if (head !== undefined && found.has(head) && prepared.dictionary.has(head))
      for (const piece of known) if (piece !== head) weak.add(piece);
  }
  return { weak, broad, unrecognised: [...new Set(unrecognised)] };
}

/** Particles and question words around what is asked (吗, 了吗, 怎么): never a thing asked about. */
export function isParticle(word: string): boolean {
  return /^[的了吗呢吧啊呀么嘛哪谁什怎]+$/u.test(word);
}
