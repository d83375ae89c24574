import { describe, expect, it } from "vitest";
import {
  calendarFilters,
  calendarSections,
  calendarYear,
  OCCASION_LABEL,
  timingLabel,
  townCalendar,
  townIcsFile,
  unitCalendar,
  unitIcsFiles,
} from "../../src/lib/calendar/index.ts";
import { checkedModel, minimalContent, withCommonDuties } from "../helpers/fixture.ts";
import { cadenceLabel } from "../../src/domain/index.ts";

describe("townCalendar", () => {
  it("places the quarterly duty and nothing the text gives no time for", () => {
    const model = checkedModel(minimalContent());
    const entries = townCalendar(model, model.towns[0]!);
    expect(entries.map((e) => [e.who, e.phrase, timingLabel(e.timing), e.citation, e.href])).toEqual([
      [
        "测试水利站",
        "每季度至少检查 1 次",
        "每季度",
        "测试〔2024〕1号 二2第1段",
        "/testtown/units/water/#d-s2i2u1",
      ],
    ]);
  });

  it("lists a duty that names a season under that season, without a date, quoting the clause that says what is due then", () => {
    const model = checkedModel(minimalContent());
    model.units.get("testtown/police")!.duties[0]!.text = "负责消防安全监督管理，汛期加强巡查；";
    const seasonal = townCalendar(model, model.towns[0]!).filter((e) => e.timing.kind === "season");
    expect(seasonal.map((e) => [e.who, e.phrase, timingLabel(e.timing)])).toEqual([
      ["测试派出所", "汛期加强巡查", "汛期"],
    ]);
  });

  it("files a duty timed by a meeting or an event as 不定期, never as a season", () => {
    const model = checkedModel(minimalContent());
    model.units.get("testtown/police")!.duties[0]!.text =
      "每季度检查一次。全区、全国重要会议、重大活动期间，组织开展专项检查。";
    const entries = townCalendar(model, model.towns[0]!).filter((e) => e.unit === "testtown/police");
    expect(entries.map((e) => [e.timing.kind, e.phrase])).toEqual([
      ["occasion", "全区、全国重要会议、重大活动期间"],
    ]);
    expect(timingLabel(entries[0]!.timing)).toBe(OCCASION_LABEL);
    const sections = calendarSections(entries);
    expect(sections.map((section) => section.id)).toEqual(["unscheduled"]);
  });

  it("gives no time to a meeting or an event the text does not time anything by", () => {
    const model = checkedModel(minimalContent());
    model.units.get("testtown/police")!.duties[0]!.text =
      "贯彻上级有关安全生产工作的重要会议、文件，积极参加安全生产重大活动。";
    const entries = townCalendar(model, model.towns[0]!).filter((e) => e.unit === "testtown/police");
    expect(entries).toEqual([]);
  });

  it("places a rule's deadlines and assessment steps as the town's own entries", () => {
    const content = minimalContent();
    content.ruleSets[0]!.data.rules.push({
      ...content.ruleSets[0]!.data.rules[0]!,
      id: "report",
      kind: "deadline",
      deadlines: [{ month: 1, day: 5, nextYear: true, what: "年度报告", phrase: "一票否决" }],
      schedule: [{ phrase: "一票否决", every: "year", nextYear: false }],
    });
    const model = checkedModel(content);
    const entries = townCalendar(model, model.towns[0]!).filter((e) => e.unit === undefined);
    expect(entries.map((e) => [e.who, timingLabel(e.timing)])).toEqual([
      ["全镇（考核与时限）", "次年1月5日前"],
      ["全镇（考核与时限）", "每年"],
    ]);
  });
});

describe("unitCalendar", () => {
  it("includes the timed duties of the groups that bind the unit", () => {
    const content = withCommonDuties();
    const common = content.units.find((u) => u.id === "testtown/common")!;
    common.data.duties[0]!.cadence = [{ every: "month", atLeast: false, phrase: "负责消防" }];
    const model = checkedModel(content);
    const entries = unitCalendar(model, model.units.get("testtown/police")!);
    expect(entries.map((e) => [e.who, timingLabel(e.timing)])).toEqual([["各测试部门", "每月"]]);
  });
});

describe("calendarSections", () => {
  it("orders recurring sections first, then months, then 定期 and seasons, dropping empty ones", () => {
    const model = checkedModel(minimalContent());
    const entries = townCalendar(model, model.towns[0]!);
    const base = entries[0]!;
    const more = [
      { ...base, id: "a", timing: { kind: "unscheduled" as const } },
      {
        ...base,
        id: "b",
        timing: {
          kind: "date" as const,
          month: 7,
          day: 5,
          endMonth: undefined,
          endDay: undefined,
          before: true,
          nextYear: false,
        },
      },
      {
        ...base,
        id: "c",
        timing: {
          kind: "date" as const,
          month: 7,
          day: 1,
          endMonth: undefined,
          endDay: undefined,
          before: false,
          nextYear: false,
        },
      },
    ];
    expect(calendarSections([...more, ...entries]).map((s) => [s.title, s.entries.map((e) => e.id)])).toEqual(
      [
        ["每季度", [base.id]],
        ["7月", ["c", "b"]],
        ["定期、适时、不定期（文件未定周期或日期）", ["a"]],
      ],
    );
  });
});

describe("calendarYear and calendarFilters", () => {
  it("starts from the earliest source year, and offers each bearer with its count and .ics", () => {
    const content = minimalContent();
    const model = checkedModel(content);
    expect(calendarYear(model.towns[0]!)).toBeUndefined();
    model.sources.get("mini")!.data.year = 2024;
    expect(calendarYear(model.towns[0]!)).toBe(2024);
    const entries = townCalendar(model, model.towns[0]!);
    expect(calendarFilters(model, model.towns[0]!, entries)).toEqual([
      { value: "water", label: "测试水利站", count: 1, ics: "/testtown/calendar/water.ics" },
    ]);
  });
});

describe("the .ics files of a build", () => {
  it("writes one file per unit with a timed duty, holding exactly that unit's calendar", () => {
    const model = checkedModel(minimalContent());
    const files = unitIcsFiles(model);
    expect(files.map((file) => file.unit!.key)).toEqual(["testtown/water"]);
    const text = files[0]!.text;
    expect(text).toContain("X-WR-CALNAME:测试水利站 安全生产工作日历");
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(
      unitCalendar(model, model.units.get("testtown/water")!).length,
    );
  });

  it("writes the town's file from the town's calendar, starting from its earliest source year", () => {
    const model = checkedModel(minimalContent());
    const town = model.towns[0]!;
    town.sources[0]!.data.year = 2024;
    const { text } = townIcsFile(town, model);
    expect(text).toContain(`X-WR-CALNAME:${town.data.name} 安全生产工作日历`);
    expect(text).toContain("DTSTART;VALUE=DATE:2024");
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(townCalendar(model, town).length);
  });
});

describe("timingLabel of a cadence with no fixed period", () => {
  it("reads as the word its own phrase uses (适时, 不定期), and as 定期 otherwise", () => {
    const label = (phrase: string) =>
      timingLabel({ kind: "unscheduled", word: cadenceLabel({ every: "periodic", phrase }) });
    expect(label("适时召开专题会议")).toBe("适时");
    expect(label("不定期开展抽查")).toBe("不定期");
    expect(label("定期公布单位安全生产情况")).toBe("定期");
    expect(label("组织开展检查")).toBe("定期");
    expect(cadenceLabel({ every: "quarter", phrase: "每季度至少1次" })).toBe("每季度");
  });
});
