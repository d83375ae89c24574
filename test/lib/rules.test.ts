import { describe, expect, it } from "vitest";
import { RULE_KINDS_IN_READING_ORDER, type RuleKind } from "../../src/domain/index.ts";
import {
  gradeForScore,
  kindNotes,
  overlappingGrades,
  ruleCount,
  rulesByKind,
} from "../../src/lib/rules/index.ts";
import type { Grade } from "../../src/schemas/rule.ts";

const band = (name: string, min?: number, max?: number): Grade => ({
  name,
  phrase: name,
  minInclusive: true,
  maxInclusive: false,
  ...(min === undefined ? {} : { min }),
  ...(max === undefined ? {} : { max }),
});
const grades = [band("A", 90), band("B", 80, 90), band("C", 70, 80), band("D", undefined, 70)];

describe("gradeForScore", () => {
  it("puts a boundary score in the band that includes it", () => {
    expect([90, 89.5, 80, 70, 69.9].map((score) => gradeForScore(grades, score))).toEqual([
      "A",
      "B",
      "B",
      "C",
      "D",
    ]);
  });

  it("returns nothing when no band holds the score", () => {
    expect(gradeForScore([band("A", 90)], 50)).toBeUndefined();
  });
});

describe("overlappingGrades", () => {
  it("accepts bands that meet exactly", () => {
    expect(overlappingGrades(grades)).toEqual([]);
  });

  it("names bands that overlap or leave a gap", () => {
    expect(overlappingGrades([band("A", 90), band("B", 80, 91)]).sort()).toEqual(["A", "B"]);
    expect(overlappingGrades([band("A", 90), band("B", 80, 85)])).not.toEqual([]);
  });
});

describe("rulesByKind", () => {
  const rule = (kind: RuleKind, id: string) => ({ kind, id });

  it("groups rules in reading order (targets before assessment before accountability), keeping each group's order", () => {
    const { groups } = rulesByKind([
      rule("accountability", "a"),
      rule("assessment", "b"),
      rule("target", "c"),
      rule("assessment", "d"),
    ]);
    expect(groups.map((g) => [g.kind, g.rules.map((r) => r.id)])).toEqual([
      ["target", ["c"]],
      ["assessment", ["b", "d"]],
      ["accountability", ["a"]],
    ]);
  });

  it("counts a kind another rule's text names as mentioned there, not as left out", () => {
    const rules = [
      { kind: "assessment" as const, clause: "五(五)", text: "对突破控制指标的单位实行“一票否决”。" },
    ];
    const byKind = rulesByKind(rules);
    expect(byKind.mentioned.map(({ kind }) => kind)).toEqual(["target", "veto"]);
    expect(byKind.missing).not.toContain("veto");
    expect(kindNotes(byKind)).toEqual([
      "控制目标、一票否决：来源文件没有单列，写在 五(五) 中（见上）。",
      "来源文件没有规定：考核安排、报送时限、责任追究、工作要求。",
    ]);
  });

  it("names every kind the rules leave out, and counts rules of one kind", () => {
    const rules = [rule("veto", "a"), rule("veto", "b")];
    expect(rulesByKind(rules).missing).toEqual(RULE_KINDS_IN_READING_ORDER.filter((kind) => kind !== "veto"));
    expect(ruleCount(rules, "veto")).toBe(2);
    expect(ruleCount(rules, "target")).toBe(0);
  });
});
