/**
 * When duties fall due: the town's and each unit's calendar (recurring, dated and
 * seasonal entries, rule deadlines), and the same entries as iCalendar (.ics).
 */
export * from "./calendar.ts";
export * from "./presentation.ts";
export * from "./ics.ts";
export * from "./files.ts";
