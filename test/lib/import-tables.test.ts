import { describe, expect, it } from "vitest";
import { tableColumns, tableDuties } from "../../src/lib/import/index.ts";
import { parseClauses } from "../../src/lib/sources/index.ts";

const clauses = parseClauses(
  [
    "一、专项整治安排表",
    "专项整治行业名称\t时间安排\t责任单位\t备注",
    "烟花爆竹\t1月份\t安监站 安监所\t重点",
    "电力设施\t3月份\t电管所\t",
  ].join("\n"),
).clauses;

describe("reading a table by what its columns mean", () => {
  it("takes each column by its header's words and lists what each was taken as", () => {
    expect(tableColumns(clauses)).toEqual([
      {
        clause: expect.any(String),
        columns: [
          { header: "专项整治行业名称", meaning: "duty" },
          { header: "时间安排", meaning: "other" },
          { header: "责任单位", meaning: "who" },
          { header: "备注", meaning: "other" },
        ],
      },
    ]);
    const { duties } = tableDuties(clauses);
    expect(duties.map((duty) => [duty.unit, duty.text, duty.role])).toEqual([
      ["安监站", "烟花爆竹", undefined],
      ["安监所", "烟花爆竹", undefined],
      ["电管所", "电力设施", undefined],
    ]);
  });

  it("reads a column as the clerk says: bearers with a role, the duty, or neither", () => {
    const said = new Map([
      ["责任单位", "cooperate"],
      ["备注", "duty"],
      ["专项整治行业名称", "other"],
    ] as const);
    expect(tableColumns(clauses, said)[0]!.columns.map((column) => column.meaning)).toEqual([
      "other",
      "other",
      "cooperate",
      "duty",
    ]);
    const { duties } = tableDuties(clauses, said);
    // A row whose duty cell is empty gives no duty.
    expect(duties.map((duty) => [duty.unit, duty.text, duty.role])).toEqual([
      ["安监站", "重点", "cooperate"],
      ["安监所", "重点", "cooperate"],
    ]);
  });

  it("reads no table where the clerk says no column names a bearer", () => {
    expect(tableColumns(clauses, new Map([["责任单位", "other"]]))).toEqual([]);
    expect(tableDuties(clauses, new Map([["责任单位", "other"]])).duties).toEqual([]);
  });
});
