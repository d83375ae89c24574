import { type Role, type UnitKind } from "../../domain/index.ts";
import type { TownStanding } from "../../domain/towns.ts";
import { mergeRanges } from "./excerpt.ts";
import { type PreparedLookup } from "./prepare.ts";

/** What a lookup answers: the result's types, and one unit's answer as the page shows it. */

/** How a word matched one duty. */
export interface WordHit {
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

export interface Scored {
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

export function answerDuty(
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

export function answerOf(
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

export function emptyScore(duty: number): Scored {
  return { duty, firm: true, count: 0, rank: 0, score: 0, words: [], via: [], ranges: [], named: undefined };
}
