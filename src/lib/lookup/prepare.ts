import type { LookupIndex } from "./build-index.ts";

/**
 * Getting a query and the index ready to match: the dictionary of everyday words, the
 * normalised query and its segmentation into the words it asks about.
 */

/** Question phrases people type around the thing they ask about. */
export const QUESTION_PHRASES = [
  "该怎么办",
  "怎么处理",
  "怎么办",
  "归哪个部门管",
  "归哪个单位管",
  "归谁管",
  "由谁管",
  "由哪个单位",
  "由哪个部门",
  "谁来管",
  "谁来检查",
  "谁来处理",
  "谁负责",
  "有人管吗",
  "没人管",
  "没人处理",
  "向谁反映",
  "向谁报告",
  "找哪个部门",
  "找哪个单位",
  "哪个部门",
  "哪个单位",
  "归谁",
  "谁管",
  "找谁",
  "请问",
];

export type Link =
  | { type: "sector"; sector: number }
  | { type: "term"; term: number; as: "name" | "member" }
  | { type: "group"; group: number };

/** The index with the lookup structures the matcher needs, built once per page load. */
export interface PreparedLookup {
  index: LookupIndex;
  /** Every vocabulary word (normalised) and what it points at. */
  dictionary: Map<string, Link[]>;
  /** The dictionary's words, shortest first: prefixes of a word being typed are found in it. */
  dictionaryWords: string[];
  /** Duty texts and unit names, to tell text words from noise while segmenting. */
  corpus: string;
  /** Duties by each character of their text, to find candidates without scanning all. */
  postings: Map<string, number[]>;
  /** Duties by sector index. */
  dutiesBySector: Map<number, number[]>;
  /** Duties by unit index. */
  dutiesByUnit: number[][];
  /** Traditional or variant character → the simplified one the index prints. */
  variants: Map<string, string>;
}

/** A query with traditional and variant characters folded to simplified ones (液化氣 → 液化气). */
export function foldVariants(query: string, variants: ReadonlyMap<string, string>): string {
  if (variants.size === 0) return query;
  let folded = "";
  for (const character of query) folded += variants.get(character) ?? character;
  return folded;
}

/** A Chinese character (the words of a query are runs of them). */
const HAN = /^\p{Script=Han}+$/u;

/** Full-width to half-width, lower case; punctuation becomes a word break. */
export function normaliseQuery(query: string): string {
  let text = query.normalize("NFKC").toLowerCase();
  for (const phrase of QUESTION_PHRASES) text = text.split(phrase).join(" ");
  return text
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/\s+/g, " ");
}

/** The index made ready for matching: dictionary, postings, duties by sector and unit. */
export function prepareLookup(index: LookupIndex): PreparedLookup {
  const dictionary = new Map<string, Link[]>();
  const add = (word: string, link: Link): void => {
    const key = normaliseQuery(word).replace(/ /g, "");
    if (!key) return;
    if (!dictionary.has(key)) dictionary.set(key, []);
    dictionary.get(key)!.push(link);
  };
  index.sectors.forEach(([, , words], sector) =>
    words.forEach((word) => add(word, { type: "sector", sector })),
  );
  index.terms.forEach(([name, aliases, includes], term) => {
    for (const word of [name, ...aliases]) add(word, { type: "term", term, as: "name" });
    for (const word of includes) add(word, { type: "term", term, as: "member" });
  });
  index.wordGroups.forEach(([document, everyday], group) => {
    for (const word of [document, ...everyday]) add(word, { type: "group", group });
  });

  const postings = new Map<string, number[]>();
  const dutiesBySector = new Map<number, number[]>();
  const dutiesByUnit: number[][] = index.units.map(() => []);
  index.duties.forEach(([unit, , sectors, text], duty) => {
    for (const char of new Set(text.toLowerCase())) {
      if (!postings.has(char)) postings.set(char, []);
      postings.get(char)!.push(duty);
    }
    for (const sector of sectors) {
      if (!dutiesBySector.has(sector)) dutiesBySector.set(sector, []);
      dutiesBySector.get(sector)!.push(duty);
    }
    dutiesByUnit[unit]!.push(duty);
  });
  const corpus = [
    ...index.duties.map((duty) => duty[3]),
    ...index.units.flatMap((unit) => [unit[1], ...unit[4]]),
  ]
    .join("\n")
    .toLowerCase();
  const dictionaryWords = [...dictionary.keys()].sort((a, b) => a.length - b.length);
  const variants = new Map<string, string>();
  const table = [...(index.variants ?? "")];
  for (let i = 0; i + 1 < table.length; i += 2) variants.set(table[i]!, table[i + 1]!);
  return { index, dictionary, dictionaryWords, corpus, postings, dutiesBySector, dutiesByUnit, variants };
}

/**
 * Splits a query into the words it asks about. Spaces separate words; a run without
 * spaces (拖拉机载人) is cut into vocabulary words and words the duty texts use, as few
 * pieces as possible; characters that fit nowhere stay together as one unknown word.
 */
export function segmentQuery(prepared: PreparedLookup, query: string): string[] {
  return [...new Set(segmentTokens(prepared, query).flat())];
}

/**
 * The words of each token the query was typed as (人防工程 → [人防, 工程]): a token is one
 * thing asked about, its last word the head the others qualify.
 */
export function segmentTokens(prepared: PreparedLookup, query: string): string[][] {
  return joinSpacedCharacters(prepared, normaliseQuery(foldVariants(query, prepared.variants)).split(" "))
    .filter((token) => token !== "")
    .map((token) => (token.length === 1 ? [token] : segmentToken(prepared, token)));
}

/**
 * Spaces typed inside a word (液 化 气, 液化 气, 网 吧) are not word breaks: neighbouring
 * Chinese tokens are joined when one of them is a single character, or when together they
 * are a vocabulary word. Two words typed apart (液化气 派出所) stay apart.
 */
function joinSpacedCharacters(prepared: PreparedLookup, tokens: readonly string[]): string[] {
  const joined: string[] = [];
  for (const token of tokens) {
    if (!token) continue;
    const previous = joined.at(-1);
    if (
      previous !== undefined &&
      HAN.test(previous) &&
      HAN.test(token) &&
      (previous.length === 1 || token.length === 1 || prepared.dictionary.has(previous + token))
    )
      joined[joined.length - 1] = previous + token;
    else joined.push(token);
  }
  return joined;
}

function segmentToken(prepared: PreparedLookup, token: string): string[] {
  const n = token.length;
  const cost = new Array<number>(n + 1).fill(Infinity);
  const from = new Array<number>(n + 1).fill(0);
  cost[0] = 0;
  const pieceCost = (piece: string): number => {
    // A one-character word (电, 船) counts only typed alone: inside 电动车 it is not 电.
    if (piece.length === 1) return 3;
    if (prepared.dictionary.has(piece)) return 1;
    return prepared.corpus.includes(piece) ? 1.6 : Infinity;
  };
  for (let end = 1; end <= n; end++) {
    for (let start = Math.max(0, end - 12); start < end; start++) {
      const total = cost[start]! + pieceCost(token.slice(start, end));
      if (total < cost[end]!) {
        cost[end] = total;
        from[end] = start;
      }
    }
  }
  const pieces: string[] = [];
  for (let end = n; end > 0; end = from[end]!) pieces.unshift(token.slice(from[end]!, end));
  // Glue stray characters (not words on their own) back into one unknown word.
  const words: string[] = [];
  let stray = "";
  for (const piece of pieces) {
    if (piece.length === 1) {
      stray += piece;
      continue;
    }
    if (stray) words.push(stray);
    stray = "";
    words.push(piece);
  }
  if (stray) words.push(stray);
  return words;
}
