import { GENERAL_SECTOR, type Role } from "../../domain/index.ts";
import { GAP_MEANING } from "./wording.ts";
import { leadUnitsForSector, unitsForSector, type Matrix, isGroupUnit, type Model } from "../model/index.ts";

/** Coverage findings for one town (docs/ARCHITECTURE.md "The matrix"). */
export interface Coverage {
  /** 盲区: sectors with duties but no lead unit. */
  gaps: string[];
  /** 交叉: sectors with more than one lead unit, and those units. */
  overlaps: Array<{ sector: string; leads: string[] }>;
}

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

/** One town's coverage in words: sector and unit names, for the check's table and the coverage page. */
export interface CoverageSummary {
  town: string;
  townName: string;
  sectorsInUse: number;
  gaps: Array<{ sector: string; name: string }>;
  overlaps: Array<{ sector: string; name: string; leads: string[] }>;
}

/** Every town's coverage, named; group units (统称) do not count as leads. */
export function coverageSummaries(model: Model): CoverageSummary[] {
  return model.towns.map((town) => {
    const coverage = coverageOf(town.matrix, isGroupUnit(model));
    const sectorName = (id: string) => model.sectorById.get(id)!.data.name;
    return {
      town: town.id,
      townName: town.data.name,
      sectorsInUse: town.matrix.sectors.length,
      gaps: coverage.gaps.map((sector) => ({ sector, name: sectorName(sector) })),
      overlaps: coverage.overlaps.map(({ sector, leads }) => ({
        sector,
        name: sectorName(sector),
        leads: leads.map((key) => model.units.get(key)!.data.name),
      })),
    };
  });
}

/** The check's coverage table: one row per town, then each gap and overlap on its own line. */
export function formatCoverageTable(summaries: readonly CoverageSummary[]): string {
  const rows = summaries.map((s) => [
    s.townName,
    String(s.sectorsInUse),
    String(s.gaps.length),
    String(s.overlaps.length),
  ]);
  const header = ["辖区 jurisdiction", "领域 sectors", "盲区 gaps", "交叉 overlaps"];
  // CJK characters take two columns in a terminal.
  const width = (text: string) =>
    [...text].reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]!))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c + " ".repeat(widths[i]! - width(c)))
      .join("  ")
      .trimEnd();
  const details = summaries.flatMap((s) => [
    ...s.gaps.map(
      (g) => `  盲区 gap      ${s.townName} · ${g.name}：${GAP_MEANING} / duties but no lead unit`,
    ),
    ...s.overlaps.map(
      (o) => `  交叉 overlap  ${s.townName} · ${o.name}：${o.leads.join("、")} 都是主责 / several lead units`,
    ),
  ]);
  return [line(header), ...rows.map(line), ...(details.length ? ["", ...details] : [])].join("\n");
}

/** One sector of a town's coverage page: who leads, who else has duties, and the finding. */
export interface CoverageRow {
  sector: string;
  /** Lead units, named units first, groups (统称) after. */
  leads: string[];
  /** Units with a weaker role there, strongest first. */
  others: Array<{ unit: string; role: Role }>;
  status: "gap" | "overlap" | "ok";
}

/** Every sector in use in a town, in matrix row order, with its coverage finding. */
export function coverageRows(matrix: Matrix, isGroup: (unit: string) => boolean): CoverageRow[] {
  const { gaps, overlaps } = coverageOf(matrix, isGroup);
  return matrix.sectors.map((sector) => {
    const entries = unitsForSector(matrix, sector);
    const leads = entries.filter((e) => e.role === "lead").map((e) => e.unit);
    return {
      sector,
      leads: [...leads.filter((u) => !isGroup(u)), ...leads.filter(isGroup)],
      others: entries.filter((e) => e.role !== "lead").map(({ unit, role }) => ({ unit, role })),
      status: gaps.includes(sector) ? "gap" : overlaps.some((o) => o.sector === sector) ? "overlap" : "ok",
    };
  });
}
