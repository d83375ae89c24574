import {
  unitsForSector,
  type Model,
  type PrincipleRecord,
  type SectorRecord,
  type SourceRecord,
  type TownRecord,
  type UnitRecord,
} from "../model/index.ts";
import { ROLE_LABELS } from "../../domain/index.ts";
import { type DutySheet, dutySheet } from "./sheet.ts";

/**
 * The town's booklet: every unit's sheet in order, numbered, with the quick reference and the
 * contents' page numbers.
 */

/** One sheet of the booklet, numbered as the contents list it. */
export interface BookletSheet {
  number: number;
  sheet: DutySheet;
}

/** Everything the town booklet shows: cover, contents, principles, one sheet per unit. */
export interface Booklet {
  town: TownRecord;
  sources: SourceRecord[];
  dutyCount: number;
  /** The principles the town's sources state, with only those statements. */
  principles: Array<{ principle: PrincipleRecord; statements: PrincipleRecord["statements"] }>;
  sheets: BookletSheet[];
  /** Sheet number of each unit key, so a sheet can point at the group sheet it refers to. */
  sheetNumberOf: Map<string, number>;
}

export function townBooklet(model: Model, town: TownRecord): Booklet {
  const { units } = town;
  const sheets = units.map((unit, index) => ({ number: index + 1, sheet: dutySheet(model, unit) }));
  return {
    town,
    sources: town.sources,
    dutyCount: units.reduce((sum, unit) => sum + unit.duties.length, 0),
    principles: model.principles.flatMap((principle) => {
      const statements = principle.statements.filter((s) =>
        town.sources.some((source) => source.id === s.source),
      );
      return statements.length > 0 ? [{ principle, statements }] : [];
    }),
    sheets,
    sheetNumberOf: new Map(sheets.map(({ number, sheet }) => [sheet.unit.key, number])),
  };
}

/** One row of the booklet's quick reference: a sector and who answers for it. */
export interface QuickReferenceRow {
  sector: SectorRecord;
  /** Departments and groups that lead (主责), by short name. */
  leads: string[];
  /** The others with a duty in the sector, each with its role: 农机站（协助）. */
  supports: string[];
  /** Villages and work points with a duty in it (属地). */
  territory: string[];
}

/**
 * The booklet's one-page quick reference, 领域 → 主责 / 协助 / 属地, for the units a clerk
 * sends work to: posts and bodies (书记, 镇长, 镇政府) are left out, as they answer for all of it.
 */
export function quickReference(model: Model, town: TownRecord): QuickReferenceRow[] {
  return town.matrix.sectors.flatMap((id) => {
    const entries = unitsForSector(town.matrix, id)
      .map((entry) => ({ unit: model.units.get(entry.unit)!, role: entry.role }))
      .filter(({ unit }) => unit.data.kind !== "post" && unit.data.kind !== "body");
    const village = (unit: UnitRecord) => unit.data.kind === "village";
    const row = {
      sector: model.sectorById.get(id)!,
      leads: entries.filter((e) => e.role === "lead" && !village(e.unit)).map((e) => e.unit.label),
      supports: entries
        .filter((e) => e.role !== "lead" && !village(e.unit))
        .map((e) => `${e.unit.label}（${ROLE_LABELS[e.role]}）`),
      territory: entries.filter((e) => village(e.unit)).map((e) => e.unit.label),
    };
    return row.leads.length + row.supports.length + row.territory.length > 0 ? [row] : [];
  });
}

/**
 * The page each booklet sheet starts on, read back from a printed PDF: sheet N's header
 * prints "…职责清单 表 N", which no other page does (the contents print "表 N" without it).
 */
export function sheetStartPages(
  pageTexts: readonly string[],
  numbers: readonly number[],
): Map<number, number> {
  const flat = pageTexts.map((text) => text.replace(/\s+/g, ""));
  const starts = new Map<number, number>();
  for (const number of numbers) {
    const marker = new RegExp(`职责清单表${number}(?!\\d)`);
    const index = flat.findIndex((text) => marker.test(text));
    if (index >= 0) starts.set(number, index + 1);
  }
  return starts;
}
