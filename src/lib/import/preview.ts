import { ROLE_LABELS, ROLES } from "../../domain/roles.ts";
import { COLUMN_MEANING_LABELS, tableColumns, type ColumnMeaning, type ColumnMeanings } from "./tables.ts";
import { isUnassignedReason } from "../../domain/review.ts";
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
