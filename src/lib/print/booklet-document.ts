import { citationFor, type Model, type TownRecord } from "../model/index.ts";
import { kindNotes, rulesByKind } from "../rules/index.ts";
import { clausePath, principlePath } from "../site/index.ts";
import { RULE_KIND_LABELS, UNIT_KIND_LABELS } from "../../domain/index.ts";
import { sheetBookmark, type WordBlock, type WordDocumentSpec } from "./blocks.ts";
import { quickReference, townBooklet } from "./booklet.ts";
import { sourceDateLabel } from "./sheet.ts";
import { sheetParts } from "./unit-documents.ts";
import {
  BOOKLET_COVER_NOTE,
  BOOKLET_NAME,
  ISSUER_UNKNOWN,
  noRulesSentence,
  QUICK_REFERENCE_TITLE,
  quickReferenceLede,
  RULES_TITLE,
  sourcesLeaveOut,
} from "./wording.ts";

/**
 * The town's booklet as blocks, for its print page and its Word file: the cover, the contents
 * with their page numbers, the quick reference, the principles and the rules, then every
 * unit's sheet.
 */

/** The print page's style of each chapter `bookletFrontParts` returns, in its order. */
export const BOOKLET_CHAPTER_STYLES = [
  "cover",
  "contents",
  "quick-reference",
  "principles-sheet",
  "rules-sheet",
];

/** The booklet's chapter of principles: each with the source clauses that state it, verbatim. */
export function bookletPrinciples(
  model: Model,
  town: TownRecord,
  booklet: ReturnType<typeof townBooklet>,
): WordBlock[] {
  return [
    { kind: "page-break" },
    { kind: "heading", level: 1, text: "原则" },
    ...(booklet.principles.length > 0
      ? booklet.principles.flatMap(({ principle, statements }): WordBlock[] => [
          {
            kind: "heading",
            level: 2,
            text: principle.data.name,
            style: "sheet-principle",
            href: principlePath(principle.id),
          },
          { kind: "paragraph", text: principle.data.summary },
          { kind: "list-start" },
          ...statements.map((statement): WordBlock => ({
            kind: "item",
            mark: null,
            text: `“${statement.text}”`,
            clause: citationFor(model, statement.source, statement.clause),
            tags: [],
            clauseHref: clausePath(statement.source, statement.clauseAnchor),
          })),
        ])
      : [
          {
            kind: "paragraph",
            text: `${sourcesLeaveOut(town.data.name, "写明原则")}。`,
            style: "letter-absent",
          } as const,
        ]),
  ];
}

/** The booklet's chapter of assessment and accountability: the town's rules by kind, verbatim. */
export function bookletRules(model: Model, town: TownRecord): WordBlock[] {
  const rules = rulesByKind(town.rules);
  return [
    { kind: "page-break" },
    { kind: "heading", level: 1, text: RULES_TITLE },
    ...(rules.groups.length > 0
      ? rules.groups.flatMap(({ kind, rules: list }): WordBlock[] => [
          { kind: "heading", level: 2, text: RULE_KIND_LABELS[kind], style: "sheet-principle" },
          { kind: "list-start", style: "letter-rule-list" },
          ...list.map((rule): WordBlock => ({
            kind: "item",
            mark: null,
            text: rule.text,
            clause: citationFor(model, rule.source, rule.clause),
            tags: [],
          })),
        ])
      : [{ kind: "paragraph", text: noRulesSentence(town.data.name), style: "letter-absent" } as const]),
    ...kindNotes(rules).map((text) => ({ kind: "note", text, style: "note-plain" }) as const),
  ];
}

/** The booklet's chapters before the sheets: cover, contents, quick reference, principles, rules. */
export function bookletFrontParts(model: Model, town: TownRecord): WordBlock[][] {
  const booklet = townBooklet(model, town);
  const cover: WordBlock[] = [
    ...(town.data.region
      ? [{ kind: "centered", text: town.data.region, style: "cover-region" } as const]
      : []),
    { kind: "title", text: `${town.data.name}${BOOKLET_NAME}`, style: "cover-title" },
    {
      kind: "centered",
      text: `${booklet.sheets.length} 个责任主体 · ${booklet.dutyCount} 条职责`,
      style: "cover-counts",
    },
    { kind: "heading", level: 1, text: "依据文件" },
    ...booklet.sources.map((source): WordBlock => ({
      kind: "paragraph",
      text: `${source.data.docNumber ? `${source.data.docNumber} ` : ""}《${source.data.title}》（${source.data.issuer ?? ISSUER_UNKNOWN} · ${sourceDateLabel(source.data)}）`,
      style: "cover-sources",
    })),
    { kind: "paragraph", text: BOOKLET_COVER_NOTE, style: "cover-note" },
  ];
  const contents: WordBlock[] = [
    { kind: "page-break" },
    { kind: "heading", level: 1, text: "目录" },
    {
      kind: "table",
      header: ["表", "责任主体", "类别", "职责", "页码"],
      widths: [11, 51, 16, 11, 11],
      style: "contents-table",
      rowKeys: booklet.sheets.map(({ sheet }) => sheet.unit.slug),
      rowLinks: booklet.sheets.map(({ sheet }) => `#sheet-${sheet.unit.slug}`),
      rows: booklet.sheets.map(({ number, sheet }) => [
        `表 ${number}`,
        sheet.unit.data.name,
        UNIT_KIND_LABELS[sheet.unit.data.kind],
        `${sheet.unit.duties.length} 条`,
      ]),
      // Word and WPS fill these in when the file opens (the document asks them to update fields).
      pageOf: booklet.sheets.map(({ number }) => sheetBookmark(number)),
    },
  ];
  const quick: WordBlock[] = [
    { kind: "page-break" },
    { kind: "heading", level: 1, text: QUICK_REFERENCE_TITLE },
    { kind: "paragraph", text: quickReferenceLede(town.data.kind), style: "sheet-shared-lede" },
    {
      kind: "table",
      style: "quick-reference-table",
      header: ["领域", "主责", "其他", "属地"],
      widths: [16, 28, 40, 16],
      rows: quickReference(model, town).map((row) => [
        row.sector.data.name,
        row.leads.join("、") || "—",
        row.supports.join("、") || "—",
        row.territory.join("、") || "—",
      ]),
    },
  ];
  const principles = bookletPrinciples(model, town, booklet);
  const rulesChapter = bookletRules(model, town);
  return [cover, contents, quick, principles, rulesChapter];
}

/** The town's booklet: its front chapters, then every unit's sheet on a page of its own. */
export function bookletDocument(model: Model, town: TownRecord): WordDocumentSpec {
  const booklet = townBooklet(model, town);
  return {
    title: `${town.data.name}${BOOKLET_NAME}`,
    blocks: [
      ...bookletFrontParts(model, town).flat(),
      ...booklet.sheets.flatMap(({ number, sheet }) => [
        { kind: "page-break" } as const,
        ...sheetParts(model, sheet, number, booklet.sheetNumberOf).flat(),
      ]),
    ],
  };
}
