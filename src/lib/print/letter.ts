import { NOT_FILLED_IN, SOURCE_SILENT, sourcesSetNone } from "./wording.ts";
import {
  dutiesByPrimarySector,
  type DutyRecord,
  type Model,
  type RuleRecord,
  type SectorRecord,
  type UnitRecord,
} from "../model/index.ts";
import { type RULE_KINDS } from "../../domain/index.ts";
import { dutySheet, type DutySheet } from "./sheet.ts";

/**
 * The 目标责任书 of one unit: its parties, its duties and the town's own rules, quoted.
 */

/** A section of the 目标责任书 that quotes the town's rules of some kinds. */
export interface LetterRuleSection {
  /** Heading, e.g. 控制目标. */
  title: string;
  rules: RuleRecord[];
  /** What the letter says when the town's sources give none; undefined for optional sections. */
  absent: string | undefined;
  /** Whether each rule is tagged with its kind: only where a section holds several (考核, 一票否决 …). */
  showKind: boolean;
}

/** The rule kinds each letter section quotes, in the order of the sources' letters (001: 职责, 目标, 考核). */
export const LETTER_SECTIONS: Array<{
  title: string;
  kinds: ReadonlyArray<(typeof RULE_KINDS)[number]>;
  required: boolean;
}> = [
  { title: "控制目标", kinds: ["target"], required: true },
  { title: "考核", kinds: ["assessment", "veto", "schedule", "deadline"], required: true },
  { title: "责任追究", kinds: ["accountability"], required: true },
  { title: "其他要求", kinds: ["requirement"], required: false },
];

/** Kinds of post that sign with the level above the town, which the sources never name. */
export const TOWN_PRINCIPAL_TYPES = new Set(["party-secretary", "mayor"]);

/** One side of the letter. */
export interface LetterParty {
  /** As printed in the source; undefined leaves a line to fill in by hand. */
  name: string | undefined;
  /** Why the line is blank, when it is. */
  blankReason: string | undefined;
}

/** Everything one 目标责任书 shows. */
export interface TargetLetter extends DutySheet {
  /** The issuing side (甲方). */
  issuer: LetterParty;
  /**
   * The shared duties in full (a letter is signed on what it states, not on a reference),
   * by sector, numbered on from the unit's own duties.
   */
  sharedDuties: Array<{
    group: UnitRecord;
    sections: Array<{ sector: SectorRecord; duties: DutyRecord[] }>;
    /** The number of duties listed before this group's. */
    numberedAfter: number;
  }>;
  ruleSections: LetterRuleSection[];
}

/**
 * The 甲方 of a unit's letter is the body that issued its source (张山子镇 党委 and 政府 to
 * its 站所). The town's own bodies and its principal leaders sign with the county, which
 * no source names, so their line is left blank rather than filled with a guess.
 */
export function letterIssuer(model: Model, unit: UnitRecord): LetterParty {
  const source = model.sources.get(unit.data.source)!;
  if (unit.data.kind === "body" || (unit.data.type && TOWN_PRINCIPAL_TYPES.has(unit.data.type)))
    return { name: undefined, blankReason: `上级单位，${SOURCE_SILENT}` };
  if (!source.data.issuer) return { name: undefined, blankReason: `${SOURCE_SILENT}发文单位` };
  return { name: source.data.issuer, blankReason: undefined };
}

/** Group units never sign a letter: a 责任书 binds one named unit. */
export function hasLetter(unit: UnitRecord): boolean {
  return unit.data.kind !== "group";
}

export function targetLetter(model: Model, unit: UnitRecord): TargetLetter {
  const sheet = dutySheet(model, unit);
  const townName = sheet.town.data.name;
  return {
    ...sheet,
    issuer: letterIssuer(model, unit),
    sharedDuties: sheet.shared.map(({ group }, index) => ({
      group,
      sections: dutiesByPrimarySector(model, group.duties),
      numberedAfter:
        unit.duties.length + sheet.shared.slice(0, index).reduce((n, { group: g }) => n + g.duties.length, 0),
    })),
    ruleSections: LETTER_SECTIONS.map(({ title, kinds, required }) => ({
      title,
      rules: sheet.town.rules.filter((rule) => kinds.includes(rule.kind)),
      absent: required
        ? `${sourcesSetNone(townName, title)}，${NOT_FILLED_IN}；打印件在这里留出横线，由甲方填写。`
        : undefined,
      showKind: kinds.length > 1,
    })).filter((section) => section.rules.length > 0 || section.absent),
  };
}
