import { citationFor, type Model, type TownRecord } from "../model/index.ts";
import {
  quickReference,
  sourceDateLabel,
  townBooklet,
  BOOKLET_COVER_NOTE,
  quickReferenceLede,
  BOOKLET_NAME,
  ISSUER_UNKNOWN,
  noRulesSentence,
  QUICK_REFERENCE_TITLE,
  RULES_TITLE,
} from "../print/index.ts";
import { kindNotes, rulesByKind } from "../rules/index.ts";
import { RULE_KIND_LABELS, UNIT_KIND_LABELS } from "../../domain/index.ts";
import { sheetBookmark, type WordBlock, type WordDocumentSpec } from "./blocks.ts";
import { sheetParts } from "./parts.ts";

/**
 * The town's booklet as Word blocks: the cover, the contents with their page numbers, the quick
 * reference, the principles and the rules, then every unit's sheet.
 */

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
          { kind: "heading", level: 2, text: principle.data.name },
          { kind: "paragraph", text: principle.data.summary },
          { kind: "list-start" },
          ...statements.map((statement): WordBlock => ({
            kind: "item",
            mark: null,
            text: `“${statement.text}”`,
            clause: citationFor(model, statement.source, statement.clause),
            tags: [],
          })),
        ])
      : [{ kind: "paragraph", text: `${town.data.name}的来源文件没有写明原则。` } as const]),
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
          { kind: "heading", level: 2, text: RULE_KIND_LABELS[kind] },
          { kind: "list-start" },
          ...list.map((rule): WordBlock => ({
            kind: "item",
            mark: null,
            text: rule.text,
            clause: citationFor(model, rule.source, rule.clause),
            tags: [],
          })),
        ])
      : [{ kind: "paragraph", text: noRulesSentence(town.data.name) } as const]),
    ...kindNotes(rules).map((text) => ({ kind: "note", text }) as const),
  ];
}

/** The booklet's chapters before the sheets: cover, contents, quick reference, principles, rules. */
export function bookletFrontParts(model: Model, town: TownRecord): WordBlock[][] {
  const booklet = townBooklet(model, town);
  const cover: WordBlock[] = [
    ...(town.data.region ? [{ kind: "centered", text: town.data.region } as const] : []),
    { kind: "title", text: `${town.data.name}${BOOKLET_NAME}` },
    { kind: "centered", text: `${booklet.sheets.length} 个责任主体 · ${booklet.dutyCount} 条职责` },
    { kind: "heading", level: 1, text: "依据文件" },
    ...booklet.sources.map((source): WordBlock => ({
      kind: "paragraph",
      text: `${source.data.docNumber ? `${source.data.docNumber} ` : ""}《${source.data.title}》（${source.data.issuer ?? ISSUER_UNKNOWN} · ${sourceDateLabel(source.data)}）`,
    })),
    {
      kind: "paragraph",
      text: BOOKLET_COVER_NOTE,
    },
  ];
  const contents: WordBlock[] = [
    { kind: "page-break" },
    { kind: "heading", level: 1, text: "目录" },
    {
      kind: "table",
      header: ["表", "责任主体", "类别", "职责", "页码"],
      widths: [11, 51, 16, 11, 11],
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
    {
      kind: "paragraph",
      text: quickReferenceLede(town.data.kind),
    },
    {
      kind: "table",
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
