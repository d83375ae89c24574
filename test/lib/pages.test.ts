import { describe, expect, it } from "vitest";
import { sourceChapters, sourceListPage, sourcePage, townPage, unitPage } from "../../src/lib/pages/index.ts";
import { parseClauses } from "../../src/lib/sources/index.ts";
import { checkedModel, minimalContent, withCommonDuties } from "../helpers/fixture.ts";

describe("townPage", () => {
  it("gives the matrix's columns, counts, and each sector's leads and responsible units as records", () => {
    const model = checkedModel(minimalContent());
    const page = townPage(model, model.towns[0]!);
    expect(page.columns.map((unit) => unit.key)).toEqual(["testtown/police", "testtown/water"]);
    expect(page.dutyCount).toBe(3);
    expect(page.rowGroups.map(({ group, sectors }) => [group, sectors.map((s) => s.id)])).toEqual([
      ["公共安全", ["fire"]],
      ["工贸与能源", ["gas"]],
    ]);
    expect(
      page.sectorSummaries.map(({ sector, leadLabels, responsible }) => [
        sector.id,
        leadLabels,
        responsible.map(({ unit, role }) => `${unit.data.name}:${role}`),
      ]),
    ).toEqual([
      ["fire", ["测试派出所"], ["测试派出所:lead"]],
      ["gas", ["测试水利站"], ["测试水利站:lead", "测试派出所:assist"]],
    ]);
    expect(page.unitsByKind.map(({ kind, units }) => [kind, units.length])).toEqual([["department", 2]]);
  });

  it("reports a gap by its sector record and an overlap with its lead units", () => {
    const content = minimalContent();
    // The water station's one duty moves from gas to fire: gas keeps only the police's 协助.
    content.units.find((u) => u.id === "testtown/water")!.data.duties[0]!.sectors = ["fire"];
    const model = checkedModel(content);
    const { gaps, overlaps } = townPage(model, model.towns[0]!);
    expect(gaps.map((sector) => sector.data.name)).toEqual(["燃气"]);
    expect(overlaps.map(({ sector, leads }) => [sector.id, leads.map((u) => u.key)])).toEqual([
      ["fire", ["testtown/police", "testtown/water"]],
    ]);
  });
});

describe("unitPage", () => {
  it("finds the unit's town, source, sector roles, binding groups and the sectors' everyday words", () => {
    const model = checkedModel(withCommonDuties());
    const page = unitPage(model, model.units.get("testtown/police")!);
    expect(page.town.id).toBe("testtown");
    expect(page.source.id).toBe("mini");
    expect(page.sectorRoles.map(({ sector, role }) => [sector.id, role])).toEqual([
      ["fire", "lead"],
      ["gas", "assist"],
    ]);
    expect(page.groups.map((g) => g.key)).toEqual(["testtown/common"]);
    expect(page.bound).toEqual([]);
    expect(page.keywords).toEqual(["火灾", "液化气"]);
  });

  it("lists the units a group binds on the group's own page", () => {
    const model = checkedModel(withCommonDuties());
    const page = unitPage(model, model.units.get("testtown/common")!);
    expect(page.bound.map((u) => u.key)).toEqual(["testtown/police", "testtown/water"]);
    expect(page.groups).toEqual([]);
  });
});

describe("source pages", () => {
  it("count each source's encoded duties and name its towns", () => {
    const model = checkedModel(withCommonDuties());
    expect(sourceListPage(model).map(({ source, duties, towns }) => [source.id, duties, towns])).toEqual([
      ["mini", 4, ["测试镇"]],
    ]);
    const source = model.sources.get("mini")!;
    const { towns, citations } = sourcePage(model, source);
    expect(towns.map((t) => t.id)).toEqual(["testtown"]);
    expect(citations.get("二1(1)")?.length).toBeGreaterThan(0);
  });
});

describe("sourceChapters", () => {
  const long = Array.from({ length: 24 }, (_, i) => `${i + 1}、第${i + 1}项工作；`).join("\n");
  const text = `关于安全生产的意见\n一、总的原则\n（一）坚持安全第一。\n二、部门职责\n（一）共同职责\n${long}\n（二）具体职责\n1、负责消防。\n三、有关要求与责任追究的具体办法和程序规定\n（一）严格考核。`;
  const chapters = sourceChapters(parseClauses(text).clauses);

  it("lists the numbered top-level clauses, not the unnumbered preamble, each with its own words shortened", () => {
    expect(chapters.map((chapter) => chapter.label)).toEqual([
      "一、总的原则",
      "二、部门职责",
      "三、有关要求与责任追究的具体办法和程…",
    ]);
  });

  it("lists the numbered sections of a long chapter only", () => {
    expect(chapters.map((chapter) => chapter.sections.map((section) => section.label))).toEqual([
      [],
      ["（一）共同职责", "（二）具体职责"],
      [],
    ]);
  });
});
