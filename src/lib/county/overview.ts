import { GENERAL_SECTOR } from "../../domain/index.ts";
import {
  leadUnitsForSector,
  postComparisons,
  type Model,
  type SectorRecord,
  type TownRecord,
  type UnitRecord,
} from "../model/index.ts";

/** One town's answer for one sector: the units its matrix marks 主责 there. */
export interface CountyCell {
  town: TownRecord;
  /** Units whose strongest role in the sector is lead, in the town's matrix order. */
  leads: UnitRecord[];
  /** Whether the town's documents give the sector any duty at all. */
  inUse: boolean;
  /** No lead here while most towns name one: the gap a county office asks the town about. */
  gap: boolean;
}

/** One sector across the county's towns. */
export interface CountyRow {
  sector: SectorRecord;
  cells: CountyCell[];
  /** How many towns name a lead for it. */
  townsWithLead: number;
}

/** One post (党委书记, 镇长 …) across the towns: the unit each town's documents give it, if any. */
export interface CountyPostRow {
  type: string;
  label: string;
  cells: Array<{ town: TownRecord; unit: UnitRecord | undefined }>;
}

/** The county overview: its real towns side by side per sector and per post. */
export interface CountyOverview {
  towns: TownRecord[];
  rows: CountyRow[];
  posts: CountyPostRow[];
}

/** Whether `count` of `total` towns is "most towns": more than half. */
export function isMost(count: number, total: number): boolean {
  return count * 2 > total;
}

/**
 * Who leads each sector in each real town, as each town's matrix says (the 主责 cells of
 * its row; 综合 left out), with the gaps a county looks for: a town without a lead in a sector most towns
 * give one. 范本 and 汇编 are not towns of the county and are left out.
 */
export function countyOverview(model: Model): CountyOverview {
  const towns = model.towns.filter((town) => town.standing === "town");
  const rows = model.sectors
    // 综合 is led by every leader of every town: a row of whole leaderships says nothing.
    .filter((sector) => sector.id !== GENERAL_SECTOR)
    .filter((sector) => towns.some((town) => town.matrix.sectors.includes(sector.id)))
    .map((sector): CountyRow => {
      const cells = towns.map((town) => ({
        town,
        leads: leadUnitsForSector(town.matrix, sector.id).map((key) => model.units.get(key)!),
        inUse: town.matrix.sectors.includes(sector.id),
        gap: false,
      }));
      const townsWithLead = cells.filter((cell) => cell.leads.length > 0).length;
      const most = isMost(townsWithLead, towns.length);
      return {
        sector,
        townsWithLead,
        cells: cells.map((cell) => ({ ...cell, gap: most && cell.leads.length === 0 })),
      };
    });
  const posts = postComparisons(model)
    .map((post) => ({
      type: post.type,
      label: post.label,
      cells: towns.map((town) => ({
        town,
        unit: post.columns.find((column) => column.town.id === town.id)?.unit,
      })),
    }))
    .filter((post) => post.cells.some((cell) => cell.unit));
  return { towns, rows, posts };
}

/** The overview as rows of text for the workbook: 领域, then one column per town; gaps marked. */
export function countyOverviewRows(overview: CountyOverview): string[][] {
  return [
    ["行业领域", ...overview.towns.map((town) => town.data.name)],
    ...overview.rows.map((row) => [
      row.sector.data.name,
      ...row.cells.map((cell) =>
        cell.leads.length > 0
          ? cell.leads.map((unit) => unit.label).join("、")
          : cell.gap
            ? `（${COUNTY_GAP_LABEL}）`
            : cell.inUse
              ? "（未写明主责）"
              : "",
      ),
    ]),
  ];
}

/** The posts as rows of text for the workbook: 岗位, then the unit each town's documents name. */
export function countyPostRows(overview: CountyOverview): string[][] {
  return [
    ["岗位", ...overview.towns.map((town) => town.data.name)],
    ...overview.posts.map((post) => [
      post.label,
      ...post.cells.map((cell) =>
        cell.unit ? `${cell.unit.data.name}（${cell.unit.duties.length} 条）` : "",
      ),
    ]),
  ];
}

/** What a gap cell says: most towns name a lead, this one does not. */
export const COUNTY_GAP_LABEL = "多数镇有主责，本镇未写明";

/** What the overview is, for its own page and the links to it. */
export function countyOverviewLine(townCount: number): string {
  return `${townCount} 个乡镇按行业领域并排`;
}

/** The overview's list of each town's gaps. */
export const COUNTY_GAPS_TITLE = "缺主责的领域";
