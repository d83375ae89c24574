import type { Model, TownRecord, UnitRecord } from "../model/index.ts";
import { townCalendar, unitCalendar } from "./calendar.ts";
import { calendarYear } from "./presentation.ts";
import { CALENDAR_EPOCH, eventTiming, icsCalendar } from "./ics.ts";

/** The name of a town's or unit's calendar. */
export function calendarName(holder: string): string {
  return `${holder} 安全生产工作日历`;
}

/** One .ics file: the unit (or none, for the town's) and its text. */
export interface IcsFile {
  town: TownRecord;
  unit: UnitRecord | undefined;
  text: string;
}

/** The town's whole calendar as iCalendar: every timed duty and rule. */
export function townIcsFile(town: TownRecord, model: Model): IcsFile {
  const year = calendarYear(town) ?? CALENDAR_EPOCH;
  return {
    town,
    unit: undefined,
    text: icsCalendar(calendarName(town.data.name), townCalendar(model, town), year),
  };
}

/**
 * One .ics file per unit that has at least one dated or recurring duty (its own or a
 * binding group's); each unit's calendar is computed once, for both the test and the file.
 */
export function unitIcsFiles(model: Model): IcsFile[] {
  return [...model.units.values()].flatMap((unit) => {
    const entries = unitCalendar(model, unit);
    if (!entries.some((entry) => eventTiming(entry, CALENDAR_EPOCH))) return [];
    const town = model.townById.get(unit.data.jurisdiction)!;
    const year = calendarYear(town) ?? CALENDAR_EPOCH;
    return [{ town, unit, text: icsCalendar(calendarName(unit.data.name), entries, year) }];
  });
}
