import { phoneToCall } from "../contacts/index.ts";
import { citationLabel } from "../sources/index.ts";
import { sectorWords } from "../../domain/sectors.ts";
import {
  type DutyRecord,
  type Model,
  type TownRecord,
  type TownStanding,
  type UnitRecord,
} from "../model/index.ts";
import { guideOfUnit } from "../onboarding/index.ts";

export type { TownStanding };
import { clausePath, principlePath, unitPath } from "../site/index.ts";
import { QUESTION_PHRASES } from "./prepare.ts";
import { variantTable } from "./variants.ts";
import type { Role, UnitKind } from "../../domain/index.ts";

/**
 * The compact index the browser downloads for "谁负责？" (one per jurisdiction and one
 * for all). Records are tuples, not objects, because the keys would otherwise be most of
 * the bytes; the types below name every position.
 */
export interface LookupIndex {
  /** Format version; bump when a tuple changes shape. */
  version: 1;
  /** `all`, or the jurisdiction id the index covers. */
  scope: string;
  towns: LookupTown[];
  sectors: LookupSector[];
  terms: LookupTerm[];
  /** Everyday words for a document word: [document word, everyday words]. */
  wordGroups: Array<[document: string, everyday: string[]]>;
  units: LookupUnit[];
  duties: LookupDuty[];
  /** What each town's documents say about work they assign to no one (towns that say nothing are left out). */
  fallbacks: LookupFallback[];
  /**
   * Traditional and variant characters and the simplified ones the index uses, as pairs
   * in one string (氣气網网…); the browser folds a query with it before matching.
   */
  variants: string;
}

/** A town: id, name, what it stands for (a real town, a 范本, a 汇编), and 1 for the deployment's home town. */
export type LookupTown = [id: string, name: string, standing: TownStanding, home: 0 | 1];
/** A sector and every word that names it: name, short name, aliases. */
export type LookupSector = [id: string, name: string, words: string[]];
/** A glossary term: its spellings, what it includes, the sector it names (index) or -1. */
export type LookupTerm = [name: string, aliases: string[], includes: string[], sector: number];
/**
 * A unit: town (index), name as printed, kind, page path, other names (successor, everyday
 * names), short name, and the phone to read out from the office's own contact list
 * ("值班电话 0632-…", "" when it keeps none).
 */
export type LookupUnit = [
  town: number,
  name: string,
  kind: UnitKind,
  path: string,
  alsoKnownAs: string[],
  shortName: string,
  phone: string,
];
/**
 * What a town's documents say about unassigned work: duties (indexes) of the comprehensive
 * supervisor, the territory and the catch-all units; rules as [title, text, citation, link];
 * principles as [name, link].
 */
export type LookupFallback = [
  town: number,
  supervisor: number[],
  territory: number[],
  catchAll: number[],
  rules: Array<[title: string, text: string, citation: string, href: string]>,
  principles: Array<[name: string, href: string]>,
];
/** A duty: unit (index), role, sectors (indexes, primary first), text, citation, clause link, anchor on the unit page. */
export type LookupDuty = [
  unit: number,
  role: Role,
  sectors: number[],
  text: string,
  citation: string,
  clauseHref: string,
  anchor: string,
];

/** The lookup index for one jurisdiction, or for all when `townId` is omitted. */
/** What each town's documents say about work they assign to no one, as the index's tuples. */
function fallbackTuples(
  model: Model,
  towns: readonly TownRecord[],
  dutyIndex: ReadonlyMap<DutyRecord, number>,
): LookupFallback[] {
  return towns.flatMap((town, townIndex): LookupFallback[] => {
    const unassigned = town.unassigned;
    if (!unassigned) return [];
    const indexes = (list: readonly DutyRecord[]) => list.map((duty) => dutyIndex.get(duty)!);
    return [
      [
        townIndex,
        indexes(unassigned.supervisor),
        indexes(unassigned.territory),
        indexes(unassigned.catchAll),
        unassigned.rules.map((rule) => [
          rule.title,
          rule.text,
          citationLabel(model.sources.get(rule.source)!.data, rule.clause),
          clausePath(rule.source, rule.clauseAnchor),
        ]),
        unassigned.principles.map((principle) => [principle.data.name, principlePath(principle.id)]),
      ],
    ];
  });
}

/** The post's display name and everyday titles, for a unit that is a post a guide covers. */
function postNames(model: Model, unit: UnitRecord): string[] {
  const guide = guideOfUnit(model, unit);
  return guide ? [guide.data.post, ...guide.data.aliases] : [];
}

export function buildLookupIndex(model: Model, townId?: string): LookupIndex {
  const towns = model.towns.filter((town) => townId === undefined || town.id === townId);
  if (towns.length === 0) throw new Error(`unknown jurisdiction ${townId}`);
  const sectorIndex = new Map(model.sectors.map((sector, index) => [sector.id, index]));
  const units: LookupUnit[] = [];
  const duties: LookupDuty[] = [];
  /** Each duty's position in `duties`, for the fallbacks that point at duties. */
  const dutyIndex = new Map<DutyRecord, number>();
  towns.forEach((town, townIndex) => {
    for (const unit of town.units) {
      const unitIndex = units.length;
      units.push([
        townIndex,
        unit.data.name,
        unit.data.kind,
        unitPath(unit.key),
        [
          ...(unit.data.successor ? [unit.data.successor.name] : []),
          ...unit.data.aliases,
          // What people call the post (安全副镇长, 一把手): its guide's name and aliases.
          ...postNames(model, unit),
        ],
        unit.data.shortName ?? unit.data.name,
        phoneToCall(unit.contact),
      ]);
      for (const duty of unit.duties) {
        dutyIndex.set(duty, duties.length);
        const source = model.sources.get(duty.source)!;
        duties.push([
          unitIndex,
          duty.role,
          duty.sectors.map((id) => sectorIndex.get(id)!),
          duty.text,
          citationLabel(source.data, duty.clause),
          clausePath(duty.source, duty.clauseAnchor),
          duty.anchor,
        ]);
      }
    }
  });
  const sectors: LookupSector[] = model.sectors.map((sector) => [
    sector.id,
    sector.data.name,
    sectorWords(sector.data),
  ]);
  const terms: LookupTerm[] = model.terms.map((term) => [
    term.data.name,
    term.data.aliases,
    term.data.includes,
    term.data.sector ? sectorIndex.get(term.data.sector)! : -1,
  ]);
  const wordGroups: LookupIndex["wordGroups"] = model.wordGroups.map((group) => [
    group.document,
    group.everyday,
  ]);
  // The question phrases too: 請問…歸誰管 must fold to the 请问…归谁管 the matcher drops.
  const used = new Set(
    JSON.stringify([sectors, terms, wordGroups, units, duties.map((duty) => duty[3]), QUESTION_PHRASES]),
  );
  return {
    version: 1,
    scope: townId ?? "all",
    towns: towns.map((town) => [town.id, town.data.name, town.standing, town.home ? 1 : 0]),
    sectors,
    terms,
    wordGroups,
    units,
    duties,
    fallbacks: fallbackTuples(model, towns, dutyIndex),
    variants: variantTable(used),
  };
}
