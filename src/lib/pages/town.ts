import { townsInAnswerOrder, type Role } from "../../domain/index.ts";
import { coverageOf } from "../coverage/index.ts";
import { reviewEntries } from "../review/index.ts";
import {
  isGroupUnit,
  leadUnitsForSector,
  sectorsByGroup,
  unitsByKind,
  unitsForSector,
  type Model,
  type SectorRecord,
  type TownRecord,
  type UnitRecord,
} from "../model/index.ts";

/** One sector of the town page's "按领域查看": its leads' short names and every unit with its role. */
export interface TownSectorSummary {
  sector: SectorRecord;
  /** Short labels of the lead units, in column order; empty when nobody leads. */
  leadLabels: string[];
  responsible: Array<{ unit: UnitRecord; role: Role }>;
}

/**
 * What the town page shows: the matrix's columns and row groups, counts, the sector
 * summaries, the coverage findings and the units by kind — all as records.
 */
export function townPage(model: Model, town: TownRecord) {
  const { matrix } = town;
  const unit = (key: string) => model.units.get(key)!;
  const sector = (id: string) => model.sectorById.get(id)!;
  const columns = matrix.units.map(unit);
  const coverage = coverageOf(matrix, isGroupUnit(model));
  return {
    /** The matrix's columns: units with duties, in source order. */
    columns,
    rowGroups: sectorsByGroup(model, matrix.sectors),
    dutyCount: columns.reduce((sum, column) => sum + column.duties.length, 0),
    sectorSummaries: matrix.sectors.map((id): TownSectorSummary => ({
      sector: sector(id),
      leadLabels: leadUnitsForSector(matrix, id).map((key) => unit(key).label),
      responsible: unitsForSector(matrix, id).map((entry) => ({ unit: unit(entry.unit), role: entry.role })),
    })),
    gaps: coverage.gaps.map(sector),
    overlaps: coverage.overlaps.map((overlap) => ({
      sector: sector(overlap.sector),
      leads: overlap.leads.map(unit),
    })),
    unitsByKind: unitsByKind(town),
    /** Guesses of an import still to check (待审核). */
    reviewCount: reviewEntries(town).length,
  };
}

/**
 * Towns in the home page's order, which is the lookup's with no town chosen: the deployment's
 * home towns first, real towns, then 范本 and 汇编 (the one order, `townsInAnswerOrder`). The
 * search's town filter follows it.
 */
export function townsInHomeOrder(model: Model): TownRecord[] {
  return townsInAnswerOrder(
    model.towns.map((town) => ({ id: town.id, standing: town.standing, home: town.home, town })),
  ).map(({ town }) => town);
}
