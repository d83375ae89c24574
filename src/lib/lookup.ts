import type { LookupIndex } from "./lookup-index.ts";
import { roleRank, type Role } from "./roles.ts";
import type { UnitKind } from "../schemas/unit.ts";

/**
 * "谁负责？" from everyday words. Runs in the browser on the index of lookup-index.ts and
 * in the tests on the same index. Answers come from the data only: a word points at a
 * sector (alias), a term or a document word (vocabulary), and those point at duties; no
 * query is ever mapped to a unit by hand.
 */

/** How strongly one piece of evidence ties a query word to a duty. */
const WEIGHT = {
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
const PARTIAL = 0.6;
/** Dictionary words found inside an unknown longer word count for a little more. */
const INNER = 0.7;

/** Question phrases people type around the thing they ask about. */
const QUESTION_PHRASES = [
  "该怎么办",
  "怎么处理",
  "怎么办",
  "归谁管",
  "由谁管",
  "谁来管",
  "谁负责",
  "哪个部门",
  "哪个单位",
  "谁管",
  "找谁",
  "请问",
];

/** Unit kinds in the order an answer is most useful: a named department before a catch-all group. */
const KIND_ORDER: Record<UnitKind, number> = {
  department: 0,
  post: 1,
  body: 2,
  village: 3,
  enterprise: 4,
  group: 5,
};

type Link =
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
}

/** Full-width to half-width, lower case; punctuation becomes a word break. */
export function normaliseQuery(query: string): string {
  let text = query.normalize("NFKC").toLowerCase();
  for (const phrase of QUESTION_PHRASES) text = text.split(phrase).join(" ");
  return text
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/\s+/g, " ");
}

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
  return { index, dictionary, dictionaryWords, corpus, postings, dutiesBySector, dutiesByUnit };
}

/**
 * Splits a query into the words it asks about. Spaces separate words; a run without
 * spaces (拖拉机载人) is cut into vocabulary words and words the duty texts use, as few
 * pieces as possible; characters that fit nowhere stay together as one unknown word.
 */
export function segmentQuery(prepared: PreparedLookup, query: string): string[] {
  const words: string[] = [];
  for (const token of normaliseQuery(query).split(" ")) {
    if (!token) continue;
    if (token.length === 1) {
      words.push(token);
      continue;
    }
    words.push(...segmentToken(prepared, token));
  }
  return [...new Set(words)];
}

function segmentToken(prepared: PreparedLookup, token: string): string[] {
  const n = token.length;
  const cost = new Array<number>(n + 1).fill(Infinity);
  const from = new Array<number>(n + 1).fill(0);
  cost[0] = 0;
  const pieceCost = (piece: string): number => {
    if (prepared.dictionary.has(piece)) return 1;
    if (piece.length === 1) return 3;
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
    if (piece.length === 1 && !prepared.dictionary.has(piece)) {
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

/** What one query word points at, weighted. */
interface WordMeaning {
  word: string;
  /** Strings to find in duty texts, with the weight of a hit. */
  texts: Map<string, number>;
  /** Sectors (index) the word names, with the weight of a tag. */
  sectors: Map<number, number>;
  /** How the word was understood, for the reader: 液化气 → 燃气. */
  notes: string[];
}

function understand(prepared: PreparedLookup, word: string): WordMeaning {
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
function dutiesContaining(prepared: PreparedLookup, needle: string): number[] {
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
function occurrences(text: string, needle: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const haystack = text.toLowerCase();
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length))
    ranges.push([at, at + needle.length]);
  return ranges;
}

/** How a word matched one duty. */
interface WordHit {
  text: number;
  tag: number;
  unit: number;
  ranges: Array<[number, number]>;
}

export interface WordReport {
  word: string;
  /** True when some duty matched the word; weak evidence alone (see lookup) does not count. */
  matched: boolean;
  /** How the word was understood: 液化气 → 燃气, 载人 → 载客. */
  notes: string[];
}

export interface LookupAnswer {
  /** Position of the unit in the index. */
  unit: number;
  /** The unit's name as printed in its source. */
  unitName: string;
  unitPath: string;
  unitKind: UnitKind;
  townId: string;
  townName: string;
  /** The role of the duty shown. */
  role: Role;
  /** The best-matching duty of the unit. */
  duty: {
    text: string;
    citation: string;
    clauseHref: string;
    /** The duty on its unit page. */
    href: string;
    /** Where the matched words are in the text, [start, end), sorted and merged. */
    highlights: Array<[number, number]>;
  };
  /** The query words this duty matched. */
  matchedWords: string[];
  /** How many of the unit's duties matched at all. */
  matchingDuties: number;
  score: number;
}

export interface LookupResult {
  words: WordReport[];
  answers: LookupAnswer[];
}

/**
 * Answers a query: units, strongest role first (DESIGN.md matrix order), after the number
 * of query words matched; then by how well they match, a named unit before a catch-all
 * group, and the order of the towns and their documents.
 */
export function lookup(prepared: PreparedLookup, query: string): LookupResult {
  const { index } = prepared;
  const segmented = segmentQuery(prepared, query).slice(0, 8);
  // A stray character left over from a longer query (液化气站 → 站) would match half the texts.
  const words =
    segmented.length > 1 ? segmented.filter((w) => w.length > 1 || prepared.dictionary.has(w)) : segmented;
  const ignored = segmented.filter((w) => !words.includes(w));
  const hits = new Map<number, Map<string, WordHit>>();
  const hitFor = (duty: number, word: string): WordHit => {
    if (!hits.has(duty)) hits.set(duty, new Map());
    const perWord = hits.get(duty)!;
    if (!perWord.has(word)) perWord.set(word, { text: 0, tag: 0, unit: 0, ranges: [] });
    return perWord.get(word)!;
  };
  const meanings = words.map((word) => understand(prepared, word));

  for (const meaning of meanings) {
    for (const [needle, weight] of meaning.texts) {
      for (const duty of dutiesContaining(prepared, needle)) {
        const hit = hitFor(duty, meaning.word);
        hit.text = Math.max(hit.text, weight);
        hit.ranges.push(...occurrences(index.duties[duty]![3], needle));
      }
    }
    for (const [sector, weight] of meaning.sectors) {
      for (const duty of prepared.dutiesBySector.get(sector) ?? []) {
        const primary = index.duties[duty]![2][0] === sector ? WEIGHT.primaryTag : 0;
        const hit = hitFor(duty, meaning.word);
        hit.tag = Math.max(hit.tag, weight + primary);
      }
    }
    // A unit asked for by name (派出所); vocabulary words (学校) mean the sector, not a name.
    if (meaning.word.length >= 2 && !prepared.dictionary.has(meaning.word)) {
      index.units.forEach(([, name, , , alsoKnownAs], unit) => {
        if (![name, ...alsoKnownAs].some((n) => n.toLowerCase().includes(meaning.word))) return;
        for (const duty of prepared.dutiesByUnit[unit]!) hitFor(duty, meaning.word).unit = WEIGHT.unitName;
      });
    }
  }

  interface Scored {
    duty: number;
    count: number;
    rank: number;
    score: number;
    words: string[];
    ranges: Array<[number, number]>;
  }
  const bestByUnit = new Map<number, Scored & { matching: number }>();
  /** Words some duty matched by the rule below: the report says the same as the ranking. */
  const matchedWords = new Set<string>();
  for (const [duty, perWord] of hits) {
    const [unit, role, sectors, text] = index.duties[duty]!;
    let score = 0;
    const matched: string[] = [];
    const ranges: Array<[number, number]> = [];
    for (const word of words) {
      const hit = perWord.get(word);
      if (!hit) continue;
      score += Math.max(hit.text, hit.unit) + hit.tag;
      // Weak evidence alone (a sibling word in an untagged duty, a sector reached only by a
      // prefix or a longer item) adds weight but is not a match.
      if (hit.unit === 0 && hit.text <= WEIGHT.sectorText && hit.tag < WEIGHT.sectorTag) continue;
      matched.push(word);
      matchedWords.add(word);
      ranges.push(...hit.ranges);
    }
    if (matched.length === 0) continue;
    // A duty about one thing says more than a long paragraph listing many (BM25-style).
    score *= 1 / (1 + 0.15 * (sectors.length - 1)) / (1 + text.length / 400);
    const scored = { duty, count: matched.length, rank: roleRank(role), score, words: matched, ranges };
    const current = bestByUnit.get(unit);
    if (!current) bestByUnit.set(unit, { ...scored, matching: 1 });
    else {
      const matching = current.matching + 1;
      bestByUnit.set(
        unit,
        compareScored(scored, current) < 0 ? { ...scored, matching } : { ...current, matching },
      );
    }
  }

  const answers = [...bestByUnit]
    .map(([unit, best]) => ({ unit, best }))
    .sort(
      (a, b) =>
        compareScored(a.best, b.best) ||
        KIND_ORDER[index.units[a.unit]![2]] - KIND_ORDER[index.units[b.unit]![2]] ||
        index.units[a.unit]![0] - index.units[b.unit]![0] ||
        a.unit - b.unit,
    )
    .map(({ unit, best }): LookupAnswer => {
      const [town, unitName, unitKind, unitPath] = index.units[unit]!;
      const [, role, , text, citation, clauseHref, anchor] = index.duties[best.duty]!;
      const [townId, townName] = index.towns[town]!;
      return {
        unit,
        unitName,
        unitPath,
        unitKind,
        townId,
        townName,
        role,
        duty: {
          text,
          citation,
          clauseHref,
          href: `${unitPath}#${anchor}`,
          highlights: mergeRanges(best.ranges),
        },
        matchedWords: best.words,
        matchingDuties: best.matching,
        score: Math.round(best.score * 100) / 100,
      };
    });

  return {
    words: [
      ...meanings.map((meaning) => ({
        word: meaning.word,
        matched: matchedWords.has(meaning.word),
        notes: meaning.notes,
      })),
      ...ignored.map((word) => ({ word, matched: false, notes: [] })),
    ],
    answers,
  };
}

function compareScored(
  a: { count: number; rank: number; score: number },
  b: { count: number; rank: number; score: number },
): number {
  return b.count - a.count || a.rank - b.rank || b.score - a.score;
}

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
    .filter((sector) => sector.duties > 0 && sector.id !== "general")
    .sort((a, b) => b.overlap - a.overlap || b.duties - a.duties)
    .slice(0, count)
    .map(({ id, name }) => ({ id, name }));
}
