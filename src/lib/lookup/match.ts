import {
  GENERAL_SECTOR,
  ROLE_LABELS,
  ROLES,
  roleRank,
  townsInAnswerOrder,
  type Role,
  type UnitKind,
} from "../../domain/index.ts";
import type { TownStanding } from "../../domain/towns.ts";
import { mergeRanges } from "./excerpt.ts";
import { foldVariants, segmentTokens, type Link, type PreparedLookup } from "./prepare.ts";

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
  /** A stray character or a word most duties print (安全, 吗): left out of the search, not missed. */
  ignored: boolean;
  /** How the word was understood: 液化气 → 燃气, 载人 → 载客. */
  notes: string[];
}

/** Why an answer is on the list. */
export type AnswerReason =
  /** Its duty matches the query. */
  | "match"
  /** It leads the sector of an answer that only assists: the reader should see who leads. */
  | "sector-lead"
  /** The query is about a village, and the town's documents give the territory (属地) this duty. */
  | "territory";

/** A duty as an answer shows it. */
export interface AnswerDuty {
  text: string;
  citation: string;
  clauseHref: string;
  /** The duty on its unit page. */
  href: string;
  /** Where the matched words are in the text, [start, end), sorted and merged. */
  highlights: Array<[number, number]>;
}

/**
 * How far an answer may be said: `firm` when it matched the hazard, place or unit asked
 * about; `weak` (可能相关) when only through a word the documents use for many unrelated
 * things (登记, 作业, 工程) or beside a word of the question nobody understood (粉尘涉爆).
 */
export type AnswerStrength = "firm" | "weak";

export interface LookupAnswer {
  /** Position of the unit in the index. */
  unit: number;
  /** The unit's name as printed in its source. */
  unitName: string;
  /** The short name the town uses for it (派出所), for the summary line. */
  unitShortName: string;
  /** The phone to read out, from the office's own contact list ("值班电话 0632-…"); "" when none. */
  unitPhone: string;
  unitPath: string;
  unitKind: UnitKind;
  townId: string;
  townName: string;
  /** The role of the duty shown. */
  role: Role;
  reason: AnswerReason;
  /** Whether the summary may name it (firm) or it is only 可能相关 (weak). */
  strength: AnswerStrength;
  /** The best-matching duty of the unit. */
  duty: AnswerDuty;
  /** Its position in the index. */
  dutyIndex: number;
  /** The query words matched by what this card shows (the duty's text or the unit's name). */
  matchedWords: string[];
  /** What of the query occurs in the card: the highlighted words of the text (拖拉机 → 农业机械). */
  shownWords: string[];
  /** Sectors through which a word matched without occurring in the text (三轮车 → 道路交通). */
  viaSectors: string[];
  /** How many of the unit's duties matched at all. */
  matchingDuties: number;
  /** The unit's other matching duties, best first. */
  otherDuties: AnswerDuty[];
  score: number;
  /**
   * Where the question names the unit, by the place of its word among the question's words
   * (纪委书记管安全吗: 纪委 at 0, 书记 at 1); undefined when it does not. Named units come
   * first in their town, the one named first before the others.
   */
  askedAt: number | undefined;
}

/** The answers of one town, in the order shown, with the line that sums them up. */
export interface TownAnswers {
  townId: string;
  townName: string;
  standing: TownStanding;
  home: boolean;
  answers: LookupAnswer[];
  /** For reading out on the phone: 张山子镇：主责 派出所；协助 市场监管所；属地 各工作点、行政村. */
  summary: string;
}

/** What a town's documents say about work they assign to no one, for a query nothing matched. */
export interface FallbackAnswer {
  townId: string;
  townName: string;
  supervisor: FallbackDuty[];
  territory: FallbackDuty[];
  catchAll: FallbackDuty[];
  rules: Array<{ title: string; text: string; citation: string; href: string }>;
  principles: Array<{ name: string; href: string }>;
}

/** A duty named by a fallback, with its unit. */
export interface FallbackDuty {
  unitName: string;
  unitPath: string;
  role: Role;
  duty: AnswerDuty;
}

export interface LookupResult {
  words: WordReport[];
  /** Every answer, in the order shown: town by town. */
  answers: LookupAnswer[];
  /** The same answers grouped by town: the reader's town first, templates and collections last. */
  towns: TownAnswers[];
  /** When nothing matched: each town's rules for unassigned work, the reader's town first. */
  fallbacks: FallbackAnswer[];
  /** The town the query names (铜川 液化气), whose answers alone are shown. */
  townInQuery: string | undefined;
  /** Words of the question that carry it and that no document word matched (涉爆 in 粉尘涉爆). */
  unrecognised: string[];
}

/** How a lookup is asked. */
export interface LookupOptions {
  /** The reader's town (id): its answers come first. By default the index's home town. */
  town?: string | undefined;
}

/** A word printed in more than this share of all duties tells them apart no more than 的 does. */
const COMMON_SHARE = 0.1;

/**
 * A word that selects nothing: printed in a large share of the duties (安全, 负责, 检查), or
 * pointing only at the comprehensive sector (安全生产 → 综合监管), which every unit shares.
 */
function isCommonWord(prepared: PreparedLookup, word: string): boolean {
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
const BROAD_SECTORS = 3;

/**
 * A word the documents use for many unrelated things (登记: 企业登记, 农机登记, 婚姻登记 …;
 * 作业, 工程, 合同): the duties that print it fall in several sectors, and no specific sector
 * holds half of them (the comprehensive one, where most of 作业's fall, is no sector of its
 * own). Such a word found in a text says little about who answers for the question.
 */
function isBroadWord(prepared: PreparedLookup, word: string): boolean {
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
function weakWords(
  prepared: PreparedLookup,
  tokens: readonly string[][],
  words: readonly string[],
  found: ReadonlySet<string>,
): { weak: Set<string>; broad: Set<string>; unrecognised: string[] } {
  const broad = new Set(words.filter((word) => isBroadWord(prepared, word)));
  const weak = new Set<string>();
  const unrecognised: string[] = [];
  // A one-character word between two (管, 的: 派出所管液化气吗) makes a phrase, not one thing:
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
function isParticle(word: string): boolean {
  return /^[的了吗呢吧啊呀么嘛哪谁什怎]+$/u.test(word);
}

/** Roles in the summary line, strongest first, then the territory. */
const SUMMARY_ORDER = [...ROLES.map((role) => ROLE_LABELS[role]), "属地"];

/** The names a query may use for a town: 张山子镇, 张山子 (without 镇/乡/街道 and a bracketed note). */
function townNames(name: string): string[] {
  const plain = name.replace(/[（(][^）)]*[）)]/g, "").trim();
  const short = plain.replace(/(?:镇|乡|街道)$/, "");
  // A placeholder (XX镇, 某镇) is a name only in full: XX alone is no town.
  const names = /^(?:xx|某)/i.test(short) ? [name, plain] : [name, plain, short];
  return [...new Set(names)].filter((n) => [...n].length >= 2);
}

/**
 * The town a query names among `towns` ([id, name]), by its full name or its name without
 * 镇/乡/街道 (铜川 液化气 → 铜川镇), the longest written; and the query without it.
 */
export function townNamedIn(
  query: string,
  towns: ReadonlyArray<readonly [id: string, name: string, ...rest: unknown[]]>,
): { index: number; id: string; name: string; rest: string } | undefined {
  let best: { index: number; written: string } | undefined;
  towns.forEach(([, name], index) => {
    for (const candidate of townNames(name))
      if (query.includes(candidate) && (!best || candidate.length > best.written.length))
        best = { index, written: candidate };
  });
  if (!best) return undefined;
  const [id, name] = towns[best.index]!;
  return { index: best.index, id, name, rest: query.split(best.written).join(" ").trim() };
}

/** The town a query names, and the query without it. */
function townOfQuery(prepared: PreparedLookup, query: string): { town: number | undefined; rest: string } {
  if (prepared.index.towns.length < 2) return { town: undefined, rest: query };
  const named = townNamedIn(foldVariants(query, prepared.variants), prepared.index.towns);
  return named ? { town: named.index, rest: named.rest } : { town: undefined, rest: query };
}

/**
 * Answers a query: units grouped by town (the reader's town first, then home towns, real
 * towns, 范本 and 汇编); within a town, units matching more of the query's words first,
 * then the strongest role (docs/ARCHITECTURE.md "The matrix"), then how well they match,
 * a named unit before a catch-all group. A town whose answers only assist also shows the
 * sector's lead; a query about a village shows the territory. When nothing matches, the
 * result carries what each town's documents say about unassigned work.
 */
export function lookup(prepared: PreparedLookup, query: string, options: LookupOptions = {}): LookupResult {
  const { index } = prepared;
  const named = townOfQuery(prepared, query);
  const tokens = segmentTokens(prepared, named.rest);
  const segmented = [...new Set(tokens.flat())].slice(0, 12);
  // A stray character left over from a longer query (液化气站 → 站) would match half the texts.
  const candidates =
    segmented.length > 1 ? segmented.filter((w) => w.length > 1 || prepared.dictionary.has(w)) : segmented;
  // In a whole question (请问农家乐的安全归谁管), words most duties print (安全, 负责, 检查)
  // would bury the one that matters: they count only when nothing else is asked.
  const informative = candidates.filter((word) => !isCommonWord(prepared, word));
  const words = informative.length > 0 ? informative : candidates;
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

  // Weak evidence alone (a sibling word in an untagged duty, a sector reached only by a prefix
  // or a longer item) adds weight but is not a match.
  const isMatch = (hit: WordHit) =>
    hit.unit > 0 || hit.text > WEIGHT.sectorText || hit.tag >= WEIGHT.sectorTag;
  const found = new Set(
    words.filter((word) =>
      [...hits.values()].some((perWord) => perWord.has(word) && isMatch(perWord.get(word)!)),
    ),
  );
  const strength = weakWords(prepared, tokens, words, found);
  // A hit says who answers for the question when its word is understood in full: a broad
  // word only through the sector it names, never through its text alone.
  const asksAboutAThing = [...found].some((word) => prepared.dictionary.has(word));
  const isFirm = (word: string, hit: WordHit) =>
    !strength.weak.has(word) && (!strength.broad.has(word) || hit.unit > 0 || hit.tag >= WEIGHT.sectorTag);

  const scoredByUnit = new Map<number, Scored[]>();
  /** Words some duty matched by the rule below: the report says the same as the ranking. */
  const matchedWords = new Set<string>();
  for (const [duty, perWord] of hits) {
    const [unit, role, sectors, text] = index.duties[duty]!;
    if (named.town !== undefined && index.units[unit]![0] !== named.town) continue;
    let score = 0;
    let firm = false;
    const matched: string[] = [];
    const visible: string[] = [];
    const via = new Set<number>();
    const ranges: Array<[number, number]> = [];
    for (const word of words) {
      const hit = perWord.get(word);
      if (!hit) continue;
      score += Math.max(hit.text, hit.unit) + hit.tag;
      if (!isMatch(hit)) continue;
      // The unit's name alone (派出所 in 派出所管液化气吗) says it was asked about, not that it
      // answers for the thing asked (液化气), when the question names such a thing.
      const nameOnly = hit.unit > 0 && hit.text === 0 && hit.tag === 0;
      firm ||= isFirm(word, hit) && !(nameOnly && asksAboutAThing);
      matched.push(word);
      matchedWords.add(word);
      ranges.push(...hit.ranges);
      if (hit.ranges.length > 0 || hit.unit > 0) visible.push(word);
      else
        for (const [sector] of meanings[words.indexOf(word)]!.sectors)
          if (sectors.includes(sector)) via.add(sector);
    }
    if (matched.length === 0) continue;
    // A duty about one thing says more than a long paragraph listing many (BM25-style).
    score *= 1 / (1 + 0.15 * (sectors.length - 1)) / (1 + text.length / 400);
    const scored: Scored = {
      duty,
      firm,
      count: matched.length,
      rank: roleRank(role),
      score,
      words: visible,
      via: [...via],
      ranges,
      named: ((at) => (at < 0 ? undefined : at))(
        words.findIndex((word) => (perWord.get(word)?.unit ?? 0) > 0),
      ),
    };
    scoredByUnit.set(unit, [...(scoredByUnit.get(unit) ?? []), scored]);
  }

  const matchedAnswers = [...scoredByUnit].map(([unit, list]) => {
    const [best, ...others] = list.sort(compareScored);
    return answerOf(prepared, unit, best!, "match", others);
  });
  const towns = groupByTown(prepared, query, matchedAnswers, meanings, options.town);
  const answers = towns.flatMap((town) => town.answers);
  return {
    words: [
      ...meanings.map((meaning) => ({
        word: meaning.word,
        matched: matchedWords.has(meaning.word),
        ignored: false,
        notes: meaning.notes,
      })),
      ...ignored.map((word) => ({ word, matched: false, ignored: true, notes: [] })),
    ],
    answers,
    towns,
    unrecognised: strength.unrecognised,
    // Nothing said firmly: the documents' own rules for unassigned work come first.
    fallbacks:
      !answers.some((answer) => answer.strength === "firm") && words.length > 0
        ? fallbacksOf(prepared, townOrder(prepared, options.town)).filter(
            (fallback) => named.town === undefined || fallback.townId === index.towns[named.town]![0],
          )
        : [],
    townInQuery: named.town === undefined ? undefined : index.towns[named.town]![1],
  };
}

interface Scored {
  duty: number;
  /** Some word matched it firmly (see AnswerStrength). */
  firm: boolean;
  count: number;
  rank: number;
  score: number;
  /** Query words that occur in the duty's text or the unit's name. */
  words: string[];
  /** Sectors (index) through which other words matched. */
  via: number[];
  ranges: Array<[number, number]>;
  /** The place among the query's words of the first that is the unit's name (or part of it). */
  named: number | undefined;
}

function answerDuty(
  prepared: PreparedLookup,
  duty: number,
  ranges: Array<[number, number]> = [],
): AnswerDuty {
  const [unit, , , text, citation, clauseHref, anchor] = prepared.index.duties[duty]!;
  return {
    text,
    citation,
    clauseHref,
    href: `${prepared.index.units[unit]![3]}#${anchor}`,
    highlights: mergeRanges(ranges),
  };
}

function answerOf(
  prepared: PreparedLookup,
  unit: number,
  best: Scored,
  reason: AnswerReason,
  others: readonly Scored[] = [],
): LookupAnswer {
  const { index } = prepared;
  const [town, unitName, unitKind, unitPath, , shortName, phone] = index.units[unit]!;
  const [townId, townName] = index.towns[town]!;
  return {
    unit,
    unitName,
    unitShortName: shortName ?? unitName,
    unitPhone: phone ?? "",
    unitPath,
    unitKind,
    townId,
    townName,
    role: index.duties[best.duty]![1],
    reason,
    strength: best.firm ? "firm" : "weak",
    duty: answerDuty(prepared, best.duty, best.ranges),
    dutyIndex: best.duty,
    matchedWords: best.words,
    // The marked words as the card marks them: overlapping hits (烟花, 爆竹 in 烟花爆竹) read as one.
    shownWords: [
      ...new Set(
        mergeRanges(best.ranges).map(([start, end]) => index.duties[best.duty]![3].slice(start, end)),
      ),
    ],
    viaSectors: best.via.map((sector) => index.sectors[sector]![1]),
    matchingDuties: 1 + others.length,
    otherDuties: others.map((other) => answerDuty(prepared, other.duty, other.ranges)),
    score: Math.round(best.score * 100) / 100,
    askedAt: best.named,
  };
}

/** Town indexes in the order their answers are shown. */
function townOrder(prepared: PreparedLookup, preferred: string | undefined): number[] {
  const towns = prepared.index.towns.map(([id, , standing, home], index) => ({
    id,
    standing,
    home: home === 1,
    index,
  }));
  return townsInAnswerOrder(towns, preferred).map((town) => town.index);
}

function groupByTown(
  prepared: PreparedLookup,
  query: string,
  matched: readonly LookupAnswer[],
  meanings: readonly WordMeaning[],
  preferred: string | undefined,
): TownAnswers[] {
  const { index } = prepared;
  const aboutVillage = /村/.test(foldVariants(query, prepared.variants));
  const groups: TownAnswers[] = [];
  for (const town of townOrder(prepared, preferred)) {
    const [townId, townName, standing, home] = index.towns[town]!;
    const answers = matched
      .filter((answer) => answer.townId === townId)
      .sort(
        (a, b) =>
          // The unit the question names first (纪委书记管安全吗: 纪委, before every 书记), then
          // what may be said before what is only 可能相关.
          (a.askedAt ?? Infinity) - (b.askedAt ?? Infinity) ||
          Number(b.strength === "firm") - Number(a.strength === "firm") ||
          b.matchedWords.length + b.viaSectors.length - (a.matchedWords.length + a.viaSectors.length) ||
          roleRank(a.role) - roleRank(b.role) ||
          b.score - a.score ||
          KIND_ORDER[a.unitKind] - KIND_ORDER[b.unitKind] ||
          a.unit - b.unit,
      );
    if (answers.length === 0) continue;
    const present = new Set(answers.map((answer) => answer.unit));
    // Only assisting answers: the reader also needs who leads the sector — of what was
    // understood: answers only 可能相关 name no sector to lead.
    const firm = answers.some((answer) => answer.strength === "firm");
    const best = top(answers);
    const bestLead = answers.some(
      (answer) =>
        answer.role === "lead" &&
        answer.strength === "firm" &&
        answer.matchedWords.length + answer.viaSectors.length === best,
    );
    if (firm && !bestLead) {
      // The sectors the query names, and those of the duties the assisting units matched on.
      const sectors = new Set(
        meanings.flatMap((meaning) =>
          [...meaning.sectors].filter(([, weight]) => weight >= WEIGHT.sectorTag).map(([sector]) => sector),
        ),
      );
      for (const answer of answers.filter(
        (a) => a.strength === "firm" && a.matchedWords.length + a.viaSectors.length === best,
      ))
        for (const sector of index.duties[answer.dutyIndex]![2]) sectors.add(sector);
      for (const sector of sectors) {
        let added = 0;
        for (const duty of prepared.dutiesBySector.get(sector) ?? []) {
          const [unit, role, dutySectors] = index.duties[duty]!;
          if (added >= 2) break;
          if (
            role !== "lead" ||
            dutySectors[0] !== sector ||
            index.units[unit]![0] !== town ||
            present.has(unit)
          )
            continue;
          present.add(unit);
          added += 1;
          answers.push(answerOf(prepared, unit, emptyScore(duty), "sector-lead"));
        }
      }
    }
    // A question about a village: the territory the documents name.
    const fallback = index.fallbacks?.find(([fallbackTown]) => fallbackTown === town);
    if (aboutVillage && fallback && !answers.some((answer) => answer.unitKind === "village"))
      for (const duty of fallback[2]) {
        const unit = index.duties[duty]![0];
        if (present.has(unit)) continue;
        present.add(unit);
        answers.push(answerOf(prepared, unit, emptyScore(duty), "territory"));
      }
    groups.push({
      townId,
      townName,
      standing,
      home: home === 1,
      answers,
      summary: summaryLine(townName, answers),
    });
  }
  return groups;
}

function emptyScore(duty: number): Scored {
  return { duty, firm: true, count: 0, rank: 0, score: 0, words: [], via: [], ranges: [], named: undefined };
}

/** The most query words any firmly matched answer of the list matches. */
function top(answers: readonly LookupAnswer[]): number {
  return Math.max(
    0,
    ...answers
      .filter((a) => a.reason === "match" && a.strength === "firm")
      .map((a) => a.matchedWords.length + a.viaSectors.length),
  );
}

/**
 * "张山子镇：主责 派出所；协助 市场监管所；属地 各工作点、行政村" — the firm answers that match
 * the most of the question, the leads and territory added, by role; villages as 属地.
 */
export function summaryLine(townName: string, answers: readonly LookupAnswer[]): string {
  const best = top(answers);
  const byLabel = new Map<string, string[]>();
  // Only 可能相关 answers: none is said to be responsible.
  if (!answers.some((answer) => answer.strength === "firm")) {
    const names = [...new Set(answers.map((answer) => answer.unitShortName))];
    return `${townName}：文件没有写明谁负责；可能相关 ${names.slice(0, 4).join("、")}${names.length > 4 ? " 等" : ""}`;
  }
  for (const answer of answers) {
    if (answer.strength === "weak") continue;
    // The answers matching the most of the question (拖拉机拉人去赶集: 农机站 on 拖拉机 and
    // 拉人, not 市场监管所 on 赶集 alone), and the leads and territory added for them.
    const count = answer.matchedWords.length + answer.viaSectors.length;
    if (answer.reason === "match" && count < best) continue;
    const label = answer.unitKind === "village" ? "属地" : ROLE_LABELS[answer.role];
    const names = byLabel.get(label) ?? [];
    // Read out with the number to call, where the office keeps one: 主责 派出所（值班电话 0632-…）.
    const name = answer.unitPhone ? `${answer.unitShortName}（${answer.unitPhone}）` : answer.unitShortName;
    if (!names.includes(name)) names.push(name);
    byLabel.set(label, names);
  }
  const parts = SUMMARY_ORDER.filter((label) => byLabel.has(label)).map((label) => {
    const names = byLabel.get(label)!;
    return `${label} ${names.slice(0, 4).join("、")}${names.length > 4 ? " 等" : ""}`;
  });
  return `${townName}：${parts.join("；")}`;
}

function fallbacksOf(prepared: PreparedLookup, order: readonly number[]): FallbackAnswer[] {
  const { index } = prepared;
  const duty = (d: number): FallbackDuty => {
    const [unit, role] = index.duties[d]!;
    const [, unitName, , unitPath] = index.units[unit]!;
    return { unitName, unitPath, role, duty: answerDuty(prepared, d) };
  };
  return order.flatMap((town) => {
    const fallback = index.fallbacks?.find(([fallbackTown]) => fallbackTown === town);
    if (!fallback) return [];
    const [, supervisor, territory, catchAll, rules, principles] = fallback;
    const [townId, townName] = index.towns[town]!;
    return [
      {
        townId,
        townName,
        supervisor: supervisor.map(duty),
        territory: territory.map(duty),
        catchAll: catchAll.map(duty),
        rules: rules.map(([title, text, citation, href]) => ({ title, text, citation, href })),
        principles: principles.map(([name, href]) => ({ name, href })),
      },
    ];
  });
}

function compareScored(
  a: { firm: boolean; count: number; rank: number; score: number },
  b: { firm: boolean; count: number; rank: number; score: number },
): number {
  return Number(b.firm) - Number(a.firm) || b.count - a.count || a.rank - b.rank || b.score - a.score;
}
