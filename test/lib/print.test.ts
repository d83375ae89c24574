import { describe, expect, it } from "vitest";
import {
  compactClauseList,
  dutySheet,
  hasLetter,
  letterIssuer,
  numberSections,
  printedLines,
  roleCountLabel,
  SHEET_DUTY_LINES,
  sheetStartPages,
  sourceDateLabel,
  targetLetter,
  townBooklet,
} from "../../src/lib/print/index.ts";
import type { DutyRecord } from "../../src/lib/model/index.ts";
import { checkedModel, minimalContent, withCommonDuties } from "../helpers/fixture.ts";

describe("compactClauseList", () => {
  it("turns a run of bracketed clause numbers into one range", () => {
    const clauses = Array.from({ length: 12 }, (_, i) => `四(一)(${i + 1})`);
    expect(compactClauseList(clauses)).toBe("四(一)(1)—(12)");
  });

  it("shares the prefix between runs with a gap, and keeps runs of other prefixes apart", () => {
    expect(compactClauseList(["二1", "二2", "二3", "二5", "三(一)", "三(二)"])).toBe(
      "二1—3、5、三(一)、三(二)",
    );
    expect(compactClauseList(["四(二)6(1)", "四(二)6(2)", "四(二)7(1)"])).toBe("四(二)6(1)—(2)、四(二)7(1)");
  });

  it("puts 段 after a range of paragraphs", () => {
    expect(compactClauseList(["一第1段", "一第2段", "一第3段"])).toBe("一第1—3段");
  });

  it("lists a clause cited by several duties once and keeps the document order", () => {
    expect(compactClauseList(["二4", "二4", "二4", "一2", "一1"])).toBe("二4、一2、1");
  });
});

describe("sourceDateLabel", () => {
  it("prints the full date when the document has one, else the year, else says there is none", () => {
    expect(sourceDateLabel({ date: "2022-04-24", year: 2022 })).toBe("2022年4月24日");
    expect(sourceDateLabel({ date: undefined, year: 2020 })).toBe("2020年");
    expect(sourceDateLabel({ date: undefined, year: undefined })).toBe("未署日期");
  });
});

describe("roleCountLabel", () => {
  it("counts duties per role, strongest role first", () => {
    const duties = (["assist", "lead", "lead", "oversee"] as const).map((role) => ({ role }) as DutyRecord);
    expect(roleCountLabel(duties)).toBe("主责 2 条、协助 1 条、监督 1 条");
  });
});

describe("dutySheet", () => {
  it("groups the unit's own duties by sector and refers to the group duties that bind it by clause", () => {
    const model = checkedModel(withCommonDuties());
    const sheet = dutySheet(model, model.units.get("testtown/police")!);
    expect(sheet.sections.map((s) => [s.sector.id, s.duties.map((d) => d.text)])).toEqual([
      ["fire", ["负责消防安全监督管理；"]],
      ["gas", ["协助有关部门做好燃气安全工作。"]],
    ]);
    expect(sheet.roleCounts).toBe("主责 1 条、协助 1 条");
    expect(sheet.basis).toBe("测试〔2024〕1号《测试文件》二1（未署日期）");
    expect(sheet.sources.map((s) => s.id)).toEqual(["mini"]);
    expect(sheet.shared.map((s) => [s.group.key, s.clauses, s.document])).toEqual([
      ["testtown/common", "二1(1)", "测试〔2024〕1号"],
    ]);
  });

  it("prints the shared duties in full when they fit on the unit's page, and refers to them when they do not", () => {
    const model = checkedModel(withCommonDuties());
    const short = dutySheet(model, model.units.get("testtown/police")!);
    expect(
      short.shared.map((s) => [s.inFull, s.compact, s.sections.flatMap((x) => x.duties).length]),
    ).toEqual([[true, false, 1]]);
    // Shared text just too long for body type fits in the smaller type: printed in full, compact.
    const common = model.units.get("testtown/common")!.duties[0]!;
    common.text = "负责".padEnd(27 * 46, "安");
    const tight = dutySheet(model, model.units.get("testtown/police")!);
    expect(tight.shared.map((s) => [s.inFull, s.compact])).toEqual([[true, true]]);
    // A page's worth of shared text does not fit beside the unit's own duties in any type.
    common.text = "负责".padEnd(SHEET_DUTY_LINES * 46, "安");
    const long = dutySheet(model, model.units.get("testtown/police")!);
    expect(long.shared.map((s) => [s.inFull, s.compact])).toEqual([[false, false]]);
  });
});

describe("printedLines", () => {
  it("grows with each heading and with each line a duty's text takes", () => {
    const duty = (length: number) => ({ text: "安".repeat(length) }) as DutyRecord;
    const one = printedLines([{ duties: [duty(10)] }]);
    expect(printedLines([{ duties: [duty(10)] }, { duties: [duty(10)] }])).toBeCloseTo(2 * one);
    expect(printedLines([{ duties: [duty(200)] }])).toBeGreaterThan(one + 3);
  });
});

describe("sheetStartPages", () => {
  it("finds the page each sheet's header is on, telling 表 1 from 表 12 and skipping the contents", () => {
    const pages = [
      "汇编 封面",
      "目录 表 1 镇党委 表 12 镇工会",
      "张山子镇安全生产职责清单 表 1 镇党委",
      "（续）",
      "张山子镇安全生产职责清单\n表 12\n镇工会",
    ];
    expect(Object.fromEntries(sheetStartPages(pages, [1, 12, 13]))).toEqual({ 1: 3, 12: 5 });
  });
});

describe("targetLetter", () => {
  it("quotes the town's assessment rule and says plainly that its sources set no targets or accountability", () => {
    const model = checkedModel(minimalContent());
    const letter = targetLetter(model, model.units.get("testtown/police")!);
    expect(
      letter.ruleSections.map((s) => [s.title, s.rules.map((r) => r.text), s.absent !== undefined]),
    ).toEqual([
      ["控制目标", [], true],
      ["考核", ["对考核不合格的单位实行“一票否决”。"], true],
      ["责任追究", [], true],
    ]);
    expect(letter.ruleSections[0]!.absent).toBe(
      "测试镇的来源文件没有规定控制目标，本站不替它补写；打印件在这里留出横线，由甲方填写。",
    );
  });

  it("adds 其他要求 only when the town's sources set requirements", () => {
    const content = minimalContent();
    content.ruleSets[0]!.data.rules.push({
      ...content.ruleSets[0]!.data.rules[0]!,
      id: "requirement",
      kind: "requirement",
    });
    const model = checkedModel(content);
    const titles = targetLetter(model, model.units.get("testtown/police")!).ruleSections.map((s) => s.title);
    expect(titles).toEqual(["控制目标", "考核", "责任追究", "其他要求"]);
  });

  it("writes the group duties out in full, since a letter is signed on what it states", () => {
    const model = checkedModel(withCommonDuties());
    const letter = targetLetter(model, model.units.get("testtown/water")!);
    expect(
      letter.sharedDuties.map((s) => [
        s.group.key,
        s.sections.flatMap((section) => section.duties.map((d) => d.text)),
        s.numberedAfter,
      ]),
    ).toEqual([["testtown/common", ["负责消防安全监督管理；"], 1]]);
  });
});

describe("letterIssuer", () => {
  it("names the issuer the source prints as 甲方 of a department", () => {
    const content = minimalContent();
    content.sources[0]!.data.issuer = "测试镇人民政府";
    const model = checkedModel(content);
    expect(letterIssuer(model, model.units.get("testtown/police")!)).toEqual({
      name: "测试镇人民政府",
      blankReason: undefined,
    });
  });

  it("leaves the line blank when the source names no issuer, and for the town's own bodies and principal leaders", () => {
    const content = minimalContent();
    const model = checkedModel(content);
    expect(letterIssuer(model, model.units.get("testtown/police")!).name).toBeUndefined();

    const withIssuer = minimalContent();
    withIssuer.sources[0]!.data.issuer = "测试镇人民政府";
    withIssuer.units[0]!.data.kind = "body";
    withIssuer.units[1]!.data.kind = "post";
    withIssuer.units[1]!.data.type = "mayor";
    const towns = checkedModel(withIssuer);
    expect(letterIssuer(towns, towns.units.get("testtown/police")!)).toEqual({
      name: undefined,
      blankReason: "上级单位，来源文件未写明",
    });
    expect(letterIssuer(towns, towns.units.get("testtown/water")!).name).toBeUndefined();
  });
});

describe("hasLetter", () => {
  it("gives every unit a letter except a group", () => {
    const model = checkedModel(withCommonDuties());
    expect([...model.units.values()].map((u) => [u.key, hasLetter(u)])).toEqual([
      ["testtown/police", true],
      ["testtown/water", true],
      ["testtown/common", false],
    ]);
  });
});

describe("townBooklet", () => {
  it("numbers one sheet per unit in the town's order and knows each group's sheet number", () => {
    const model = checkedModel(withCommonDuties());
    const booklet = townBooklet(model, model.towns[0]!);
    expect(booklet.sheets.map((s) => [s.number, s.sheet.unit.key])).toEqual([
      [1, "testtown/common"],
      [2, "testtown/police"],
      [3, "testtown/water"],
    ]);
    expect(booklet.sheetNumberOf.get("testtown/common")).toBe(1);
    expect(booklet.dutyCount).toBe(4);
    expect(booklet.principles.map((p) => [p.principle.id, p.statements.map((s) => s.clause)])).toEqual([
      ["three-musts", ["一(一)"]],
    ]);
  });
});

describe("numberSections", () => {
  it("numbers each section's first duty on from the previous sections, after a given count", () => {
    const sections = [{ duties: [1, 2] }, { duties: [3] }, { duties: [4, 5, 6] }];
    expect(numberSections(sections).map((s) => s.first)).toEqual([1, 3, 4]);
    expect(numberSections(sections, 6).map((s) => s.first)).toEqual([7, 9, 10]);
  });
});
