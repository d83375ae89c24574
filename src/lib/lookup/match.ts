import { roleRank, type Role, type UnitKind } from "../../domain/index.ts";
import { mergeRanges } from "./excerpt.ts";
import { segmentQuery, type Link, type PreparedLookup } from "./prepare.ts";

/**
 * "谁负责？" from everyday words. Runs in the browser on the index of build-index.ts and
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

/** Unit kinds in the order an answer is most useful: a named department before a catch-all group. */
const KIND_ORDER: Record<UnitKind, number> = {
  department: 0,
  post: 1,
  body: 2,
  village: 3,
  enterprise: 4,
  group: 5,
};

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
 * Answers a query: units, strongest role first (docs/ARCHITECTURE.md "The matrix"), after the number
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
