import type { Grade } from "../../schemas/rule.ts";

/** True when the score falls in the band, honouring whether each end is included. */
export function scoreInBand(grade: Grade, score: number): boolean {
  const aboveMin = grade.min === undefined || (grade.minInclusive ? score >= grade.min : score > grade.min);
  const belowMax = grade.max === undefined || (grade.maxInclusive ? score <= grade.max : score < grade.max);
  return aboveMin && belowMax;
}

/** The grade a score earns under the encoded bands, or undefined when no band holds it. */
export function gradeForScore(grades: readonly Grade[], score: number): string | undefined {
  return grades.find((grade) => scoreInBand(grade, score))?.name;
}

/**
 * Names of adjacent grades whose bands overlap or leave a gap, checked at every boundary
 * the bands state (each boundary must belong to exactly one band).
 */
export function overlappingGrades(grades: readonly Grade[]): string[] {
  const boundaries = [
    ...new Set(grades.flatMap((g) => [g.min, g.max]).filter((n): n is number => n !== undefined)),
  ];
  const faults = new Set<string>();
  for (const boundary of boundaries) {
    for (const score of [boundary - 0.5, boundary, boundary + 0.5]) {
      const holding = grades.filter((grade) => scoreInBand(grade, score));
      if (holding.length !== 1) for (const g of holding.length ? holding : grades) faults.add(g.name);
    }
  }
  return [...faults];
}
