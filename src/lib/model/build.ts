import { SECTOR_GROUPS } from "../../domain/index.ts";
import type { Principle } from "../../schemas/principle.ts";
import type { Sector } from "../../schemas/sector.ts";
import type { ContentEntry, ContentInput } from "../content/index.ts";
import type { ParsedSource } from "../sources/index.ts";
import { buildMatrix } from "./matrix.ts";
import type { DutyReference } from "../../schemas/unassigned.ts";
import { servedInput, siteRecordOf, standingOf } from "./served.ts";
import type { DutyRecord, Model, PrincipleRecord, SourceRecord, TownRecord, UnitRecord } from "./types.ts";

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

/** Every unit with its duties, each duty's anchor unique within its unit, and each successor linked. */
function unitRecords(
  input: ContentInput,
  parsed: Map<string, ParsedSource>,
): { units: Map<string, UnitRecord>; duties: DutyRecord[] } {
  const contacts = new Map(
    input.contacts.map((contact) => [`${contact.id.split("/")[0]}/${contact.data.unit}`, contact.data]),
  );
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
      successorUnit: undefined,
      contact: contacts.get(entry.id),
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
        review: duty.review,
      };
      record.duties.push(dutyRecord);
      duties.push(dutyRecord);
    }
    units.set(entry.id, record);
  }

  for (const unit of units.values()) {
    const successor = unit.data.successor?.unit;
    if (successor) unit.successorUnit = units.get(`${unit.data.jurisdiction}/${successor}`);
  }

  return { units, duties };
}

/** Every source with its clauses and, per clause, the duties encoded from it. */
function sourceRecords(
  input: ContentInput,
  parsed: Map<string, ParsedSource>,
  duties: readonly DutyRecord[],
): Map<string, SourceRecord> {
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
      dutyCount: [...dutiesByClause.values()].reduce((sum, list) => sum + list.length, 0),
    });
  }

  return sources;
}

/** A town with its units in source order, its matrix, sources, rules, rosters and ledgers. */
function townRecord(
  jurisdiction: ContentInput["jurisdictions"][number],
  built: {
    input: ContentInput;
    parsed: Map<string, ParsedSource>;
    units: Map<string, UnitRecord>;
    sources: Map<string, SourceRecord>;
    sectorOrder: string[];
    home: string | undefined;
  },
): TownRecord {
  const { input, parsed, units, sources, sectorOrder } = built;
  const townUnits = [...units.values()]
    .filter((unit) => unit.data.jurisdiction === jurisdiction.id)
    .sort((a, b) => a.data.order - b.data.order || a.key.localeCompare(b.key));
  const townDuties = townUnits.flatMap((unit) => unit.duties);
  return {
    id: jurisdiction.id,
    data: jurisdiction.data,
    units: townUnits,
    matrix: buildMatrix(
      townDuties,
      townUnits.map((unit) => unit.key),
      sectorOrder,
    ),
    sources: [...sources.values()].filter((s) => s.data.jurisdictions.includes(jurisdiction.id)),
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
          unitKey: m.unit === undefined ? undefined : `${jurisdiction.id}/${m.unit}`,
        })),
      })),
    ledgerSets: input.ledgerSets
      .filter((set) => set.data.jurisdiction === jurisdiction.id)
      .map((set) => ({
        ...set.data,
        clauseAnchor: anchorOf(parsed, set.data.source, set.data.clause),
        keeper: set.data.keptBy ? units.get(`${jurisdiction.id}/${set.data.keptBy}`) : undefined,
        guide: set.data.guidedBy ? units.get(`${jurisdiction.id}/${set.data.guidedBy}`) : undefined,
      })),
    standing: standingOf(input.sources, jurisdiction.id),
    home: built.home === jurisdiction.id,
    unassigned: undefined,
  };
}

/** Each town's `unassigned`, resolved to the duties, rules and principles it names. */
function resolveUnassigned(
  towns: readonly TownRecord[],
  units: Map<string, UnitRecord>,
  principles: readonly PrincipleRecord[],
): void {
  for (const town of towns) {
    const unassigned = town.data.unassigned;
    if (!unassigned) continue;
    const dutiesOf = (references: readonly DutyReference[]) =>
      references.flatMap(({ unit, clause }) =>
        units.get(`${town.id}/${unit}`)!.duties.filter((duty) => duty.clause === clause),
      );
    town.unassigned = {
      supervisor: dutiesOf(unassigned.supervisor),
      territory: dutiesOf(unassigned.territory),
      catchAll: dutiesOf(unassigned.catchAll),
      rules: unassigned.rules.map((id) => town.rules.find((rule) => rule.id === id)!),
      principles: unassigned.principles.map((id) => principles.find((principle) => principle.id === id)!),
    };
  }
}

/**
 * Assembles checked content into the model the pages read. Call only after
 * `checkContent` found no problems: references are assumed to resolve.
 */
export function buildModel(content: ContentInput, parsed: Map<string, ParsedSource>): Model {
  const site = siteRecordOf(content);
  const input = servedInput(content);
  const { units, duties } = unitRecords(input, parsed);
  const sectors = sortSectors(input.sectors).map((s) => ({
    id: s.id,
    data: s.data,
    label: s.data.shortName ?? s.data.name,
  }));
  const sectorOrder = sectors.map((s) => s.id);

  const sources = sourceRecords(input, parsed, duties);
  const towns = byOrderThenId(input.jurisdictions).map((jurisdiction) =>
    townRecord(jurisdiction, { input, parsed, units, sources, sectorOrder, home: site.home }),
  );
  const principles = byOrderThenId(input.principles).map((p: ContentEntry<Principle>) => ({
    id: p.id,
    data: p.data,
    statements: p.data.statedIn.map((s) => ({ ...s, clauseAnchor: anchorOf(parsed, s.source, s.clause) })),
  }));

  resolveUnassigned(towns, units, principles);
  return {
    site,
    towns,
    townById: new Map(towns.map((town) => [town.id, town])),
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
