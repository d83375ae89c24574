import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readContentFiles } from "../../src/data/read-content-files.ts";
import { SEASON_WORDS } from "../../src/lib/calendar.ts";
import { parseSources } from "../../src/lib/integrity.ts";
import { buildModel, type Model } from "../../src/lib/model.ts";
import { DIST, page } from "../helpers/built-site.ts";
import { PROJECT_ROOT } from "../helpers/fixture.ts";
import { parseIcs } from "../helpers/ical.ts";

let model: Model;
beforeAll(() => {
  const { input } = readContentFiles(PROJECT_ROOT);
  model = buildModel(input, parseSources(input));
});

/** Labels of entries that have no date, so no event: 定期 and the season words. */
const UNDATED: string[] = ["定期", ...SEASON_WORDS];

const ics = (path: string) => parseIcs(readFileSync(join(DIST, path), "utf8"));

describe("the .ics files", () => {
  it("give the 广西 template's report deadlines as yearly events on 7月5日 and 次年1月5日", () => {
    const { events } = ics("guangxi-template/calendar.ics");
    const reports = events.filter((e) => e.description.includes("履职报告书"));
    expect(reports.map((e) => [e.summary, e.occurrences(2)])).toEqual([
      ["〔7月5日前〕全乡（考核与时限）：20__年7月5日前", ["2020-07-05", "2021-07-05"]],
      ["〔次年1月5日前〕全乡（考核与时限）：20__年1月5日前", ["2021-01-05", "2022-01-05"]],
    ]);
  });

  it("repeat the 张山子镇 party secretary's half-yearly 党委会 every six months from the document's year", () => {
    const { name, events } = ics("zhangshanzi/calendar/party-secretary.ics");
    expect(name).toBe("镇党委主要负责人（书记） 安全生产工作日历");
    const meeting = events.find((e) => e.summary.includes("每半年主持召开 1 次党委会"))!;
    expect(meeting.rrule).toBe("FREQ=MONTHLY;INTERVAL=6");
    expect(meeting.occurrences(3)).toEqual(["2020-01-01", "2020-07-01", "2021-01-01"]);
    expect(meeting.description).toContain("出处：张发〔2020〕47号 二(一)2");
  });

  it("hold one event per dated or recurring entry of each town, every one parseable", () => {
    for (const town of model.towns) {
      const html = page(`/${town.id}/calendar/`);
      const timed = html
        .querySelectorAll(".calendar-entry")
        .filter((li) => !UNDATED.includes(li.querySelector(".calendar-when")!.text.trim()));
      expect(ics(`${town.id}/calendar.ics`).events, town.id).toHaveLength(timed.length);
    }
  });
});

describe("the calendar page", () => {
  it("lists the 安全生产月 activity period and the 6月15日 咨询日 under June for 篇四", () => {
    const june = page("/collection-2023-part4/calendar/").getElementById("month-6")!;
    const whens = june.querySelectorAll(".calendar-when").map((el) => el.text.trim());
    expect(whens).toEqual(expect.arrayContaining(["6月", "6月1日前", "6月15日"]));
  });
});
