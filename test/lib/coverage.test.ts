import { describe, expect, it } from "vitest";
import { coverageOf } from "../../src/lib/coverage.ts";
import { buildMatrix } from "../../src/lib/matrix.ts";

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
