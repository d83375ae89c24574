import { describe, expect, it } from "vitest";
import { gradeForScore, overlappingGrades } from "../../src/lib/rules/index.ts";
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
