import type { Role } from "../../domain/index.ts";
import {
  isGroupUnit,
  type Model,
  type SectorRecord,
  type TownRecord,
  type UnitRecord,
} from "../model/index.ts";
import { coverageRows, type CoverageRow } from "./coverage.ts";

/** One sector of the coverage page, with records instead of ids. */
export interface CoveragePageRow {
  sector: SectorRecord;
  /** Every lead, named units first, groups (统称) after. */
  leads: UnitRecord[];
  /** The named (non-group) leads. */
  namedLeads: UnitRecord[];
  /** The groups that lead. */
  groupLeads: UnitRecord[];
  /** Units with a weaker role there, strongest first. */
  others: Array<{ unit: UnitRecord; role: Role }>;
  status: CoverageRow["status"];
}

/** What the coverage page of a town shows: every sector's row, and the gaps and overlaps among them. */
export function coveragePage(model: Model, town: TownRecord) {
  const isGroup = isGroupUnit(model);
  const unit = (key: string) => model.units.get(key)!;
  const rows: CoveragePageRow[] = coverageRows(town.matrix, isGroup).map((row) => ({
    sector: model.sectorById.get(row.sector)!,
    leads: row.leads.map(unit),
    namedLeads: row.leads.filter((key) => !isGroup(key)).map(unit),
    groupLeads: row.leads.filter(isGroup).map(unit),
    others: row.others.map(({ unit: key, role }) => ({ unit: unit(key), role })),
    status: row.status,
  }));
  return {
    rows,
    gaps: rows.filter((row) => row.status === "gap"),
    overlaps: rows.filter((row) => row.status === "overlap"),
  };
}
