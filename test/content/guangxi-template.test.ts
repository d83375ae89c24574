import { describe, expect, it } from "vitest";
import { readContentFiles } from "../../src/lib/content/index.ts";
import { gradeForScore } from "../../src/lib/rules/index.ts";
import { PROJECT_ROOT } from "../helpers/fixture.ts";

const { input } = readContentFiles(PROJECT_ROOT);
const rules = input.ruleSets.find((set) => set.data.source === "guangxi-template")!.data.rules;

describe("乡镇安全生产目标责任书范本（广西）履职考核 as data", () => {
  it("grades 95, 85, 75 and 65 from the encoded score bands", () => {
    const grades = rules.find((rule) => rule.grades)!.grades!;
    expect([95, 85, 75, 65].map((score) => gradeForScore(grades, score))).toEqual([
      "优秀",
      "良好",
      "合格",
      "不合格",
    ]);
  });

  it("puts each boundary score where the text puts it: 90 is 优秀, 80 is 良好, 70 is 合格", () => {
    const grades = rules.find((rule) => rule.grades)!.grades!;
    expect([90, 80, 70].map((score) => gradeForScore(grades, score))).toEqual(["优秀", "良好", "合格"]);
  });

  it("lists the three 一票否决 conditions of 三(四)", () => {
    expect(rules.filter((rule) => rule.kind === "veto").map((rule) => rule.clause)).toEqual([
      "三(四)1",
      "三(四)2",
      "三(四)3",
    ]);
  });

  it("has the 7月5日 and next year's 1月5日 report deadlines", () => {
    const deadlines = rules.flatMap((rule) => rule.deadlines ?? []);
    expect(deadlines.map((d) => [d.month, d.day, d.nextYear])).toEqual([
      [7, 5, false],
      [1, 5, true],
    ]);
  });

  it("has the quarterly inspections and the full assessment in January of the next year", () => {
    const steps = rules.flatMap((rule) => rule.schedule ?? []);
    expect(steps.some((step) => step.every === "quarter")).toBe(true);
    expect(steps.find((step) => step.month === 1)).toMatchObject({ nextYear: true });
  });
});
