import {
  citationFor,
  type DutyRecord,
  type Model,
  type SectorRecord,
  type TownRecord,
  type UnitRecord,
} from "../model/index.ts";
import {
  dutySheet,
  hasLetter,
  targetLetter,
  FILL_CAPTION,
  FILL_LINE_COUNT,
  letterPreamble,
  LETTER_COPIES,
  LETTER_FOOTNOTE,
  LETTER_TERM,
  letterSharedLede,
  ROLE_KEY,
  sharedInFullLede,
  type DutySheet,
  holderLine,
  LETTER_NAME,
} from "../print/index.ts";
import { numberToChineseNumeral } from "../sources/index.ts";
import { ROLE_LABELS, RULE_KIND_LABELS, UNIT_KIND_LABELS } from "../../domain/index.ts";
import {
  partStore,
  sheetBookmark,
  wordTitle,
  type TownWordData,
  type WordBlock,
  type WordDocumentSpec,
} from "./blocks.ts";

/**
 * The Word documents of the print pages, as parts of blocks: the same content in the same
 * order as the 职责清单 (DutySheet.astro), the 目标责任书 (letter.astro) and the booklet
 * (print/index.astro), with the same rule — only what the town's sources say; lines to fill
 * in where they are silent. Each function returns parts, so a town's rules or a group's
 * shared duties are one part however many documents hold them.
 */

/** A blank to write on by hand. */
const BLANK = "＿＿＿＿＿＿";

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
  }));
}

/** A unit's duties by sector, each sector a heading, its further sectors tags; numbered on. */
function sectionParts(
  model: Model,
  sections: ReadonlyArray<{ sector: SectorRecord; duties: DutyRecord[] }>,
  headerSource: string,
): WordBlock[] {
  return sections.flatMap(({ sector, duties }) => [
    { kind: "heading", level: 2, text: sector.data.name } as const,
    ...dutyItems(model, duties, headerSource, 1),
  ]);
}

/** The parts of a unit's A4 职责清单; `number` and `sheetNumberOf` inside the booklet. */
export function sheetParts(
  model: Model,
  sheet: DutySheet,
  number?: number,
  sheetNumberOf?: ReadonlyMap<string, number>,
): WordBlock[][] {
  const { town, unit, sources, sections, shared, roleCounts, basis } = sheet;
  const main = sources[0]!;
  const head: WordBlock[] = [
    {
      kind: "centered",
      text: `${town.data.name}安全生产职责清单${number !== undefined ? `　表 ${number}` : ""}`,
    },
    {
      kind: "title",
      text: unit.data.name,
      ...(number !== undefined ? { bookmark: sheetBookmark(number) } : {}),
    },
    { kind: "field", label: "类型", text: UNIT_KIND_LABELS[unit.data.kind] },
    { kind: "field", label: "依据", text: basis },
    { kind: "field", label: "职责", text: `${unit.duties.length} 条（${roleCounts}）` },
    ...(unit.data.kind === "post"
      ? [
          {
            kind: "field",
            label: "现任",
            text: holderLine(unit.data.holder),
          } as const,
        ]
      : []),
    ...(sheet.contact ? [{ kind: "field", label: "联系", text: sheet.contact } as const] : []),
    { kind: "list-start" },
  ];
  const sharedParts = shared.map(
    ({ group, sections: groupSections, clauses, document, inFull }): WordBlock[] => {
      if (inFull)
        return [
          { kind: "heading", level: 2, text: `同时适用：写给“${group.data.name}”的职责` },
          {
            kind: "paragraph",
            text: sharedInFullLede(group.duties.length, document, clauses, group.data.name),
          },
          ...dutyItems(
            model,
            groupSections.flatMap((section) => section.duties),
            main.id,
            0,
          ),
        ];
      const groupNumber = sheetNumberOf?.get(group.key);
      const where = groupNumber !== undefined ? `本册表 ${groupNumber}` : `${group.data.name}职责清单`;
      return [
        { kind: "heading", level: 2, text: "同时适用" },
        {
          kind: "paragraph",
          text: `写给“${group.data.name}”的 ${group.duties.length} 条职责（${document} ${clauses}），对本单位同样适用；一页印不下，全文见${where}。`,
        },
      ];
    },
  );
  return [
    head,
    sectionParts(model, sections, main.id),
    ...sharedParts,
    [
      {
        kind: "field",
        label: "负责人",
        text: `${BLANK}　联系电话：${BLANK}　打印日期：　　　　年　　月　　日`,
      },
      { kind: "note", text: ROLE_KEY },
    ],
  ];
}

/** The parts of a unit's 目标责任书. */
export function letterParts(model: Model, unit: UnitRecord): WordBlock[][] {
  const letter = targetLetter(model, unit);
  const { town, issuer, sources, sharedDuties, ruleSections } = letter;
  const main = sources[0]!;
  const document = `${main.data.docNumber ?? ""}《${main.data.title}》`;
  const head: WordBlock[] = [
    { kind: "title", text: `${town.data.name}${LETTER_NAME}` },
    { kind: "centered", text: "（　　　　年度）" },
    { kind: "field", label: "甲方", text: issuer.name ?? `${BLANK}（${issuer.blankReason}）` },
    { kind: "field", label: "乙方", text: unit.data.name },
    { kind: "field", label: LETTER_TERM.label, text: LETTER_TERM.text },
    {
      kind: "paragraph",
      text: letterPreamble(document, town.data.name),
    },
    { kind: "heading", level: 1, text: "一、工作职责" },
    { kind: "list-start" },
  ];
  const shared = sharedDuties.map(({ group, sections }): WordBlock[] => [
    { kind: "paragraph", text: letterSharedLede(group.data.name) },
    ...sectionParts(model, sections, main.id),
  ]);
  const rules = ruleSections.map((section, index): WordBlock[] => [
    { kind: "heading", level: 1, text: `${numberToChineseNumeral(index + 2)}、${section.title}` },
    ...(section.rules.length > 0
      ? [
          { kind: "list-start" } as const,
          ...section.rules.map((rule): WordBlock => ({
            kind: "item",
            mark: section.showKind ? `〔${RULE_KIND_LABELS[rule.kind]}〕` : null,
            text: rule.text,
            clause: rule.source === main.id ? rule.clause : citationFor(model, rule.source, rule.clause),
            tags: [],
          })),
        ]
      : [{ kind: "fill-lines", count: FILL_LINE_COUNT, caption: FILL_CAPTION } as const]),
  ]);
  return [
    head,
    sectionParts(model, letter.sections, main.id),
    ...shared,
    ...rules,
    [
      { kind: "paragraph", text: LETTER_COPIES },
      {
        kind: "signatures",
        parties: [
          { side: "甲方", name: issuer.name ?? null },
          { side: "乙方", name: unit.data.name },
        ],
      },
      { kind: "note", text: LETTER_FOOTNOTE },
    ],
  ];
}

/** A unit's 职责清单 as one document. */
export function sheetDocument(model: Model, unit: UnitRecord): WordDocumentSpec {
  return {
    title: `${unit.data.name}安全生产职责清单`,
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
