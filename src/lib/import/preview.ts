import { ROLE_LABELS, ROLES } from "../../domain/roles.ts";
import { COLUMN_MEANING_LABELS, tableColumns, type ColumnMeaning, type ColumnMeanings } from "./tables.ts";
import { IMPORT_EXCLUSIONS, isUnassignedReason } from "../../domain/review.ts";
import { UNIT_KIND_LABELS } from "../../domain/units.ts";
import type { Draft } from "./draft.ts";
import { documentHead } from "./head.ts";

/**
 * What the editor's 导入 page shows of a draft before anything is written: the head of the
 * document, each unit with its duties (role and sectors in Chinese), what was left out and
 * why, and the paragraphs no rule could assign. Plain data: the page only lays it out.
 */
export interface ImportPreview {
  format: string;
  head: {
    title?: string | undefined;
    docNumber?: string | undefined;
    issuer?: string | undefined;
    date?: string | undefined;
  };
  units: Array<{
    name: string;
    kind: string;
    heading?: string | undefined;
    guesses: number;
    duties: Array<{ clause: string; text: string; role: string; sectors: string[]; guesses: number }>;
  }>;
  /** The roles a duty may be given, as the page offers them: the id a file writes and its label. */
  roles: Array<{ id: string; label: string }>;
  /** The document paragraph by paragraph, as read: whether a heading, and what it became. */
  lines: Array<{ clause: string; text: string; heading: boolean; readAs: string }>;
  /** Each table read by its header: every column and what it was taken as (a label). */
  tables: Array<{ clause: string; columns: Array<{ header: string; meaning: string }> }>;
  /** What a column may be taken as, as the page offers it. */
  columnMeanings: Array<{ id: string; label: string }>;
  excluded: Array<{ clause: string; reason: string }>;
  unassigned: Array<{ clause: string; text: string }>;
  /** Content-relative files the import would write, and those of them (or of the town) that exist. */
  files: string[];
  replaces: string[];
}

export function importPreview(
  draft: Draft,
  text: string,
  format: string,
  sectorNames: ReadonlyMap<string, string>,
  files: readonly string[],
  replaces: readonly string[],
  columns: ColumnMeanings = new Map(),
): ImportPreview {
  const meaningLabel = (meaning: ColumnMeaning) =>
    COLUMN_MEANING_LABELS.find(([id]) => id === meaning)?.[1] ?? meaning;
  const head = documentHead(text);
  const clauseText = new Map(draft.clauses.map((clause) => [clause.id, clause.text]));
  return {
    format,
    head: { title: head.title, docNumber: head.docNumber, issuer: head.issuer, date: head.date },
    units: draft.units.map((unit) => ({
      name: unit.name,
      kind: UNIT_KIND_LABELS[unit.kind],
      heading: unit.heading,
      guesses: unit.review.length,
      duties: unit.duties.map((duty) => ({
        clause: duty.clause,
        text: duty.text,
        role: ROLE_LABELS[duty.role],
        sectors: duty.sectors.map((sector) => sectorNames.get(sector) ?? sector),
        guesses: duty.review.length,
      })),
    })),
    lines: draft.clauses.map((clause) => ({
      clause: clause.id,
      text: clause.text,
      heading: clause.isHeading,
      readAs: readAs(draft, clause.id, clause.isHeading),
    })),
    roles: ROLES.map((id) => ({ id, label: ROLE_LABELS[id] })),
    tables: tableColumns(draft.clauses, columns).map((table) => ({
      clause: table.clause,
      columns: table.columns.map((column) => ({
        header: column.header,
        meaning: meaningLabel(column.meaning),
      })),
    })),
    columnMeanings: COLUMN_MEANING_LABELS.map(([id, label]) => ({ id, label })),
    excluded: draft.notEncoded.filter((entry) => !isUnassignedReason(entry.reason)),
    unassigned: draft.notEncoded
      .filter((entry) => isUnassignedReason(entry.reason))
      .map((entry) => ({ clause: entry.clause, text: clauseText.get(entry.clause) ?? "" })),
    files: [...files],
    replaces: [...replaces],
  };
}

/** What a paragraph became, in a few words: whose duty, a heading, left out and why, 未归属. */
function readAs(draft: Draft, clause: string, heading: boolean): string {
  const bearers = draft.units.filter((unit) => unit.duties.some((duty) => duty.clause === clause));
  if (bearers.length > 0) return `${bearers.map((unit) => unit.name).join("、")}的职责`;
  const heads = draft.units.filter((unit) => unit.heading === clause);
  if (heads.length > 0) return `标题：${heads.map((unit) => unit.name).join("、")}`;
  // Left out itself, or with the section it is in.
  let excluded = draft.notEncoded.find((entry) => entry.clause === clause);
  for (
    let parent = draft.clauses.find((c) => c.id === clause)?.parentId;
    !excluded && parent;
    parent = draft.clauses.find((c) => c.id === parent)?.parentId
  )
    excluded = draft.notEncoded.find((entry) => entry.clause === parent && !isUnassignedReason(entry.reason));
  if (excluded)
    return isUnassignedReason(excluded.reason)
      ? "未归属"
      : `不是职责（${EXCLUSION_WORDS[exclusionOf(excluded.reason)]}）`;
  return heading ? "标题" : `不是职责（${EXCLUSION_WORDS.section}）`;
}

/** The importer's reasons for leaving a paragraph out, in a few words for a narrow column. */
const EXCLUSION_WORDS = {
  frontMatter: "文件开头",
  rules: "要求、考核或追责",
  review: "回顾或问题",
  section: "所在部分不编码",
  other: "见理由",
} as const;

function exclusionOf(reason: string): keyof typeof EXCLUSION_WORDS {
  const known = (Object.keys(IMPORT_EXCLUSIONS) as Array<keyof typeof IMPORT_EXCLUSIONS>).find(
    (key) => IMPORT_EXCLUSIONS[key] === reason,
  );
  return known && known in EXCLUSION_WORDS ? (known as keyof typeof EXCLUSION_WORDS) : "other";
}
