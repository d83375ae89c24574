import { describe, expect, it } from "vitest";
import {
  buildMatrix,
  leadUnitsForSector,
  matrixCell,
  sectorsForUnit,
  unitsForSector,
} from "../../src/lib/model/index.ts";

const duties = [
  { unit: "police", role: "lead", sectors: ["fireworks", "fire"] },
  { unit: "market", role: "assist", sectors: ["fireworks"] },
  { unit: "market", role: "oversee", sectors: ["fireworks"] },
  { unit: "culture", role: "assist", sectors: ["fire"] },
  { unit: "culture", role: "lead", sectors: ["culture"] },
  { unit: "village", role: "participate", sectors: ["fireworks"] },
] as const;
const units = ["village", "culture", "market", "police", "unused-unit"];
const sectors = ["fire", "fireworks", "culture", "unused-sector"];

describe("buildMatrix", () => {
  const matrix = buildMatrix(duties, units, sectors);

  it("takes the strongest role of a unit's duties in a sector", () => {
    expect(matrixCell(matrix, "market", "fireworks")).toEqual({ role: "assist", dutyCount: 2 });
  });

  it("counts a duty tagged with two sectors in both rows", () => {
    expect(matrixCell(matrix, "police", "fire")?.role).toBe("lead");
    expect(matrixCell(matrix, "police", "fireworks")?.role).toBe("lead");
  });

  it("leaves a cell empty where the unit has no duty", () => {
    expect(matrixCell(matrix, "police", "culture")).toBeUndefined();
  });

  it("keeps the callers' order and drops rows and columns without duties", () => {
    expect(matrix.units).toEqual(["village", "culture", "market", "police"]);
    expect(matrix.sectors).toEqual(["fire", "fireworks", "culture"]);
  });
});

describe("who is responsible for a sector", () => {
  const matrix = buildMatrix(duties, units, sectors);

  it("lists the lead unit first, then by role, then in column order", () => {
    expect(unitsForSector(matrix, "fireworks").map((e) => `${e.unit}:${e.role}`)).toEqual([
      "police:lead",
      "market:assist",
      "village:participate",
    ]);
  });

  it("keeps units of the same role in column order, whatever order their duties come in", () => {
    const tied = buildMatrix(
      [
        { unit: "police", role: "assist", sectors: ["flood"] },
        { unit: "market", role: "lead", sectors: ["flood"] },
        { unit: "village", role: "assist", sectors: ["flood"] },
      ],
      units,
      ["flood"],
    );
    expect(unitsForSector(tied, "flood").map((e) => e.unit)).toEqual(["market", "village", "police"]);
  });

  it("names only the lead units as leads", () => {
    expect(leadUnitsForSector(matrix, "fire")).toEqual(["police"]);
    expect(leadUnitsForSector(matrix, "unused-sector")).toEqual([]);
  });

  it("lists a unit's sectors in row order", () => {
    expect(sectorsForUnit(matrix, "culture").map((e) => `${e.sector}:${e.role}`)).toEqual([
      "fire:assist",
      "culture:lead",
    ]);
  });
});
