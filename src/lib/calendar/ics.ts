/**
 * iCalendar (RFC 5545) files of the duty calendar, so a cadre's phone or Outlook reminds
 * them. Only entries with a period or a date become events; recurring ones carry an RRULE.
 */
import { absoluteUrl } from "../site/index.ts";
import { PRODUCT_NAME } from "../../domain/index.ts";
import { type CalendarEntry } from "./calendar.ts";
import { timingLabel } from "./presentation.ts";

/** When a source gives no year, its calendar repeats from this one. */
export const CALENDAR_EPOCH = 2020;

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks. */
export function icsText(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}

/** Octets of one character (a code point) in UTF-8. */
function utf8Size(char: string): number {
  const code = char.codePointAt(0)!;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** Folds a content line at 75 octets of UTF-8, never inside a character (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  // A UTF-16 unit is at most 3 octets (a surrogate pair, two units, is 4): a short line fits.
  if (line.length * 3 <= 75) return line;
  const pieces: string[] = [];
  let current = "";
  let bytes = 0;
  for (const char of line) {
    const size = utf8Size(char);
    // Continuation lines begin with one space, which counts toward their 75 octets.
    const limit = pieces.length === 0 ? 75 : 74;
    if (bytes + size > limit) {
      pieces.push(current);
      current = "";
      bytes = 0;
    }
    current += char;
    bytes += size;
  }
  pieces.push(current);
  return pieces.join("\r\n ");
}

const pad = (n: number) => String(n).padStart(2, "0");
const dateValue = (d: Date) => `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));

/** The first occurrence (all-day, end exclusive) and the recurrence rule of an entry, or null. */
export function eventTiming(
  entry: CalendarEntry,
  year: number,
): { start: string; end: string; rrule: string } | null {
  const { timing } = entry;
  if (timing.kind === "every") {
    const rrule = {
      month: "FREQ=MONTHLY",
      quarter: "FREQ=MONTHLY;INTERVAL=3",
      "half-year": "FREQ=MONTHLY;INTERVAL=6",
      year: "FREQ=YEARLY",
    }[timing.every];
    return { start: dateValue(utc(year, 1, 1)), end: dateValue(utc(year, 1, 2)), rrule };
  }
  if (timing.kind !== "date") return null;
  const startYear = year + (timing.nextYear ? 1 : 0);
  const start = utc(startYear, timing.month, timing.day ?? 1);
  let end: Date;
  if (timing.endMonth !== undefined) {
    const endYear = timing.endMonth < timing.month ? startYear + 1 : startYear;
    end = timing.endDay
      ? utc(endYear, timing.endMonth, timing.endDay + 1)
      : utc(endYear, timing.endMonth + 1, 1);
  } else if (timing.day !== undefined) {
    end = utc(startYear, timing.month, timing.day + 1);
  } else {
    // A month named without a day (次年1月, 6月下旬): the event spans the month.
    end = utc(startYear, timing.month + 1, 1);
  }
  return { start: dateValue(start), end: dateValue(end), rrule: "FREQ=YEARLY" };
}

/** A whole calendar file: one VEVENT per timed entry, CRLF line ends. */
export function icsCalendar(name: string, entries: readonly CalendarEntry[], year: number): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:-//duty-matrix//${PRODUCT_NAME}//ZH`,
    "CALSCALE:GREGORIAN",
    `X-WR-CALNAME:${icsText(name)}`,
  ];
  for (const entry of entries) {
    const timing = eventTiming(entry, year);
    if (!timing) continue;
    // Whole addresses: the event is read in a phone's calendar, far from the site.
    const page = absoluteUrl(entry.href);
    lines.push(
      "BEGIN:VEVENT",
      `UID:${entry.id.replace(/[^\w/.-]/g, "-")}@duty-matrix`,
      `DTSTAMP:${year}0101T000000Z`,
      `DTSTART;VALUE=DATE:${timing.start}`,
      `DTEND;VALUE=DATE:${timing.end}`,
      `RRULE:${timing.rrule}`,
      `SUMMARY:${icsText(`〔${timingLabel(entry.timing)}〕${entry.who}：${entry.phrase}`)}`,
      `DESCRIPTION:${icsText(`${entry.text}\n出处：${entry.citation}\n本站：${page}`)}`,
      `URL:${page}`,
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
