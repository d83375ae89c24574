import { roleRank, strongerRole, type Role } from "../../domain/index.ts";

/** The parts of a duty the matrix needs. */
export interface MatrixDuty {
  unit: string;
  role: Role;
  sectors: readonly string[];
}

/** One cell: the strongest role of a unit in a sector, and how many duties back it. */
export interface MatrixCell {
  role: Role;
  dutyCount: number;
}

/** Sectors × units. Rows and columns keep the caller's order, restricted to those in use. */
export interface Matrix {
  sectors: string[];
  units: string[];
  cells: Map<string, MatrixCell>;
  /**
   * Each sector's row as its answer reads it (unitsForSector), ordered once when the matrix is
   * built: the town page, its coverage, the booklet, the county overview and every sector page
   * read the same rows.
   */
  rows: Map<string, readonly SectorResponsibility[]>;
}

function cellKey(unit: string, sector: string): string {
  return `${unit}\u0000${sector}`;
}

/**
 * Builds the matrix of docs/ARCHITECTURE.md "The matrix": cell(unit, sector) is the strongest role among the
 * unit's duties tagged with that sector (lead > guide > assist > cooperate > participate >
 * oversee). Rows and columns with no duty are left out.
 */
export function buildMatrix(
  duties: readonly MatrixDuty[],
  unitOrder: readonly string[],
  sectorOrder: readonly string[],
): Matrix {
  const cells = new Map<string, MatrixCell>();
  for (const duty of duties) {
    for (const sector of duty.sectors) {
      const key = cellKey(duty.unit, sector);
      const cell = cells.get(key);
      cells.set(
        key,
        cell
          ? { role: strongerRole(cell.role, duty.role), dutyCount: cell.dutyCount + 1 }
          : { role: duty.role, dutyCount: 1 },
      );
    }
  }
  const usedUnits = new Set(duties.map((duty) => duty.unit));
  const usedSectors = new Set(duties.flatMap((duty) => duty.sectors));
  const sectors = sectorOrder.filter((sector) => usedSectors.has(sector));
  const units = unitOrder.filter((unit) => usedUnits.has(unit));
  return {
    sectors,
    units,
    cells,
    rows: new Map(sectors.map((sector) => [sector, rowOf(cells, units, sector)])),
  };
}

/**
 * Who is responsible for a sector: every unit with a cell in its row, strongest role first,
 * then in column order (the order of the source).
 */
function rowOf(cells: ReadonlyMap<string, MatrixCell>, units: readonly string[], sector: string) {
  const row: SectorResponsibility[] = [];
  for (const unit of units) {
    const cell = cells.get(cellKey(unit, sector));
    if (cell) row.push({ unit, role: cell.role, dutyCount: cell.dutyCount });
  }
  // A stable sort: units of equal role keep their column order.
  return row.sort((a, b) => roleRank(a.role) - roleRank(b.role));
}

/** The cell for a unit and sector, or undefined when the unit has no duty there. */
export function matrixCell(matrix: Matrix, unit: string, sector: string): MatrixCell | undefined {
  return matrix.cells.get(cellKey(unit, sector));
}

/** A unit's place in a sector's answer. */
export interface SectorResponsibility {
  unit: string;
  role: Role;
  dutyCount: number;
}

/** Who is responsible for a sector, strongest role first, then in column order: its row of the matrix. */
export function unitsForSector(matrix: Matrix, sector: string): readonly SectorResponsibility[] {
  return matrix.rows.get(sector) ?? [];
}

/** The units that lead a sector (主责), in column order. */
export function leadUnitsForSector(matrix: Matrix, sector: string): string[] {
  return unitsForSector(matrix, sector)
    .filter((entry) => entry.role === "lead")
    .map((entry) => entry.unit);
}

/** The sectors a unit has duties in, with its role there, in row order. */
export function sectorsForUnit(matrix: Matrix, unit: string): Array<{ sector: string } & MatrixCell> {
  return matrix.sectors.flatMap((sector) => {
    const cell = matrixCell(matrix, unit, sector);
    return cell ? [{ sector, ...cell }] : [];
  });
}
