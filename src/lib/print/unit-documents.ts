import {
  citationFor,
  type DutyRecord,
  type Model,
  type SectorRecord,
  type TownRecord,
  type UnitRecord,
} from "../model/index.ts";
import { numberToChineseNumeral } from "../sources/index.ts";
import { printPath } from "../site/index.ts";
import { ROLE_LABELS, RULE_KIND_LABELS, UNIT_KIND_LABELS } from "../../domain/index.ts";
import {
  blank,
  partStore,
  sheetBookmark,
  wordTitle,
  type TownWordData,
  type WordBlock,
  type WordDocumentSpec,
} from "./blocks.ts";
import { hasLetter, targetLetter } from "./letter.ts";
import { dutySheet, type DutySheet, type SharedDutiesReference } from "./sheet.ts";
import {
  FILL_CAPTION,
  FILL_LINE_COUNT,
  holderLine,
  LETTER_COPIES,
  LETTER_FOOTNOTE,
  LETTER_NAME,
  LETTER_TERM,
  letterPreamble,
  letterSharedLede,
  ROLE_KEY,
  SAME_FOR_THIS_UNIT,
  SHEET_NAME,
  sharedInFullLede,
} from "./wording.ts";

/**
 * A unit's 职责清单 and 目标责任书 as parts of blocks, for the print pages and the Word files
 * alike, with one rule — only what the town's sources say; lines to fill in where they are
 * silent. Each function returns parts, so a town's rules or a group's shared duties are one
 * part however many documents hold them.
 */

function dutyItems(
  model: Model,
  duties: readonly DutyRecord[],
  headerSource: string,
  tagsFrom: 0 | 1,
): WordBlock[] {
  return duties.map((duty) => ({
    kind: "item",
    mark: `〔${ROLE_LABELS[duty.role]}〕`,
    text: duty.text,
    clause: duty.source === headerSource ? duty.clause : citationFor(model, duty.source, duty.clause),
    tags: duty.sectors.slice(tagsFrom).map((id) => model.sectorById.get(id)!.data.name),
    role: duty.role,
  }));
}

/** A unit's duties by sector, each sector a heading, its further sectors tags; numbered on. */
function sectionParts(
  model: Model,
  sections: ReadonlyArray<{ sector: SectorRecord; duties: DutyRecord[] }>,
  headerSource: string,
): WordBlock[] {
  return sections.flatMap(({ sector, duties }) => [
    { kind: "heading", level: 2, text: sector.data.name, style: "sheet-sector" } as const,
    ...dutyItems(model, duties, headerSource, 1),
  ]);
}

/** Fields of one list on the page (its `style`): a label and its value each. */
function fieldIn(style: string): (label: string, text: string) => WordBlock {
  return (label, text) => ({ kind: "field", label, text, style });
}

/** A sheet's head: the town's kicker, the unit's name and what the sheet rests on. */
function sheetHead(sheet: DutySheet, number: number | undefined): WordBlock[] {
  const { town, unit, roleCounts, basis } = sheet;
  const meta = fieldIn("sheet-meta");
  return [
    {
      kind: "centered",
      text: `${town.data.name}${SHEET_NAME}${number !== undefined ? `　表 ${number}` : ""}`,
      style: "sheet-kicker",
    },
    {
      kind: "title",
      text: unit.data.name,
      style: "sheet-title",
      ...(number !== undefined ? { bookmark: sheetBookmark(number) } : {}),
    },
    meta("类型", UNIT_KIND_LABELS[unit.data.kind]),
    meta("依据", basis),
    meta("职责", `${unit.duties.length} 条（${roleCounts}）`),
    ...(unit.data.kind === "post" ? [meta("现任", holderLine(unit.data.holder))] : []),
    ...(sheet.contact ? [meta("联系", sheet.contact)] : []),
    { kind: "list-start" },
  ];
}

/** Duties written to a group that bind the unit: in full where the page has room, else referenced. */
function sharedPart(
  model: Model,
  reference: SharedDutiesReference,
  headerSource: string,
  sheetNumberOf: ReadonlyMap<string, number> | undefined,
): WordBlock[] {
  const { group, sections, clauses, document, inFull, compact } = reference;
  if (inFull)
    return [
      {
        kind: "heading",
        level: 2,
        text: `同时适用：写给“${group.data.name}”的职责`,
        style: compact ? "sheet-shared-full sheet-shared-compact" : "sheet-shared-full",
      },
      {
        kind: "paragraph",
        text: sharedInFullLede(group.duties.length, document, clauses, group.data.name),
        style: "sheet-shared-lede",
      },
      ...dutyItems(
        model,
        sections.flatMap((section) => section.duties),
        headerSource,
        0,
      ),
    ];
  const groupNumber = sheetNumberOf?.get(group.key);
  const link =
    groupNumber !== undefined
      ? { text: `本册表 ${groupNumber}`, href: `#sheet-${group.slug}` }
      : { text: `${group.data.name}${SHEET_NAME}`, href: printPath(group.key) };
  return [
    { kind: "heading", level: 2, text: "同时适用", style: "sheet-shared" },
    {
      kind: "paragraph",
      text: `写给“${group.data.name}”的 ${group.duties.length} 条职责（${document} ${clauses}），${SAME_FOR_THIS_UNIT}；一页印不下，全文见${link.text}。`,
      link,
    },
  ];
}

/** The parts of a unit's A4 职责清单; `number` and `sheetNumberOf` inside the booklet. */
export function sheetParts(
  model: Model,
  sheet: DutySheet,
  number?: number,
  sheetNumberOf?: ReadonlyMap<string, number>,
): WordBlock[][] {
  const main = sheet.sources[0]!;
  return [
    sheetHead(sheet, number),
    sectionParts(model, sheet.sections, main.id),
    ...sheet.shared.map((reference) => sharedPart(model, reference, main.id, sheetNumberOf)),
    [
      {
        kind: "field",
        label: "负责人",
        text: `${blank()}　联系电话：${blank()}　打印日期：${blank(4)}年${blank(2)}月${blank(2)}日`,
        style: "sheet-fill",
      },
      { kind: "note", text: ROLE_KEY, style: "sheet-foot" },
    ],
  ];
}

/** The 责任书's head: title, year, the parties and the term, and what they agree. */
function letterHead(letter: ReturnType<typeof targetLetter>): WordBlock[] {
  const { town, unit, issuer, sources } = letter;
  const main = sources[0]!;
  const document = `${main.data.docNumber ?? ""}《${main.data.title}》`;
  const party = fieldIn("letter-parties");
  return [
    { kind: "title", text: `${town.data.name}${LETTER_NAME}`, style: "letter-title" },
    { kind: "centered", text: `（${blank(4)}年度）`, style: "letter-year" },
    party("甲方", issuer.name ?? `${blank()}（${issuer.blankReason}）`),
    party("乙方", unit.data.name),
    party(LETTER_TERM.label, LETTER_TERM.text),
    { kind: "paragraph", text: letterPreamble(document, town.data.name), style: "letter-preamble" },
    { kind: "heading", level: 1, text: "一、工作职责" },
    { kind: "list-start" },
  ];
}

/** The 责任书's sections of the town's rules, quoted; ruled lines where the sources set none. */
function letterRuleParts(model: Model, letter: ReturnType<typeof targetLetter>): WordBlock[][] {
  const main = letter.sources[0]!;
  return letter.ruleSections.map((section, index): WordBlock[] => [
    {
      kind: "heading",
      level: 1,
      text: `${numberToChineseNumeral(index + 2)}、${section.title}`,
      style: "letter-rules",
    },
    ...(section.rules.length > 0
      ? [
          { kind: "list-start", style: "letter-rule-list" } as const,
          ...section.rules.map((rule): WordBlock => ({
            kind: "item",
            mark: section.showKind ? `〔${RULE_KIND_LABELS[rule.kind]}〕` : null,
            text: rule.text,
            clause: rule.source === main.id ? rule.clause : citationFor(model, rule.source, rule.clause),
            tags: [],
            ruleKind: rule.kind,
          })),
        ]
      : [
          {
            kind: "fill-lines",
            count: FILL_LINE_COUNT,
            caption: FILL_CAPTION,
            ...(section.absent ? { absent: section.absent } : {}),
          } as const,
        ]),
  ]);
}

/** The parts of a unit's 目标责任书. */
export function letterParts(model: Model, unit: UnitRecord): WordBlock[][] {
  const letter = targetLetter(model, unit);
  const { issuer, sharedDuties } = letter;
  const main = letter.sources[0]!;
  const shared = sharedDuties.map(({ group, sections }): WordBlock[] => [
    { kind: "paragraph", text: letterSharedLede(group.data.name), style: "letter-shared-lede" },
    ...sectionParts(model, sections, main.id),
  ]);
  return [
    letterHead(letter),
    sectionParts(model, letter.sections, main.id),
    ...shared,
    ...letterRuleParts(model, letter),
    [
      { kind: "paragraph", text: LETTER_COPIES, style: "letter-copies" },
      {
        kind: "signatures",
        parties: [
          { side: "甲方", name: issuer.name ?? null },
          { side: "乙方", name: unit.data.name },
        ],
      },
      { kind: "note", text: LETTER_FOOTNOTE, style: "letter-footnote" },
    ],
  ];
}

/** A unit's 职责清单 as one document. */
export function sheetDocument(model: Model, unit: UnitRecord): WordDocumentSpec {
  return {
    title: wordTitle(unit.data.name, "sheet"),
    blocks: sheetParts(model, dutySheet(model, unit)).flat(),
  };
}

/** A unit's 目标责任书 as one document. */
export function letterDocument(model: Model, unit: UnitRecord): WordDocumentSpec {
  return { title: wordTitle(unit.data.name, "letter"), blocks: letterParts(model, unit).flat() };
}

/** Every unit's 职责清单 and 目标责任书 of a town, each distinct part stored once. */
export function townWordData(model: Model, town: TownRecord): TownWordData {
  const store = partStore();
  const units: TownWordData["units"] = {};
  for (const unit of town.units)
    units[unit.slug] = {
      name: unit.data.name,
      sheet: sheetParts(model, dutySheet(model, unit)).map(store.add),
      letter: hasLetter(unit) ? letterParts(model, unit).map(store.add) : null,
    };
  return { town: town.data.name, parts: store.parts, units };
}
