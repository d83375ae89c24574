import { contactSentence, isStale, today } from "../contacts/index.ts";
import {
  dutiesByPrimarySector,
  groupsApplyingTo,
  type DutyRecord,
  type Model,
  type SectorRecord,
  type SourceRecord,
  type TownRecord,
  type UnitRecord,
} from "../model/index.ts";
import { ROLES, ROLE_LABELS, type Role } from "../../domain/index.ts";
import type { Source } from "../../schemas/source.ts";

/**
 * The A4 职责清单 of one unit: its duties by sector, the shared duties that bind it, and how many
 * lines it prints to.
 */

/**
 * Clause ids in a short form for a printed reference: runs of one prefix with consecutive
 * numbers become a range (四(一)1、四(一)2 … 四(一)12 → 四(一)1—12; 四(一)(1) … 四(一)(12) → 四(一)(1)—(12);
 * 一第1段、一第2段 → 一第1—2段), and further ids of the same prefix share it (四(一)1—3、5). Duplicates are
 * dropped; order is kept; ids that end in no number are kept as they are.
 */
export function compactClauseList(clauses: readonly string[]): string {
  type Run = { prefix: string; open: string; close: string; first: number; last: number };
  const runs: Array<Run | { literal: string }> = [];
  for (const clause of new Set(clauses)) {
    // The number may sit in brackets (四(一)(3)) or before 段 (一第2段).
    const match = /^(.*?)([(（])(\d+)([)）])$/.exec(clause) ?? /^(.*?)()(\d+)(段?)$/.exec(clause);
    const number = Number(match?.[3]);
    const last = runs[runs.length - 1];
    if (!match) {
      runs.push({ literal: clause });
    } else if (
      last &&
      "prefix" in last &&
      last.prefix === match[1] &&
      last.open === match[2] &&
      last.close === match[4] &&
      number === last.last + 1
    ) {
      last.last = number;
    } else {
      runs.push({ prefix: match[1]!, open: match[2]!, close: match[4]!, first: number, last: number });
    }
  }
  return runs
    .map((run, index) => {
      if ("literal" in run) return run.literal;
      const previous = runs[index - 1];
      // A run continuing the previous run's prefix drops it: 四(一)1—3、5, not 四(一)1—3、四(一)5.
      const samePrefix = previous && "prefix" in previous && previous.prefix === run.prefix;
      // 段 follows the range (第1—2段); brackets wrap each end ((1)—(12)).
      const bracket = run.open !== "";
      const number = (n: number) => (bracket ? `${run.open}${n}${run.close}` : `${n}`);
      const range = run.first === run.last ? number(run.first) : `${number(run.first)}—${number(run.last)}`;
      const span = bracket ? range : `${range}${run.close}`;
      return `${samePrefix ? "" : run.prefix}${span}`;
    })
    .join("、");
}

/** A source's date as printed on a sheet: 2022年4月24日, or the year, or that it has none. */
export function sourceDateLabel(source: Pick<Source, "date" | "year">): string {
  if (source.date) {
    const [year, month, day] = source.date.split("-").map(Number);
    return `${year}年${month}月${day}日`;
  }
  return source.year ? `${source.year}年` : "未署日期";
}

/** How many of the duties carry each role, strongest first: 主责 5 条、协助 1 条. */
export function roleCountLabel(duties: readonly DutyRecord[]): string {
  const counts = new Map<Role, number>();
  for (const duty of duties) counts.set(duty.role, (counts.get(duty.role) ?? 0) + 1);
  return ROLES.filter((role) => counts.has(role))
    .map((role) => `${ROLE_LABELS[role]} ${counts.get(role)} 条`)
    .join("、");
}

/** Duties written to a group (共同职责) that bind the unit too, cited by clause. */
export interface SharedDutiesReference {
  group: UnitRecord;
  /** The group's duties by primary sector, for a sheet that prints them in full. */
  sections: Array<{ sector: SectorRecord; duties: DutyRecord[] }>;
  /**
   * True when the unit's own duties and every group's fit one A4 page together: the sheet
   * prints them in full rather than pointing to another sheet.
   */
  inFull: boolean;
  /**
   * True when they fit only in the smaller type the sheet gives shared duties (9 pt): set so
   * rather than sending them to another sheet while the page has room.
   */
  compact: boolean;
  /** The group's clauses in short form, e.g. 四(一)1—12. */
  clauses: string;
  /** 文号 (or title) of the document the clauses are in. */
  document: string;
}

/** Everything one A4 职责清单 shows. */
export interface DutySheet {
  town: TownRecord;
  unit: UnitRecord;
  /** The documents the unit's duties come from; the first is the unit's own source. */
  sources: SourceRecord[];
  /** The unit's duties by primary sector, in document order; each duty appears once. */
  sections: Array<{ sector: SectorRecord; duties: DutyRecord[] }>;
  /** 主责 5 条、协助 1 条. */
  roleCounts: string;
  /** The 依据 line: 张发〔2020〕47号《…》四(二)6（2020年）, then any further documents cited. */
  basis: string;
  /** Group duties that apply to the unit, referenced by clause, not repeated. */
  shared: SharedDutiesReference[];
  /** The unit's contact in one line, marked 本单位维护 (and 待核实 when old); undefined when the office keeps none. */
  contact: string | undefined;
}

export function dutySheet(model: Model, unit: UnitRecord): DutySheet {
  const town = model.townById.get(unit.data.jurisdiction)!;
  const sourceIds = [...new Set([unit.data.source, ...unit.duties.map((duty) => duty.source)])];
  const sources = sourceIds.map((id) => model.sources.get(id)!);
  const [main, ...others] = sources.map((source) => source.data);
  const basis = [
    `${main!.docNumber ?? ""}《${main!.title}》${unit.data.heading ?? ""}（${sourceDateLabel(main!)}）`,
    ...others.map((other) => other.docNumber ?? `《${other.title}》`),
  ].join("；");
  const sections = dutiesByPrimarySector(model, unit.duties);
  const stale = unit.contact ? isStale(unit.contact, today(), model.site.contactMaxAgeDays) : false;
  return {
    town,
    unit,
    sources,
    basis,
    sections,
    contact: unit.contact ? contactSentence(unit.contact, stale) : undefined,
    roleCounts: roleCountLabel(unit.duties),
    shared: sharedOf(model, unit, sections),
  };
}

/** Lines of an A4 sheet (10.5 pt, 16/14 mm margins) left for duties under its header and above its fill-in lines. */
export const SHEET_DUTY_LINES = 32;

/** Characters of a printed line of duty text (182 mm at 10.5 pt, less the role mark's indent). */
export const LINE_CHARACTERS = 46;

/**
 * The printed height of duty lists in lines, as the print stylesheet sets them: a sector
 * heading and its gap, then each duty's text with its role mark and clause id, and the gap
 * after it. An estimate from the text, good to a line or two, so the cut is made with room.
 */
export function printedLines(
  sections: ReadonlyArray<{ duties: readonly DutyRecord[] }>,
  type: PrintedType = BODY_TYPE,
): number {
  return sections.reduce(
    (lines, section) =>
      lines +
      1.6 +
      section.duties.reduce(
        (sum, duty) => sum + (Math.ceil((duty.text.length + 14) / type.characters) + 0.3) * type.height,
        0,
      ),
    0,
  );
}

/** A size of type on the sheet: characters a line holds, and a line's height in body lines. */
export interface PrintedType {
  characters: number;
  height: number;
}

/** The sheet's body type: 10.5 pt, line height 1.55. */
export const BODY_TYPE: PrintedType = { characters: LINE_CHARACTERS, height: 1 };

/**
 * The smaller type of shared duties printed in full where body type would not fit (print.css
 * .sheet-shared-compact: 9 pt, line height 1.4): 10.5/9 as many characters a line; each line
 * is (9 × 1.4) / (10.5 × 1.55) = 0.77 of a body line, counted as 0.9 for the gaps between
 * duties and the clause ids, and for room (measured: 张山子镇's sheets up to 28.8 estimated
 * lines at 0.77 printed on one page, from 29.1 on two).
 */
export const COMPACT_TYPE: PrintedType = {
  characters: Math.floor((LINE_CHARACTERS * 10.5) / 9),
  height: 0.9,
};

export function sharedOf(
  model: Model,
  unit: UnitRecord,
  own: ReadonlyArray<{ duties: readonly DutyRecord[] }>,
): SharedDutiesReference[] {
  const groups = groupsApplyingTo(model, unit).map((group) => ({
    group,
    sections: dutiesByPrimarySector(model, group.duties),
  }));
  // Shared duties print as one list (no sector headings) under a heading and a line of lede.
  const shared = (type: PrintedType) =>
    groups.reduce((lines, g) => lines + printedLines([{ duties: g.group.duties }], type) - 1.6 + 3, 0);
  const full = printedLines(own) + shared(BODY_TYPE) <= SHEET_DUTY_LINES;
  const compact = !full && printedLines(own) + shared(COMPACT_TYPE) <= SHEET_DUTY_LINES;
  return groups.map(({ group, sections }) => {
    const source = model.sources.get(group.data.source)!;
    return {
      group,
      sections,
      inFull: full || compact,
      compact,
      clauses: compactClauseList(group.duties.map((duty) => duty.clause)),
      document: source.data.docNumber ?? `《${source.data.title}》`,
    };
  });
}

/** Sections with the list number of each one's first duty, counting on from `numberedAfter`. */
export function numberSections<T extends { duties: readonly unknown[] }>(
  sections: readonly T[],
  numberedAfter = 0,
): Array<T & { first: number }> {
  let next = numberedAfter + 1;
  return sections.map((section) => {
    const first = next;
    next += section.duties.length;
    return { ...section, first };
  });
}
