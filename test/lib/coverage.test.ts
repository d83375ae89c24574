import { describe, expect, it } from "vitest";
import { coverageOf, coveragePage, coverageRows, formatCoverageTable } from "../../src/lib/coverage/index.ts";
import { buildMatrix } from "../../src/lib/model/index.ts";
import { checkedModel, minimalContent, withCommonDuties } from "../helpers/fixture.ts";

describe("coverageOf", () => {
  const matrix = buildMatrix(
    [
      { unit: "economy", role: "assist", sectors: ["pipelines"] },
      { unit: "police", role: "lead", sectors: ["chemicals"] },
      { unit: "environment", role: "lead", sectors: ["chemicals"] },
      { unit: "others", role: "lead", sectors: ["pipelines", "general"] },
      { unit: "police", role: "lead", sectors: ["fire"] },
    ],
    ["economy", "police", "environment", "others"],
    ["pipelines", "chemicals", "fire", "general"],
  );
  const coverage = coverageOf(matrix, (unit) => unit === "others");

  it("reports a sector with duties but no lead unit as a gap, ignoring catch-all groups", () => {
    expect(coverage.gaps).toEqual(["pipelines"]);
  });

  it("reports a sector with several lead units as an overlap, naming them", () => {
    expect(coverage.overlaps).toEqual([{ sector: "chemicals", leads: ["police", "environment"] }]);
  });

  it("does not report several leads of the catch-all general sector as an overlap", () => {
    const general = buildMatrix(
      [
        { unit: "mayor", role: "lead", sectors: ["general"] },
        { unit: "secretary", role: "lead", sectors: ["general"] },
      ],
      ["mayor", "secretary"],
      ["general"],
    );
    expect(coverageOf(general, () => false).overlaps).toEqual([]);
  });

  it("does not report a sector whose only duties belong to a group", () => {
    expect(coverage.gaps).not.toContain("general");
  });
});

describe("coverageRows", () => {
  it("gives every sector its leads (named units before groups), the others and the finding", () => {
    const matrix = buildMatrix(
      [
        { unit: "others", role: "lead", sectors: ["fire"] },
        { unit: "police", role: "lead", sectors: ["fire"] },
        { unit: "water", role: "assist", sectors: ["fire", "gas"] },
        { unit: "gasco", role: "lead", sectors: ["chemicals"] },
        { unit: "police", role: "lead", sectors: ["chemicals"] },
      ],
      ["others", "police", "water", "gasco"],
      ["fire", "gas", "chemicals"],
    );
    expect(coverageRows(matrix, (unit) => unit === "others")).toEqual([
      {
        sector: "fire",
        leads: ["police", "others"],
        others: [{ unit: "water", role: "assist" }],
        status: "ok",
      },
      { sector: "gas", leads: [], others: [{ unit: "water", role: "assist" }], status: "gap" },
      { sector: "chemicals", leads: ["police", "gasco"], others: [], status: "overlap" },
    ]);
  });
});

describe("formatCoverageTable", () => {
  it("prints a row per town and a line per gap and overlap, in Chinese and English", () => {
    const table = formatCoverageTable([
      {
        town: "t",
        townName: "测试镇",
        sectorsInUse: 3,
        gaps: [{ sector: "gas", name: "燃气" }],
        overlaps: [{ sector: "fire", name: "消防", leads: ["派出所", "消防队"] }],
      },
    ]);
    const lines = table.split("\n");
    expect(lines[0]).toMatch(/^辖区 jurisdiction\s+领域 sectors\s+盲区 gaps\s+交叉 overlaps$/);
    expect(lines[1]).toMatch(/^测试镇\s+3\s+1\s+1$/);
    expect(table).toContain("盲区 gap      测试镇 · 燃气：有职责但没有主责单位 / duties but no lead unit");
    expect(table).toContain("交叉 overlap  测试镇 · 消防：派出所、消防队 都是主责 / several lead units");
  });
});

describe("coveragePage", () => {
  it("names each sector's leads and other units as records, named leads before groups", () => {
    const model = checkedModel(withCommonDuties());
    const { rows, gaps, overlaps } = coveragePage(model, model.towns[0]!);
    expect(rows.map((row) => [row.sector.data.name, row.leads.map((u) => u.data.name), row.status])).toEqual([
      ["消防", ["测试派出所", "各测试部门"], "ok"],
      ["燃气", ["测试水利站"], "ok"],
    ]);
    expect(rows[0]!.namedLeads.map((u) => u.key)).toEqual(["testtown/police"]);
    expect(rows[0]!.groupLeads.map((u) => u.key)).toEqual(["testtown/common"]);
    expect(rows[1]!.others.map(({ unit, role }) => [unit.key, role])).toEqual([
      ["testtown/police", "assist"],
    ]);
    expect([gaps, overlaps]).toEqual([[], []]);
  });

  it("lists a sector left without a lead as a gap, and one with two named leads as an overlap", () => {
    const content = minimalContent();
    // The water station's one duty moves from gas to fire: gas keeps only the police's 协助.
    content.units.find((u) => u.id === "testtown/water")!.data.duties[0]!.sectors = ["fire"];
    const model = checkedModel(content);
    const { gaps, overlaps } = coveragePage(model, model.towns[0]!);
    expect(gaps.map((row) => row.sector.id)).toEqual(["gas"]);
    expect(overlaps.map((row) => [row.sector.id, row.namedLeads.map((u) => u.key)])).toEqual([
      ["fire", ["testtown/police", "testtown/water"]],
    ]);
  });
});
