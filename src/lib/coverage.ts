import { leadUnitsForSector, unitsForSector, type Matrix } from "./matrix.ts";

/** Coverage findings for one town (DESIGN.md "The matrix"). */
export interface Coverage {
  /** 盲区: sectors with duties but no lead unit. */
  gaps: string[];
  /** 交叉: sectors with more than one lead unit, and those units. */
  overlaps: Array<{ sector: string; leads: string[] }>;
}

/** The catch-all sector: every leader "leads" it, so several leads there is no overlap worth showing. */
export const GENERAL_SECTOR = "general";

/**
 * Group units (统称 such as 其他有关部门) are excluded from the lead count: a lead by
 * "every department" does not say who answers the phone.
 */
export function coverageOf(matrix: Matrix, isGroup: (unit: string) => boolean): Coverage {
  const gaps: string[] = [];
  const overlaps: Coverage["overlaps"] = [];
  for (const sector of matrix.sectors) {
    const leads = leadUnitsForSector(matrix, sector).filter((unit) => !isGroup(unit));
    const anyone = unitsForSector(matrix, sector).some((entry) => !isGroup(entry.unit));
    if (leads.length === 0 && anyone) gaps.push(sector);
    if (leads.length > 1 && sector !== GENERAL_SECTOR) overlaps.push({ sector, leads });
  }
  return { gaps, overlaps };
}
