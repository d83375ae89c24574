/**
 * What the printed pages hold — the A4 职责清单, the 目标责任书 and the town booklet —
 * computed from the model, so the pages only arrange it.
 */
import { contactSentence, isStale, today } from "../contacts/index.ts";
import {
  dutiesByPrimarySector,
  groupsApplyingTo,
  unitsForSector,
  type DutyRecord,
  type Model,
  type PrincipleRecord,
  type RuleRecord,
  type SectorRecord,
  type SourceRecord,
  type TownRecord,
  type UnitRecord,
} from "../model/index.ts";
import { ROLES, ROLE_LABELS, type Role, type RULE_KINDS } from "../../domain/index.ts";
import type { Source } from "../../schemas/source.ts";

/**
 * Clause ids in a short form for a printed reference: runs of one prefix with consecutive
 * numbers become a range (四(一)1、四(一)2 … 四(一)12 → 四(一)1—12; 四(一)(1) … 四(一)(12) →
 * 四(一)(1)—(12); 一第1段、一第2段 → 一第1—2段), and further ids of the same prefix share it (四(一)1—3、5). Duplicates are
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
const LINE_CHARACTERS = 46;

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
interface PrintedType {
  characters: number;
  height: number;
}

/** The sheet's body type: 10.5 pt, line height 1.55. */
const BODY_TYPE: PrintedType = { characters: LINE_CHARACTERS, height: 1 };

/**
 * The smaller type of shared duties printed in full where body type would not fit (print.css
 * .sheet-shared-compact: 9 pt, line height 1.4): 10.5/9 as many characters a line; each line
 * is (9 × 1.4) / (10.5 × 1.55) = 0.77 of a body line, counted as 0.9 for the gaps between
 * duties and the clause ids, and for room (measured: 张山子镇's sheets up to 28.8 estimated
 * lines at 0.77 printed on one page, from 29.1 on two).
 */
const COMPACT_TYPE: PrintedType = { characters: Math.floor((LINE_CHARACTERS * 10.5) / 9), height: 0.9 };

function sharedOf(
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
const LETTER_SECTIONS: Array<{
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
const TOWN_PRINCIPAL_TYPES = new Set(["party-secretary", "mayor"]);

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
    return { name: undefined, blankReason: "上级单位，来源文件未写明" };
  if (!source.data.issuer) return { name: undefined, blankReason: "来源文件未写明发文单位" };
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
        ? `${townName}的来源文件没有规定${title}，本站不替它补写；打印件在这里留出横线，由甲方填写。`
        : undefined,
      showKind: kinds.length > 1,
    })).filter((section) => section.rules.length > 0 || section.absent),
  };
}

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
