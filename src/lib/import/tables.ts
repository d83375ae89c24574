import { ROLE_LABELS, ROLES, roleOfBearerLabel, type Role } from "../../domain/roles.ts";
import type { Clause } from "../sources/index.ts";
import { isBearerName } from "./guess.ts";

/**
 * Duties laid out as tables or labelled by their bearers, read by what the words mean:
 * - a table (Word rows, tab-separated text, a web page's | rows) whose header names a bearer
 *   column (责任单位, 牵头单位 …) and a duty column (职责, 工作内容, 任务, 事项, 整治内容 …);
 * - a task followed by label lines (牵头单位:区委组织部 / 协办单位:区委编办、…);
 * - a task that ends with its bearers in brackets (…(县应急局牵头,各乡镇配合)).
 * Every unit a cell or label names gets the task, with the role its column or word gives.
 */
export interface TableDuty {
  unit: string;
  clause: Clause;
  text: string;
  /** The role the column or label gives; undefined where it only says who (责任单位), so the verb decides. */
  role: Role | undefined;
  because: string;
}

/** Labels that say who bears a task but not how (责任单位, 责任主体): the duty's own verb tells. */
const WHO_ONLY = /^(?:责任|实施|承办)(?:单位|部门|主体|科室|人)?$/;

/** Header words of the column that holds the task itself. */
const DUTY_HEADER = /职责|内容|任务|事项|措施|工作|名称|项目|问题|要求/;
const TIMING_HEADER = /时间|时限|期限|日期|进度|完成/;
const NUMBER_HEADER = /^(?:序号|编号|序)$/;

/**
 * The names a cell or label lists: separated by 、，, / ; or spaces, or run together where
 * each part is a whole organisation name (派出所工商质监所 → 派出所, 工商质监所).
 */
export function unitNames(cell: string): string[] {
  return cell
    .replace(/[。；;]$/, "")
    .split(/[、，,；;/\s\u3000]+|(?<=[所站办局院队委部])(?:和|及|与)(?=\S{2})/u)
    .map((part) => part.trim())
    .filter((part) => part.length >= 2)
    .flatMap(splitRunTogether);
}

function splitRunTogether(name: string): string[] {
  if (name.length < 6 || /[（(]/.test(name)) return [name];
  for (let at = 3; at <= name.length - 3; at += 1) {
    const head = name.slice(0, at);
    const rest = name.slice(at);
    if (isBearerName(head) && isBearerName(rest) && /[所站办局院队]$/.test(head))
      return [head, ...splitRunTogether(rest)];
  }
  return [name];
}

/**
 * What a table's column holds: the units that bear its tasks with a role (牵头单位 → lead), the
 * units without saying how (责任单位: the duty's verb tells), the task itself, or anything else
 * (序号, 时间, 备注). The header's words decide, unless a person said otherwise.
 */
export type ColumnMeaning = Role | "who" | "duty" | "other";

/** What each meaning is called on the 导入 page, in the order it offers them. */
export const COLUMN_MEANING_LABELS: ReadonlyArray<readonly [ColumnMeaning, string]> = [
  ["who", "责任单位（责任类型看职责的动词）"],
  ...ROLES.map((role) => [role, `${ROLE_LABELS[role]}单位`] as const),
  ["duty", "职责内容"],
  ["other", "其他（序号、时间、备注等）"],
];

/** A person's word on what columns hold, by the header cell's text. */
export type ColumnMeanings = ReadonlyMap<string, ColumnMeaning>;

/** The bearer columns and the duty column of a table's header row, if it is one. */
function readHeader(cells: readonly string[], columns: ColumnMeanings) {
  const said = (cell: string) => columns.get(cell.trim());
  const bearers = cells.flatMap((cell, index) => {
    const meaning = said(cell);
    if (meaning === "duty" || meaning === "other") return [];
    const role = meaning === "who" ? "lead" : (meaning ?? roleOfBearerLabel(cell));
    const who = meaning === "who" || (meaning === undefined && WHO_ONLY.test(cell));
    return role ? [{ index, role, who, label: cell }] : [];
  });
  if (bearers.length === 0) return undefined;
  const taken = new Set(bearers.map((b) => b.index));
  const free = cells
    .map((cell, index) => ({ cell, index }))
    .filter(
      ({ cell, index }) =>
        !taken.has(index) &&
        said(cell) !== "other" &&
        (said(cell) === "duty" || (!NUMBER_HEADER.test(cell) && !TIMING_HEADER.test(cell))),
    );
  const duty =
    free.find(({ cell }) => said(cell) === "duty") ??
    free.find(({ cell }) => DUTY_HEADER.test(cell)) ??
    free[0];
  if (!duty) return undefined;
  return { bearers, duty: duty.index, numbered: NUMBER_HEADER.test(cells[0] ?? "") };
}

/** Each column of each table the header row of which names a bearer column: what it was taken as. */
export function tableColumns(
  clauses: readonly Clause[],
  columns: ColumnMeanings = new Map(),
): Array<{ clause: string; columns: Array<{ header: string; meaning: ColumnMeaning }> }> {
  return clauses.flatMap((clause) => {
    if (!clause.text.includes("\t")) return [];
    const cells = cellsOf(clause);
    const header = readHeader(cells, columns);
    if (!header) return [];
    const meaningAt = (index: number): ColumnMeaning => {
      const bearer = header.bearers.find((b) => b.index === index);
      if (bearer) return bearer.who ? "who" : bearer.role;
      return index === header.duty ? "duty" : "other";
    };
    return [
      { clause: clause.id, columns: cells.map((header, index) => ({ header, meaning: meaningAt(index) })) },
    ];
  });
}

/** Duties from tables whose header says which column names the bearers. */
export function tableDuties(
  clauses: readonly Clause[],
  columns: ColumnMeanings = new Map(),
): { duties: TableDuty[]; used: Set<number> } {
  const duties: TableDuty[] = [];
  const used = new Set<number>();
  for (let i = 0; i < clauses.length; i += 1) {
    const header = clauses[i]!.text.includes("\t") ? readHeader(cellsOf(clauses[i]!), columns) : undefined;
    if (!header) continue;
    used.add(i);
    for (let j = i + 1; j < clauses.length && clauses[j]!.text.includes("\t"); j += 1) {
      const row = clauses[j]!;
      let cells = cellsOf(row);
      // A row numbered in its first cell: the parser took the 序号 as the row's marker.
      if (header.numbered && row.marker) cells = ["", ...cells];
      const text = cells[header.duty]?.trim();
      if (!text) continue;
      used.add(j);
      for (const { index, role, who, label } of header.bearers)
        for (const unit of unitNames(cells[index] ?? ""))
          duties.push({
            unit,
            clause: row,
            text,
            role: who ? undefined : role,
            because: `表格“${label}”一栏写明`,
          });
      i = j;
    }
  }
  return { duties, used };
}

/** A row's cells: a clause's text split at its tabs (a numbered row's 序号 is its marker). */
function cellsOf(clause: Clause): string[] {
  return clause.text.split("\t").map((cell) => cell.trim());
}

const LABEL_LINE = /^([^：:，。\t]{2,8})[：:]\s*(.+)$/u;

/** Duties whose bearers follow the task on label lines (牵头单位:…, 配合单位:…). */
export function labelledDuties(clauses: readonly Clause[]): { duties: TableDuty[]; used: Set<number> } {
  const duties: TableDuty[] = [];
  const used = new Set<number>();
  let task: number | undefined;
  clauses.forEach((clause, index) => {
    const label = LABEL_LINE.exec(clause.text);
    const role = label ? roleOfBearerLabel(label[1]!) : undefined;
    if (label && role && task !== undefined) {
      used.add(index);
      used.add(task);
      for (const unit of unitNames(label[2]!))
        duties.push({
          unit,
          clause: clauses[task]!,
          text: clauses[task]!.text,
          role,
          because: `任务后的“${label[1]}”写明`,
        });
      return;
    }
    // A task is a paragraph or a numbered item, however short (2.开展隐患排查。).
    if (!clause.isHeading || clause.marker) task = index;
  });
  return { duties, used };
}

/** A task's closing brackets that name its bearers: …(县应急局牵头,各乡镇配合). */
const TRAILING_BEARERS = /[（(]([^（）()]*(?:[（(][^（）()]*[)）][^（）()]*)*)[)）][。；;]?$/u;
const BRACKET_ROLE: ReadonlyArray<readonly [Role, RegExp]> = [
  ["lead", /^(.+?)(?:牵头|负责|主责|按职责分工负责|按职责负责)(?:落实)?$/u],
  ["cooperate", /^(.+?)(?:配合|协同|参与)(?:落实)?$/u],
  ["assist", /^(.+?)协助$/u],
];

/** Duties whose bearers close the task in brackets. */
export function bracketedDuties(clauses: readonly Clause[]): { duties: TableDuty[]; used: Set<number> } {
  const duties: TableDuty[] = [];
  const used = new Set<number>();
  clauses.forEach((clause, index) => {
    const match = TRAILING_BEARERS.exec(clause.text);
    if (!match || match.index === 0) return;
    const found: TableDuty[] = [];
    for (const segment of match[1]!.split(/[，,；;]/u)) {
      const labelled = LABEL_LINE.exec(segment.trim());
      const labelRole = labelled ? roleOfBearerLabel(labelled[1]!) : undefined;
      const [role, names] = labelRole
        ? [labelRole, labelled![2]!]
        : (BRACKET_ROLE.map(([r, p]) => [r, p.exec(segment.trim())?.[1]] as const).find(([, n]) => n) ?? [
            undefined,
            undefined,
          ]);
      if (!role || !names) continue;
      const text = clause.text.slice(0, match.index).trim();
      for (const unit of unitNames(names))
        if (isBearerName(unit) || unit.startsWith("各"))
          found.push({ unit, clause, text, role, because: `括号中写明“${segment.trim()}”` });
    }
    if (found.length > 0) {
      used.add(index);
      duties.push(...found);
    }
  });
  return { duties, used };
}
