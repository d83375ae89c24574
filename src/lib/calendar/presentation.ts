import { type Model, type TownRecord } from "../model/index.ts";
import { icsPath } from "../site/index.ts";
import type { Cadence } from "../../schemas/duty.ts";
import { CADENCE_LABELS } from "../../domain/index.ts";
import { type CalendarEntry, OCCASION_LABEL, type Timing, unitCalendar } from "./calendar.ts";

/**
 * A calendar as the page shows it: sections by cadence and month, each timing in words, the
 * year, and the filters by unit.
 */

/** The calendar page's sections, in the order a reader plans a year. */
export interface CalendarSection {
  /** Stable id for the section anchor. */
  id: string;
  title: string;
  entries: CalendarEntry[];
}

export const EVERY_TITLES: Record<Exclude<Cadence["every"], "periodic">, string> = {
  month: "每月",
  quarter: "每季度",
  "half-year": "每半年",
  year: "每年（未定月份）",
};

/** Recurring first (每月 … 每年), then month by month, then 定期 and seasonal; empty sections dropped. */
export function calendarSections(entries: readonly CalendarEntry[]): CalendarSection[] {
  const recurring = (["month", "quarter", "half-year", "year"] as const).map((every) => ({
    id: `every-${every}`,
    title: EVERY_TITLES[every],
    entries: entries.filter((e) => e.timing.kind === "every" && e.timing.every === every),
  }));
  const months = Array.from({ length: 12 }, (_, i) => i + 1).map((month) => ({
    id: `month-${month}`,
    title: `${month}月`,
    entries: entries
      .filter((e) => e.timing.kind === "date" && e.timing.month === month)
      .sort((a, b) => dayOf(a) - dayOf(b)),
  }));
  const rest = [
    {
      id: "unscheduled",
      title: "定期、适时、不定期（文件未定周期或日期）",
      entries: entries.filter((e) => e.timing.kind === "unscheduled" || e.timing.kind === "occasion"),
    },
    {
      id: "seasonal",
      title: "汛期、节假日等特殊时段",
      entries: entries.filter((e) => e.timing.kind === "season"),
    },
  ];
  return [...recurring, ...months, ...rest].filter((section) => section.entries.length > 0);
}

export function dayOf(entry: CalendarEntry): number {
  return entry.timing.kind === "date" ? (entry.timing.day ?? 0) : 0;
}

/** How an entry's time reads on the page: 每季度, 7月5日前, 6月1日至6月30日, 次年1月, 汛期. */
export function timingLabel(timing: Timing): string {
  switch (timing.kind) {
    case "every":
      return EVERY_TITLES[timing.every].replace("（未定月份）", "");
    case "unscheduled":
      return timing.word ?? CADENCE_LABELS.periodic;
    case "season":
      return timing.season;
    case "occasion":
      return OCCASION_LABEL;
    case "date": {
      const start = `${timing.nextYear ? "次年" : ""}${timing.month}月${timing.day ? `${timing.day}日` : ""}`;
      const end =
        timing.endMonth !== undefined
          ? `至${timing.endMonth}月${timing.endDay ? `${timing.endDay}日` : ""}`
          : "";
      return `${start}${end}${timing.before ? "前" : ""}`;
    }
  }
}

/** The year a town's calendar starts repeating from: its earliest source year. */
export function calendarYear(town: TownRecord): number | undefined {
  const years = town.sources.flatMap((source) => (source.data.year ? [source.data.year] : []));
  return years.length > 0 ? Math.min(...years) : undefined;
}

/** One choice of the calendar page's "只看" list: a unit that bears entries, or the town's rules. */
export interface CalendarFilter {
  /** The unit's slug, or `town` for the town-level rules. */
  value: string;
  label: string;
  count: number;
  /** The unit's own .ics file, when it has timed entries. */
  ics: string | undefined;
}

export function calendarFilters(
  model: Model,
  town: TownRecord,
  entries: readonly CalendarEntry[],
): CalendarFilter[] {
  const filters = new Map<string, CalendarFilter>();
  for (const entry of entries) {
    const value = entry.unit ? entry.unit.split("/")[1]! : "town";
    const filter = filters.get(value);
    if (filter) {
      filter.count += 1;
      continue;
    }
    const unit = entry.unit ? model.units.get(entry.unit)! : undefined;
    const timed =
      unit && unitCalendar(model, unit).some((e) => e.timing.kind === "every" || e.timing.kind === "date");
    filters.set(value, {
      value,
      label: entry.who,
      count: 1,
      ics: timed ? icsPath(town.id, unit.key) : undefined,
    });
  }
  return [...filters.values()];
}
