/**
 * The duty calendar: every duty whose text gives a cadence or a date, and every rule that
 * sets a deadline or an assessment step, placed in the year. Nothing is placed where the
 * text gives no time: 定期、适时 stay "unscheduled", and seasonal words (汛期, 节假日 …)
 * are listed as seasons, never given invented months.
 */
import {
  groupsApplyingTo,
  type DutyRecord,
  type Model,
  type TownRecord,
  type UnitRecord,
  citationFor,
} from "../model/index.ts";
import { dutyPath, townPath } from "../site/index.ts";
import type { Cadence } from "../../schemas/duty.ts";
import { cadenceLabel } from "../../domain/index.ts";

/** When an entry falls due. */
export type Timing =
  /** Recurs every month, quarter, half-year or year, on no stated date. */
  | { kind: "every"; every: Exclude<Cadence["every"], "periodic"> }
  /** A day (or a month, when no day is given) every year, possibly a period to an end date. */
  | {
      kind: "date";
      month: number;
      day: number | undefined;
      endMonth: number | undefined;
      endDay: number | undefined;
      /** A deadline (…前) rather than the day itself. */
      before: boolean;
      /** In the year after the one assessed (次年1月, 1月5日前 for the annual report). */
      nextYear: boolean;
    }
  /** 定期、适时: the text says it recurs but gives no period; `word` is the one it uses. */
  | { kind: "unscheduled"; word?: string }
  /** Tied to a season or holiday the text names (汛期, 节假日 …), which has no fixed date. */
  | { kind: "season"; season: string }
  /** During a meeting or an event the text names (重要会议、重大活动期间): whenever one is held. */
  | { kind: "occasion"; occasion: string };

/** One thing due, with where it is written. */
export interface CalendarEntry {
  /** Stable across builds: the duty or rule id and the index of its timing. */
  id: string;
  town: string;
  /** The unit that bears it; undefined for a town-level rule (考核, 报送时限). */
  unit: string | undefined;
  /** Who, as a label: the unit's name, or 全镇（考核与时限）. */
  who: string;
  timing: Timing;
  /** The words of the text that state the time, verbatim. */
  phrase: string;
  /** The whole duty or rule text, verbatim. */
  text: string;
  source: string;
  clause: string;
  clauseAnchor: string;
  /** 张发〔2020〕47号 二(一)3. */
  citation: string;
  /** Where the duty or rule is shown on the site. */
  href: string;
}

/**
 * Words that tie a duty to a time of year or a holiday; the text names them, we do not
 * date them. A meeting or an event is not a season: see OCCASION.
 */
export const SEASON_WORDS = [
  "汛期",
  "节假日",
  "节日",
  "春节",
  "清明",
  "五一",
  "国庆",
  "元旦",
  "中秋",
  "冬季",
  "夏季",
  "雨季",
  "冬春",
] as const;

/**
 * A meeting or an event the text times a duty by: "…会议…期间", "…活动期间". Only with
 * 期间 is it a time; "贯彻重要会议精神" or "参加重大活动" sets no time at all.
 */
const OCCASION = /[^，。；：,;]*(?:会议|活动|庆典|赛事)期间/;

/** How an entry timed by a meeting or event reads: it recurs, but on no date. */
export const OCCASION_LABEL = "不定期（会议、活动期间）";

/** Where a clause of a duty ends: the part of the text that holds a time word is quoted. */
const CLAUSE_END = /[，。；：,;！？]/;

/** The clause of `text` around the first `word` (…, 汛期要…加强值班, …), verbatim. */
export function clauseAround(text: string, word: string): string {
  const at = text.indexOf(word);
  if (at < 0) return word;
  let start = at;
  while (start > 0 && !CLAUSE_END.test(text[start - 1]!)) start -= 1;
  let end = at + word.length;
  while (end < text.length && !CLAUSE_END.test(text[end]!)) end += 1;
  return text.slice(start, end).trim();
}

function dutyEntries(model: Model, duty: DutyRecord, who: string): CalendarEntry[] {
  const base = {
    town: duty.jurisdiction,
    unit: duty.unit,
    who,
    text: duty.text,
    source: duty.source,
    clause: duty.clause,
    clauseAnchor: duty.clauseAnchor,
    citation: citationFor(model, duty.source, duty.clause),
    href: dutyPath(duty.unit, duty.anchor),
  };
  const entries: CalendarEntry[] = [
    ...duty.cadence.map((c, i) => ({
      ...base,
      id: `${duty.id}/c${i}`,
      phrase: c.phrase,
      timing:
        c.every === "periodic"
          ? { kind: "unscheduled" as const, word: cadenceLabel(c) }
          : { kind: "every" as const, every: c.every },
    })),
    ...duty.dates.map((d, i) => ({
      ...base,
      id: `${duty.id}/d${i}`,
      phrase: d.phrase,
      timing: {
        kind: "date" as const,
        month: d.month,
        day: d.day,
        endMonth: d.endMonth,
        endDay: d.endDay,
        before: d.before,
        nextYear: false,
      },
    })),
  ];
  // The season or event is given with the words around it, so the entry says what is due
  // then, not only when ("汛期" alone would only repeat its own label).
  // The expression scans every start position; most duties have no 期间 for it to find.
  const occasion = duty.text.includes("期间") ? OCCASION.exec(duty.text)?.[0] : undefined;
  const season = SEASON_WORDS.find((word) => duty.text.includes(word));
  if (season)
    entries.push({
      ...base,
      id: `${duty.id}/s0`,
      phrase: clauseAround(duty.text, season),
      timing: { kind: "season", season },
    });
  if (occasion)
    entries.push({
      ...base,
      id: `${duty.id}/o0`,
      phrase: clauseAround(duty.text, occasion),
      timing: { kind: "occasion", occasion: occasion.replace(/期间$/, "") },
    });
  return entries;
}

function ruleEntries(model: Model, town: TownRecord): CalendarEntry[] {
  const cite = (source: string, clause: string) => citationFor(model, source, clause);
  const who = `全${town.data.kind}（考核与时限）`;
  return town.rules.flatMap((rule) => {
    const base = {
      town: town.id,
      unit: undefined,
      who,
      text: rule.text,
      source: rule.source,
      clause: rule.clause,
      clauseAnchor: rule.clauseAnchor,
      citation: cite(rule.source, rule.clause),
      href: `${townPath(town.id)}#rule-${rule.id}`,
    };
    const deadlines = (rule.deadlines ?? []).map((d, i) => ({
      ...base,
      id: `${town.id}/rule/${rule.id}/d${i}`,
      phrase: d.phrase,
      timing: {
        kind: "date" as const,
        month: d.month,
        day: d.day,
        endMonth: undefined,
        endDay: undefined,
        before: true,
        nextYear: d.nextYear,
      },
    }));
    const steps = (rule.schedule ?? []).flatMap((step, i): CalendarEntry[] => {
      const id = `${town.id}/rule/${rule.id}/s${i}`;
      if (step.month !== undefined)
        return [
          {
            ...base,
            id,
            phrase: step.phrase,
            timing: {
              kind: "date",
              month: step.month,
              day: undefined,
              endMonth: undefined,
              endDay: undefined,
              before: false,
              nextYear: step.nextYear,
            },
          },
        ];
      if (step.every)
        return [{ ...base, id, phrase: step.phrase, timing: { kind: "every", every: step.every } }];
      return [{ ...base, id, phrase: step.phrase, timing: { kind: "unscheduled" } }];
    });
    return [...deadlines, ...steps];
  });
}

/**
 * Everything due in a town: its units' timed duties and its rules' deadlines and steps,
 * in document order.
 */
export function townCalendar(model: Model, town: TownRecord): CalendarEntry[] {
  const { units } = town;
  return [
    ...units.flatMap((unit) => unit.duties.flatMap((d) => dutyEntries(model, d, unit.data.name))),
    ...ruleEntries(model, town),
  ];
}

/** What one unit must do when: its own timed duties and those of the groups that bind it. */
export function unitCalendar(model: Model, unit: UnitRecord): CalendarEntry[] {
  const duties = [unit, ...groupsApplyingTo(model, unit)].flatMap((u) =>
    u.duties.map((duty) => ({ duty, who: u.data.name })),
  );
  return duties.flatMap(({ duty, who }) => dutyEntries(model, duty, who));
}
