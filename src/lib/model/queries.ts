import { UNIT_KINDS, type UnitKind, type Role } from "../../domain/index.ts";
import { citationLabel } from "../sources/index.ts";
import { unitsForSector } from "./matrix.ts";
import type { Sector } from "../../schemas/sector.ts";
import type { DutyRecord, Model, SectorRecord, TownRecord, UnitRecord } from "./types.ts";

/** Every everyday word for a sector: its aliases, then the one-character words allowed one by one. */
export function sectorAliases(sector: Sector): string[] {
  return [...sector.aliases, ...sector.oneCharacterAliases];
}

/**
 * Whether a unit key names a group (统称 such as 其他有关部门): groups do not count as
 * the lead unit a clerk can call, in coverage and in the matrix's findings.
 */
export function isGroupUnit(model: Model): (key: string) => boolean {
  return (key) => model.units.get(key)?.data.kind === "group";
}

/** Per model: each unit's binding groups and each group's bound units, computed once. */
const groupIndexes = new WeakMap<
  Model,
  { groupsOf: Map<string, UnitRecord[]>; boundBy: Map<string, UnitRecord[]> }
>();

/**
 * Which groups bind which units, town by town: a group binds the units of its own town that
 * its `appliesTo` names by kind or by file name. Built once per model, so pages that ask
 * per unit do not rescan every unit of every town (quadratic at a county's scale).
 */
function groupIndex(model: Model) {
  const cached = groupIndexes.get(model);
  if (cached) return cached;
  const groupsOf = new Map<string, UnitRecord[]>();
  const boundBy = new Map<string, UnitRecord[]>();
  for (const town of model.towns) {
    const { units } = town;
    const groups = units.filter((unit) => unit.data.kind === "group");
    for (const unit of units) {
      const binding = groups.filter(
        (group) =>
          group.key !== unit.key &&
          (group.data.appliesTo?.kinds.includes(unit.data.kind as UnitKind) ||
            group.data.appliesTo?.units.includes(unit.slug)),
      );
      groupsOf.set(unit.key, binding);
      for (const group of binding) {
        if (!boundBy.has(group.key)) boundBy.set(group.key, []);
        boundBy.get(group.key)!.push(unit);
      }
    }
  }
  const index = { groupsOf, boundBy };
  groupIndexes.set(model, index);
  return index;
}

/**
 * Group units whose duties also bind this unit: 共同职责 bind every department,
 * 党政主要负责人 binds the party secretary and the mayor.
 */
export function groupsApplyingTo(model: Model, unit: UnitRecord): UnitRecord[] {
  return groupIndex(model).groupsOf.get(unit.key) ?? [];
}

/** The units a group's duties bind. */
export function unitsBoundByGroup(model: Model, group: UnitRecord): UnitRecord[] {
  return groupIndex(model).boundBy.get(group.key) ?? [];
}

/**
 * Duties grouped by their first (primary) sector, sections in the order the document
 * first mentions them. Each duty appears once, so its anchor is unique; further sectors
 * are shown as tags.
 */
export function dutiesByPrimarySector(
  model: Model,
  duties: readonly DutyRecord[],
): Array<{ sector: SectorRecord; duties: DutyRecord[] }> {
  const sections = new Map<string, DutyRecord[]>();
  for (const duty of duties) {
    const primary = duty.sectors[0]!;
    if (!sections.has(primary)) sections.set(primary, []);
    sections.get(primary)!.push(duty);
  }
  return [...sections].map(([id, grouped]) => ({ sector: model.sectorById.get(id)!, duties: grouped }));
}

/** The given sectors (ids) in row order, grouped under their group names. */
export function sectorsByGroup(
  model: Model,
  sectorIds: readonly string[],
): Array<{ group: string; sectors: SectorRecord[] }> {
  const groups: Array<{ group: string; sectors: SectorRecord[] }> = [];
  for (const id of sectorIds) {
    const sector = model.sectorById.get(id);
    if (!sector) continue;
    const last = groups[groups.length - 1];
    if (last?.group === sector.data.group) last.sectors.push(sector);
    else groups.push({ group: sector.data.group, sectors: [sector] });
  }
  return groups;
}

/** A town's units grouped by kind, in the order posts, bodies, departments, villages, enterprises, groups. */
export function unitsByKind(town: TownRecord): Array<{ kind: UnitKind; units: UnitRecord[] }> {
  return UNIT_KINDS.flatMap((kind) => {
    const units = town.units.filter((unit) => unit.data.kind === kind);
    return units.length > 0 ? [{ kind, units }] : [];
  });
}

/** One unit's part in a sector: its strongest role there and the duties behind it. */
export interface SectorResponsibilityRecord {
  unit: UnitRecord;
  role: Role;
  duties: DutyRecord[];
}

/**
 * "谁负责？" for one sector in one town (docs/ARCHITECTURE.md "The matrix"): every unit with duties
 * there, strongest role first; then the territorial layer (villages) and the principles
 * the town's sources state.
 */
export function sectorAnswer(model: Model, town: TownRecord, sectorId: string) {
  const responsible: SectorResponsibilityRecord[] = unitsForSector(town.matrix, sectorId).map((entry) => {
    const unit = model.units.get(entry.unit)!;
    return { unit, role: entry.role, duties: unit.duties.filter((duty) => duty.sectors.includes(sectorId)) };
  });
  const villages = town.units.filter((unit) => unit.data.kind === "village");
  const principles = model.principles.filter((p) =>
    p.statements.some((s) => town.sources.some((source) => source.id === s.source)),
  );
  return { responsible, villages, principles };
}

/** One post (by canonical type) across towns: each town's unit, with the group duties that bind it too. */
export interface PostComparison {
  type: string;
  label: string;
  columns: Array<{ town: TownRecord; unit: UnitRecord; groups: UnitRecord[] }>;
}

/** Every post type used in two or more places or by any post unit, in the order towns list them. */
export function postComparisons(model: Model): PostComparison[] {
  const byType = new Map<string, PostComparison>();
  for (const town of model.towns) {
    for (const unit of town.units) {
      if (unit.data.kind !== "post" || !unit.data.type) continue;
      if (!byType.has(unit.data.type))
        byType.set(unit.data.type, { type: unit.data.type, label: unit.label, columns: [] });
      byType.get(unit.data.type)!.columns.push({ town, unit, groups: groupsApplyingTo(model, unit) });
    }
  }
  return [...byType.values()];
}

/** One sector across towns: each town's answer, towns without duties in the sector left out. */
export function sectorAcrossTowns(model: Model, sectorId: string) {
  return model.towns
    .filter((town) => town.matrix.sectors.includes(sectorId))
    .map((town) => ({ town, ...sectorAnswer(model, town, sectorId) }));
}

/** The unit that bears a duty. */
export function unitOfDuty(model: Model, duty: DutyRecord): UnitRecord {
  return model.units.get(duty.unit)!;
}

/** How a clause of a source is cited on the page: 张发〔2020〕47号 四(二)6(3). */
export function citationFor(model: Model, source: string, clause: string): string {
  return citationLabel(model.sources.get(source)!.data, clause);
}
