import { describe, expect, it } from "vitest";
import {
  type CalendarEntry,
  type Timing,
  eventTiming,
  foldLine,
  icsCalendar,
  icsText,
} from "../../src/lib/calendar/index.ts";
import { parseIcs } from "../helpers/ical.ts";

function entry(timing: Timing, phrase = "每季度至少检查 1 次"): CalendarEntry {
  return {
    id: "testtown/water/s2i2u1/c0",
    town: "testtown",
    unit: "testtown/water",
    who: "测试水利站",
    timing,
    phrase,
    text: `${phrase}水库安全；`,
    source: "mini",
    clause: "二2第1段",
    clauseAnchor: "s2i2u1",
    citation: "测试〔2024〕1号 二2第1段",
    href: "/testtown/units/water/#d-s2i2u1",
  };
}
const date = (
  month: number,
  day?: number,
  more: Partial<Extract<Timing, { kind: "date" }>> = {},
): Timing => ({
  kind: "date",
  month,
  day,
  endMonth: undefined,
  endDay: undefined,
  before: false,
  nextYear: false,
  ...more,
});

describe("foldLine", () => {
  it("keeps every physical line within 75 octets without splitting a character, and unfolds to the original", () => {
    const line = `SUMMARY:${"每季度至少带队检查一次安全生产工作，".repeat(8)}`;
    const folded = foldLine(line);
    for (const physical of folded.split("\r\n"))
      expect(new TextEncoder().encode(physical).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, "")).toBe(line);
    expect(folded).not.toContain("\uFFFD");
  });

  it("counts each character's own octets: ASCII, Chinese and characters outside the BMP fold at 75 octets", () => {
    // 24 characters of 3 octets and 3 of 1: 75 octets, one line; one more octet folds it.
    expect(foldLine(`${"安".repeat(24)}abc`)).toBe(`${"安".repeat(24)}abc`);
    expect(foldLine(`${"安".repeat(24)}abcd`)).toBe(`${"安".repeat(24)}abc\r\n d`);
    // 𠀀 is 4 octets of UTF-8 (two UTF-16 units): 18 of them are 72 octets, the 19th starts a line.
    const wide = "𠀀".repeat(20);
    const [first, second] = foldLine(wide).split("\r\n ");
    expect(first).toBe("𠀀".repeat(18));
    expect(second).toBe("𠀀".repeat(2));
    expect(foldLine("a".repeat(75))).toBe("a".repeat(75));
    expect(foldLine("a".repeat(76))).toBe(`${"a".repeat(75)}\r\n a`);
  });
});

describe("icsText", () => {
  it("escapes backslashes, semicolons, commas and line breaks", () => {
    expect(icsText("a\\b;c,d\ne")).toBe("a\\\\b\\;c\\,d\\ne");
  });
});

describe("eventTiming", () => {
  it("turns a cadence into a recurrence from the first day of the year", () => {
    expect(eventTiming(entry({ kind: "every", every: "quarter" }), 2020)).toEqual({
      start: "20200101",
      end: "20200102",
      rrule: "FREQ=MONTHLY;INTERVAL=3",
    });
  });

  it("makes a dated duty a yearly all-day event: a day, a month, a period, the next year", () => {
    expect(eventTiming(entry(date(7, 5, { before: true })), 2020)).toMatchObject({
      start: "20200705",
      end: "20200706",
    });
    expect(eventTiming(entry(date(6)), 2020)).toMatchObject({ start: "20200601", end: "20200701" });
    expect(eventTiming(entry(date(6, 1, { endMonth: 6, endDay: 30 })), 2020)).toMatchObject({
      start: "20200601",
      end: "20200701",
    });
    expect(eventTiming(entry(date(1, 5, { nextYear: true })), 2020)).toMatchObject({
      start: "20210105",
      rrule: "FREQ=YEARLY",
    });
  });

  it("gives no event for 定期 or a season, which have no date", () => {
    expect(eventTiming(entry({ kind: "unscheduled" }), 2020)).toBeNull();
    expect(eventTiming(entry({ kind: "season", season: "汛期" }), 2020)).toBeNull();
  });
});

describe("icsCalendar", () => {
  it("reads back through ical.js with the events, texts and recurrences it was given", () => {
    const text = icsCalendar(
      "测试镇 安全生产工作日历",
      [
        entry({ kind: "every", every: "quarter" }),
        entry(date(7, 5, { before: true }), "7月5日前"),
        entry({ kind: "unscheduled" }, "定期"),
      ],
      2020,
    );
    const { name, events } = parseIcs(text);
    expect(name).toBe("测试镇 安全生产工作日历");
    expect(events).toHaveLength(2);
    const [quarterly, deadline] = events;
    expect(quarterly!.summary).toBe("〔每季度〕测试水利站：每季度至少检查 1 次");
    expect(quarterly!.description).toContain("出处：测试〔2024〕1号 二2第1段");
    // A whole address: the event is opened in a phone's calendar, not on the site.
    expect(quarterly!.description).toMatch(/本站：http:\/\/localhost:4321\/testtown\/units\/water\/#d-/);
    expect(quarterly!.occurrences(5)).toEqual([
      "2020-01-01",
      "2020-04-01",
      "2020-07-01",
      "2020-10-01",
      "2021-01-01",
    ]);
    expect(deadline!.summary).toBe("〔7月5日前〕测试水利站：7月5日前");
    expect(deadline!.occurrences(2)).toEqual(["2020-07-05", "2021-07-05"]);
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
  });
});
