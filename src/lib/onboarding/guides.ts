/**
 * What an onboarding guide shows, gathered from the data: the post's duties in every town
 * that has it, the shared duties that bind it, its deadlines, the rules that judge it, the
 * ledgers to keep and the terms to know. The guide's MDX adds only advice in our own words.
 */
import { unitCalendar, type CalendarEntry } from "../calendar/index.ts";
import {
  groupsApplyingTo,
  type Model,
  type RuleRecord,
  type TownRecord,
  type UnitRecord,
} from "../model/index.ts";
import type { Guide } from "../../schemas/guide.ts";
import { guidePath, guideTownPath } from "../site/index.ts";
import { RULE_KINDS_IN_READING_ORDER } from "../../domain/index.ts";
import type { Term } from "../../schemas/term.ts";

/** The rule kinds a newcomer is judged by: all but the general working requirements. */
const JUDGING_KINDS: ReadonlyArray<RuleRecord["kind"]> = RULE_KINDS_IN_READING_ORDER.filter(
  (kind) => kind !== "requirement",
);

/** One town's part of a guide. */
export interface GuideTown {
  town: TownRecord;
  /** Units whose duties are the post's, each with the groups whose duties bind it too. */
  units: Array<{ unit: UnitRecord; groups: UnitRecord[] }>;
  /** Units the post heads (站所 for 站所负责人), linked rather than printed. */
  headed: UnitRecord[];
  /** Groups whose duties bind the headed kind as a whole (共同职责, 各部门), printed in full once. */
  headedGroups: UnitRecord[];
  /** Targets, assessment, 一票否决, schedules, deadlines and accountability of the town. */
  rules: RuleRecord[];
}

/** A ledger list (台账) of some town's sources. */
export interface GuideLedgers {
  town: TownRecord;
  set: TownRecord["ledgerSets"][number];
  /** False when the post's towns list none and this list from another town is shown for reference. */
  local: boolean;
}

export interface GuideContent {
  towns: GuideTown[];
  /** The ledgers to keep: the post's towns' lists, or, when they have none, every other town's for reference. */
  ledgers: GuideLedgers[];
  /** Dated and recurring duties of the post's units (and their groups), without repeats. */
  deadlines: CalendarEntry[];
  terms: Array<{ id: string; data: Term }>;
}

/** Whether a unit's duties are the guide's post's own (by its type, or named). */
function isGuidesOwn(guide: Guide, unit: UnitRecord): boolean {
  return (
    (unit.data.type !== undefined && guide.unitTypes.includes(unit.data.type)) ||
    guide.units.includes(unit.key)
  );
}

/**
 * The guide of the post a unit is (the deputy in charge of safety → its guide), or
 * undefined: its `post` is the unit's display name as a post, its aliases find the unit.
 */
export function guideOfUnit(model: Model, unit: UnitRecord): { id: string; data: Guide } | undefined {
  return model.guides.find((guide) => isGuidesOwn(guide.data, unit));
}

/**
 * The guide's towns, and the one a reader meets first: the deployment's home town where the
 * post exists there, else the first town that has it.
 */
export function guideTowns(
  model: Model,
  guide: Guide,
): { towns: TownRecord[]; first: TownRecord | undefined } {
  // Asked once per unit page (its post line links its town's guide): worked out once per guide.
  if (!guideTownsCache.has(model)) guideTownsCache.set(model, new WeakMap());
  const cache = guideTownsCache.get(model)!;
  let found = cache.get(guide);
  if (!found) {
    const towns = model.towns.filter((town) => hasPost(guide, town));
    found = { towns, first: towns.find((town) => town.home) ?? towns[0] };
    cache.set(guide, found);
  }
  return found;
}

const guideTownsCache = new WeakMap<
  Model,
  WeakMap<Guide, { towns: TownRecord[]; first: TownRecord | undefined }>
>();

/** The units of a town a guide covers: its own, those it heads, and the groups binding those. */
function guideUnits(guide: Guide, town: TownRecord) {
  const own = town.units.filter((unit) => isGuidesOwn(guide, unit));
  const headed = town.units.filter((unit) => guide.unitKinds.includes(unit.data.kind) && !own.includes(unit));
  // Duties written to the kind as a whole (共同职责, 各部门) bind every unit of it, listed or not.
  const headedGroups = town.units.filter((unit) =>
    guide.unitKinds.some((kind) => unit.data.appliesTo?.kinds.includes(kind)),
  );
  return { own, headed, headedGroups };
}

/** Whether the guide's post exists in the town. */
function hasPost(guide: Guide, town: TownRecord): boolean {
  const { own, headed, headedGroups } = guideUnits(guide, town);
  return own.length + headed.length + headedGroups.length > 0;
}

/** Where a town's version of a guide is: the guide's own address for its first town. */
export function guidePathForTown(model: Model, guide: { id: string; data: Guide }, townId: string): string {
  return guideTowns(model, guide.data).first?.id === townId
    ? guidePath(guide.id)
    : guideTownPath(guide.id, townId);
}

/**
 * A post type's one display name: its guide's for the type the guide is first
 * about, else the first unit's own label — a guide about several types (其他班子成员 for
 * other-leaders and XX镇's 镇领导) names one of them, so two posts never share a name.
 */
export function postDisplayName(model: Model, post: { type: string; label: string }): string {
  const guide = model.guides.find((candidate) => candidate.data.unitTypes.includes(post.type));
  return guide?.data.unitTypes[0] === post.type ? guide.data.post : post.label;
}

/**
 * What a guide shows: for every town that has the post, or (`onlyTown`) for one town, so a
 * cadre reads their own town's duties, deadlines and rules without the others'.
 */
export function guideContent(model: Model, guide: Guide, onlyTown?: string): GuideContent {
  const towns = model.towns.flatMap((town): GuideTown[] => {
    if (onlyTown !== undefined && town.id !== onlyTown) return [];
    if (!hasPost(guide, town)) return [];
    const { own, headed, headedGroups } = guideUnits(guide, town);
    return [
      {
        town,
        units: own.map((unit) => ({ unit, groups: groupsApplyingTo(model, unit) })),
        headed,
        headedGroups,
        rules: town.rules.filter((rule) => JUDGING_KINDS.includes(rule.kind)),
      },
    ];
  });

  const seen = new Set<string>();
  const deadlines = towns
    .flatMap(({ units, headedGroups }) => [
      ...units.flatMap(({ unit }) => unitCalendar(model, unit)),
      ...headedGroups.flatMap((group) => unitCalendar(model, group)),
    ])
    .filter((entry) => entry.timing.kind !== "unscheduled" && !seen.has(entry.id) && seen.add(entry.id));

  const ledgersOf = (list: readonly TownRecord[], local: boolean) =>
    list.flatMap((town) => town.ledgerSets.map((set) => ({ town, set, local })));
  const local = ledgersOf(
    towns.map(({ town }) => town),
    true,
  );

  return {
    towns,
    // A town's guide shows that town's ledgers or none: never another town's as if it were its.
    ledgers: local.length > 0 || onlyTown !== undefined ? local : ledgersOf(model.towns, false),
    deadlines,
    terms: termsToKnow(model, guide, towns),
  };
}

/**
 * The terms a guide's reader meets: the guide's own choice, then every glossary term the
 * duties and rules it shows print (一岗双责, 一票否决), in glossary order.
 */
function termsToKnow(model: Model, guide: Guide, towns: readonly GuideTown[]): GuideContent["terms"] {
  const texts = towns
    .flatMap(({ units, headedGroups, rules }) => [
      ...units.flatMap(({ unit, groups }) => [unit, ...groups]).flatMap((unit) => unit.duties),
      ...headedGroups.flatMap((group) => group.duties),
      ...rules,
    ])
    .map((entry) => entry.text)
    .join("\n");
  const chosen = guide.terms.map((id) => model.terms.find((term) => term.id === id)!);
  const printed = model.terms.filter(
    (term) =>
      !chosen.includes(term) && [term.data.name, ...term.data.aliases].some((word) => texts.includes(word)),
  );
  return [...chosen, ...printed];
}
