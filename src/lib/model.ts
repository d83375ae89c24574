import type { Clause, ParsedSource } from "./clauses.ts";
import type { ContentEntry, ContentInput } from "./content-types.ts";
import { buildMatrix, unitsForSector, type Matrix } from "./matrix.ts";
import type { Role } from "./roles.ts";
import type { Cadence, DutyDate } from "../schemas/duty.ts";
import type { Guide } from "../schemas/guide.ts";
import type { Jurisdiction } from "../schemas/jurisdiction.ts";
import type { Principle } from "../schemas/principle.ts";
import type { LedgerSet } from "../schemas/ledger.ts";
import type { Roster } from "../schemas/roster.ts";
import type { Rule } from "../schemas/rule.ts";
import { SECTOR_GROUPS, type Sector } from "../schemas/sector.ts";
import type { Source } from "../schemas/source.ts";
import type { Term } from "../schemas/term.ts";
import type { WordGroup } from "../schemas/vocabulary.ts";
import type { UnitEntry, UnitKind } from "../schemas/unit.ts";

/** One duty, flattened out of its unit file and cross-linked. */
export interface DutyRecord {
  /** Globally unique: `<town>/<unit>/<clause anchor>` with `-2`, `-3` for further duties of one clause. */
  id: string;
  /** Fragment id on the unit page. */
  anchor: string;
  /** Unit key `<town>/<unit>`. */
  unit: string;
  jurisdiction: string;
  source: string;
  clause: string;
  /** Fragment id of the clause on the source page. */
  clauseAnchor: string;
  text: string;
  role: Role;
  sectors: string[];
  cadence: Cadence[];
  dates: DutyDate[];
  note: string | undefined;
}

/** A unit with its place in the model. */
export interface UnitRecord {
  /** `<town>/<unit>`, unique across towns. */
  key: string;
  /** The file name, unique within a town; used in URLs. */
  slug: string;
  file: string;
  data: UnitEntry;
  /** Name for tight spaces (matrix columns). */
  label: string;
  /** Fragment id of the heading clause on the source page, when there is one. */
  headingAnchor: string | undefined;
  /** The unit's own duties, in file order. */
  duties: DutyRecord[];
}

export interface SourceRecord {
  id: string;
  file: string;
  data: Source;
  clauses: Clause[];
  /** Duty ids per clause id: the source page links every clause to its duties. */
  dutiesByClause: Map<string, DutyRecord[]>;
}

export interface SectorRecord {
  id: string;
  data: Sector;
  label: string;
}

export interface RuleRecord extends Rule {
  jurisdiction: string;
  source: string;
  clauseAnchor: string;
}

export interface PrincipleRecord {
  id: string;
  data: Principle;
  statements: Array<Principle["statedIn"][number] & { clauseAnchor: string }>;
}

export interface TownRecord {
  id: string;
  data: Jurisdiction;
  /** Unit keys in source order. */
  units: string[];
  matrix: Matrix;
  sources: string[];
  rules: RuleRecord[];
  /** Leadership groups as the town's sources list them, each line with its clause anchor. */
  rosters: Array<
    Roster & { clauseAnchor: string; members: Array<Roster["members"][number] & { clauseAnchor: string }> }
  >;
  /** Ledgers (台账) the town's sources require, with the anchor of the listing clause. */
  ledgerSets: Array<LedgerSet & { clauseAnchor: string }>;
}

/** The whole site's data, computed once per build. */
export interface Model {
  towns: TownRecord[];
  units: Map<string, UnitRecord>;
  duties: DutyRecord[];
  sectors: SectorRecord[];
  sectorById: Map<string, SectorRecord>;
  sources: Map<string, SourceRecord>;
  principles: PrincipleRecord[];
  /** Glossary terms, in glossary order. */
  terms: Array<{ id: string; data: Term }>;
  /** Everyday words for document words (载人 → 载客), from content/vocabulary/. */
  wordGroups: WordGroup[];
  /** Onboarding guides per post, in guide order. */
  guides: Array<{ id: string; data: Guide }>;
}

/** Sectors by group (the order of SECTOR_GROUPS), then `order`, then id. */
export function sortSectors<T extends { id: string; data: Sector }>(sectors: readonly T[]): T[] {
  return [...sectors].sort(
    (a, b) =>
      SECTOR_GROUPS.indexOf(a.data.group) - SECTOR_GROUPS.indexOf(b.data.group) ||
      a.data.order - b.data.order ||
      a.id.localeCompare(b.id),
  );
}

function byOrderThenId<T extends { id: string; data: { order: number } }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

function anchorOf(parsed: Map<string, ParsedSource>, source: string, clause: string): string {
  return parsed.get(source)?.clauses.find((c) => c.id === clause)?.anchor ?? "";
}

/**
 * Assembles checked content into the model the pages read. Call only after
 * `checkContent` found no problems: references are assumed to resolve.
 */
export function buildModel(input: ContentInput, parsed: Map<string, ParsedSource>): Model {
  const units = new Map<string, UnitRecord>();
  const duties: DutyRecord[] = [];

  for (const entry of input.units) {
    const { data } = entry;
    const slug = entry.id.split("/")[1] ?? entry.id;
    const record: UnitRecord = {
      key: entry.id,
      slug,
      file: entry.file,
      data,
      label: data.shortName ?? data.name,
      headingAnchor: data.heading ? anchorOf(parsed, data.source, data.heading) : undefined,
      duties: [],
    };
    const perClause = new Map<string, number>();
    for (const duty of data.duties) {
      const source = duty.source ?? data.source;
      const clauseAnchor = anchorOf(parsed, source, duty.clause);
      const count = (perClause.get(duty.clause) ?? 0) + 1;
      perClause.set(duty.clause, count);
      const anchor = `d-${clauseAnchor}${count > 1 ? `-${count}` : ""}`;
      const dutyRecord: DutyRecord = {
        id: `${entry.id}/${anchor.slice(2)}`,
        anchor,
        unit: entry.id,
        jurisdiction: data.jurisdiction,
        source,
        clause: duty.clause,
        clauseAnchor,
        text: duty.text,
        role: duty.role,
        sectors: duty.sectors,
        cadence: duty.cadence,
        dates: duty.dates,
        note: duty.note,
      };
      record.duties.push(dutyRecord);
      duties.push(dutyRecord);
    }
    units.set(entry.id, record);
  }

  const sectors = sortSectors(input.sectors).map((s) => ({
    id: s.id,
    data: s.data,
    label: s.data.shortName ?? s.data.name,
  }));
  const sectorOrder = sectors.map((s) => s.id);

  const sources = new Map<string, SourceRecord>();
  for (const source of input.sources) {
    const dutiesByClause = new Map<string, DutyRecord[]>();
    for (const duty of duties) {
      if (duty.source !== source.id) continue;
      if (!dutiesByClause.has(duty.clause)) dutiesByClause.set(duty.clause, []);
      dutiesByClause.get(duty.clause)!.push(duty);
    }
    sources.set(source.id, {
      id: source.id,
      file: source.file,
      data: source.data,
      clauses: parsed.get(source.id)?.clauses ?? [],
      dutiesByClause,
    });
  }

  const towns = byOrderThenId(input.jurisdictions).map((jurisdiction): TownRecord => {
    const townUnits = [...units.values()]
      .filter((unit) => unit.data.jurisdiction === jurisdiction.id)
      .sort((a, b) => a.data.order - b.data.order || a.key.localeCompare(b.key));
    const unitKeys = townUnits.map((unit) => unit.key);
    const townDuties = townUnits.flatMap((unit) => unit.duties);
    return {
      id: jurisdiction.id,
      data: jurisdiction.data,
      units: unitKeys,
      matrix: buildMatrix(townDuties, unitKeys, sectorOrder),
      sources: input.sources.filter((s) => s.data.jurisdictions.includes(jurisdiction.id)).map((s) => s.id),
      rules: input.ruleSets
        .filter((set) => set.data.jurisdiction === jurisdiction.id)
        .flatMap((set) =>
          set.data.rules.map((rule) => ({
            ...rule,
            jurisdiction: set.data.jurisdiction,
            source: set.data.source,
            clauseAnchor: anchorOf(parsed, set.data.source, rule.clause),
          })),
        ),
      rosters: input.rosters
        .filter((roster) => roster.data.jurisdiction === jurisdiction.id)
        .map((roster) => ({
          ...roster.data,
          clauseAnchor: anchorOf(parsed, roster.data.source, roster.data.clause),
          members: roster.data.members.map((m) => ({
            ...m,
            clauseAnchor: anchorOf(parsed, roster.data.source, m.clause),
          })),
        })),
      ledgerSets: input.ledgerSets
        .filter((set) => set.data.jurisdiction === jurisdiction.id)
        .map((set) => ({ ...set.data, clauseAnchor: anchorOf(parsed, set.data.source, set.data.clause) })),
    };
  });

  const principles = byOrderThenId(input.principles).map((p: ContentEntry<Principle>) => ({
    id: p.id,
    data: p.data,
    statements: p.data.statedIn.map((s) => ({ ...s, clauseAnchor: anchorOf(parsed, s.source, s.clause) })),
  }));

  return {
    towns,
    units,
    duties,
    sectors,
    sectorById: new Map(sectors.map((s) => [s.id, s])),
    sources,
    principles,
    terms: byOrderThenId(input.terms),
    wordGroups: input.vocabularies.flatMap((file) => file.data.groups),
    guides: byOrderThenId(input.guides),
  };
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
    const units = town.units.map((key) => model.units.get(key)!);
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
export function unitsByKind(model: Model, town: TownRecord): Array<{ kind: UnitKind; units: UnitRecord[] }> {
  const kinds: UnitKind[] = ["post", "body", "department", "village", "enterprise", "group"];
  return kinds.flatMap((kind) => {
    const units = town.units.map((key) => model.units.get(key)!).filter((unit) => unit.data.kind === kind);
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
 * "谁负责？" for one sector in one town (DESIGN.md "The matrix"): every unit with duties
 * there, strongest role first; then the territorial layer (villages) and the principles
 * the town's sources state.
 */
export function sectorAnswer(model: Model, town: TownRecord, sectorId: string) {
  const responsible: SectorResponsibilityRecord[] = unitsForSector(town.matrix, sectorId).map((entry) => {
    const unit = model.units.get(entry.unit)!;
    return { unit, role: entry.role, duties: unit.duties.filter((duty) => duty.sectors.includes(sectorId)) };
  });
  const villages = town.units
    .map((key) => model.units.get(key)!)
    .filter((unit) => unit.data.kind === "village");
  const principles = model.principles.filter((p) =>
    p.statements.some((s) => town.sources.includes(s.source)),
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
    for (const key of town.units) {
      const unit = model.units.get(key)!;
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
