import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  mergeDuties,
  moveDuty,
  renameUnit,
  replaceUnitReferences,
  splitDuty,
} from "../../src/lib/editor/index.ts";

const POLICE = [
  "# 镇派出所 — 测试文件。职责原文逐字引用。",
  "name: 镇派出所",
  "shortName: 派出所",
  "duties:",
  "  - clause: 一1",
  "    text: 负责消防安全检查；配合开展道路交通整治。",
  "    role: lead",
  "    sectors: [fire]",
  "    note: 原文如此",
  "  - clause: 一2",
  "    text: 协助有关部门开展工作。",
  "    role: assist",
  "    sectors: [general]",
  "",
].join("\n");
const WATER =
  "# 镇水利站\nname: 镇水利站\nduties:\n  - { clause: 二1, text: 负责水库安全。, role: lead, sectors: [general] }\n";

type Unit = {
  name: string;
  shortName?: string;
  duties: Array<{ clause: string; text: string; role: string; note?: string }>;
};
const unit = (text: string) => parse(text) as Unit;
const value = <T>(result: { ok: true; value: T } | { ok: false; reason: string }): T => {
  if (!result.ok) throw new Error(result.reason);
  return result.value;
};

describe("restructuring a unit's duties in its YAML", () => {
  it("moves a duty to the end of another unit's duties, keeping both files' comments", () => {
    const { from, to } = value(moveDuty(POLICE, WATER, 1));
    expect(unit(from).duties.map((d) => d.clause)).toEqual(["一1"]);
    expect(unit(to).duties.map((d) => d.clause)).toEqual(["二1", "一2"]);
    expect(from.split("\n")[0]).toBe(POLICE.split("\n")[0]);
    expect(to.split("\n")[0]).toBe("# 镇水利站");
    expect(moveDuty(POLICE, WATER, 5).ok).toBe(false);
  });

  it("splits a duty before the words given into two verbatim pieces of the same clause, the note staying with the first", () => {
    const split = unit(value(splitDuty(POLICE, 0, "配合")));
    expect(split.duties.map((d) => [d.clause, d.text, d.role, d.note])).toEqual([
      ["一1", "负责消防安全检查；", "lead", "原文如此"],
      ["一1", "配合开展道路交通整治。", "lead", undefined],
      ["一2", "协助有关部门开展工作。", "assist", undefined],
    ]);
    expect(splitDuty(POLICE, 0, "负责").ok).toBe(false);
    expect(splitDuty(POLICE, 0, "水库").ok).toBe(false);
  });

  it("merges two adjacent pieces of one clause back, and refuses two clauses", () => {
    const split = value(splitDuty(POLICE, 0, "配合"));
    const merged = value(mergeDuties(split, 0));
    expect(merged.clause).toBe("一1");
    expect(merged.joined).toBe("负责消防安全检查；配合开展道路交通整治。");
    expect(unit(merged.text).duties).toEqual(unit(POLICE).duties);
    const refused = mergeDuties(POLICE, 0);
    expect(refused.ok).toBe(false);
    expect(refused.ok ? "" : refused.reason).toContain("同一条款");
  });

  it("renames a unit, dropping a short name the new name no longer ends with", () => {
    expect(unit(value(renameUnit(POLICE, "张山子派出所"))).shortName).toBe("派出所");
    const renamed = unit(value(renameUnit(POLICE, "镇公安分局")));
    expect([renamed.name, renamed.shortName]).toEqual(["镇公安分局", undefined]);
    expect(renameUnit(POLICE, " ").ok).toBe(false);
  });

  it("makes every reference to a unit's id (unit: keys, units: lists) the new id, and leaves other files as they are", () => {
    const roster =
      "# 名单\nmembers:\n  - { role: 组长, name: 甲, unit: police }\n  - { role: 成员, name: 乙, unit: water }\n";
    const renamedRoster = replaceUnitReferences(roster, "police", "paichusuo");
    expect(parse(renamedRoster).members.map((m: { unit: string }) => m.unit)).toEqual(["paichusuo", "water"]);
    expect(renamedRoster.split("\n")[0]).toBe("# 名单");
    const group = "name: 各部门\nappliesTo:\n  units: [police, water]\n";
    expect(parse(replaceUnitReferences(group, "police", "paichusuo")).appliesTo.units).toEqual([
      "paichusuo",
      "water",
    ]);
    expect(replaceUnitReferences(WATER, "police", "paichusuo")).toBe(WATER);
  });
});
