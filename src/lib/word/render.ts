import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  LineRuleType,
  PageBreak,
  PageNumber,
  PageReference,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from "docx";
import { SIGNATURE_LINES } from "../print/wording.ts";
import type { WordBlock, WordDocumentSpec } from "./blocks.ts";

/**
 * The 公文 layout of GB/T 9704-2012 for Party and government documents: A4; margins 37 mm
 * top, 35 mm bottom, 28 mm left, 26 mm right (a 156 × 225 mm text block); body 仿宋 三号
 * on a grid of 22 lines a page; title 小标宋 二号; headings 黑体 (first level) and 楷体
 * (second); page numbers "— 1 —" at the foot, centred. Measures in twentieths of a point.
 */
/**
 * The text's languages: Chinese for Chinese characters, English for the Latin ones. Marked
 * Chinese, digits and brackets break anywhere in LibreOffice and WPS (张发〔202 / 0〕,
 * 6 / (2)); marked English, a year or 6(2) stays on one line, and the copied text is unchanged.
 */
const LANGUAGE = { value: "en-US", eastAsia: "zh-CN" } as const;

export const GONGWEN = {
  /** A4 in twips. */
  pageWidth: 11906,
  pageHeight: 16838,
  marginTop: mm(37),
  marginBottom: mm(35),
  marginLeft: mm(28),
  marginRight: mm(26),
  /** The page number sits 7 mm below the text block. */
  footer: mm(35 - 7 - 5),
  /** 225 mm ÷ 22 lines. */
  linePitch: Math.round(mm(225) / 22),
  /** Font sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 小四 12 pt. */
  size: { title: 44, body: 32, pageNumber: 28, small: 24 },
} as const;

function mm(millimetres: number): number {
  return Math.round((millimetres / 25.4) * 1440);
}

/**
 * The fonts, each named in the East Asian slot so Word and WPS set Chinese text in it, with
 * Times New Roman for Latin letters and digits. 仿宋, 黑体 and 楷体 come with every Chinese
 * Windows; 方正小标宋简体 is the usual title font on government machines, and where it is
 * missing Word and WPS substitute their default Chinese serif.
 */
export const FONTS = {
  title: "方正小标宋简体",
  body: "仿宋",
  heading1: "黑体",
  heading2: "楷体",
  pageNumber: "宋体",
} as const;

function font(eastAsia: string): NonNullable<IRunOptions["font"]> {
  return { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia, hint: "eastAsia" };
}

function run(
  text: string,
  face: string = FONTS.body,
  size: number = GONGWEN.size.body,
  bold = false,
): TextRun {
  return new TextRun({
    text,
    font: font(face),
    size,
    bold,
    language: LANGUAGE,
    // Smaller text (tables, notes) keeps its own line height instead of the body's 22-line grid.
    ...(size < GONGWEN.size.body ? { snapToGrid: false } : {}),
  });
}

/** Line spacing of 小四 text in tables and notes: 18 pt. */
const SMALL_LINE = { line: 360, lineRule: LineRuleType.EXACT } as const;

/** Body line spacing: exactly the grid's pitch, so 22 lines fill a page. */
const LINE = { line: GONGWEN.linePitch, lineRule: LineRuleType.EXACT } as const;

/** Two characters of 三号 text: the first-line indent of body paragraphs. */
const TWO_CHARACTERS = 2 * 320;

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" } as const;
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER };

/** The text block's width in twips: 156 mm. */
const TEXT_WIDTH = GONGWEN.pageWidth - GONGWEN.marginLeft - GONGWEN.marginRight;

function cell(lines: string[], widthPercent: number, header = false): TableCell {
  return new TableCell({
    width: { size: Math.round((TEXT_WIDTH * widthPercent) / 100), type: WidthType.DXA },
    children: lines.map(
      (line) =>
        new Paragraph({
          spacing: SMALL_LINE,
          children: [run(line, header ? FONTS.heading1 : FONTS.body, GONGWEN.size.small)],
        }),
    ),
  });
}

const PAGE_CELL_STYLE = "PageCell";

/** A table cell holding the page a bookmark is on, as a field Word, WPS and LibreOffice compute. */
function pageCell(bookmark: string, widthPercent: number): TableCell {
  return new TableCell({
    width: { size: Math.round((TEXT_WIDTH * widthPercent) / 100), type: WidthType.DXA },
    children: [
      new Paragraph({
        spacing: SMALL_LINE,
        alignment: AlignmentType.CENTER,
        style: PAGE_CELL_STYLE,
        children: [new PageReference(bookmark)],
      }),
    ],
  });
}

/** Renders blocks in order; numbered items count on until a `list-start`. */
function render(blocks: readonly WordBlock[]): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  let next = 1;
  for (const block of blocks)
    switch (block.kind) {
      case "title":
        out.push(
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: 0, after: GONGWEN.linePitch / 2 },
            children: block.bookmark
              ? [
                  new Bookmark({
                    id: block.bookmark,
                    children: [run(block.text, FONTS.title, GONGWEN.size.title)],
                  }),
                ]
              : [run(block.text, FONTS.title, GONGWEN.size.title)],
          }),
        );
        break;
      case "centered":
        out.push(
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: LINE, children: [run(block.text)] }),
        );
        break;
      case "heading":
        out.push(
          new Paragraph({
            spacing: LINE,
            indent: { firstLine: TWO_CHARACTERS },
            keepNext: true,
            children: [run(block.text, block.level === 1 ? FONTS.heading1 : FONTS.heading2)],
          }),
        );
        break;
      case "paragraph":
        out.push(
          new Paragraph({
            spacing: LINE,
            indent: { firstLine: TWO_CHARACTERS },
            children: [run(block.text)],
          }),
        );
        break;
      case "field":
        out.push(
          new Paragraph({
            spacing: LINE,
            children: [run(`${block.label}：`, FONTS.heading1), run(block.text)],
          }),
        );
        break;
      case "list-start":
        next = 1;
        break;
      case "item":
        out.push(
          new Paragraph({
            spacing: LINE,
            indent: { firstLine: TWO_CHARACTERS },
            keepLines: true,
            children: [
              run(`${next++}．`),
              ...(block.mark ? [run(block.mark, FONTS.heading1)] : []),
              // The clause before the text, on the item's first line: at the end, Word, WPS and
              // LibreOffice break a clause id between 四 and (二), whatever the run's language.
              run(`（${block.clause}）`, FONTS.heading2),
              run(block.text),
              ...(block.tags.length > 0
                ? [run(block.tags.map((tag) => `［${tag}］`).join(""), FONTS.heading2)]
                : []),
            ],
          }),
        );
        break;
      case "fill-lines":
        for (let line = 0; line < block.count; line++)
          out.push(
            new Paragraph({
              spacing: LINE,
              border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: "000000", space: 1 } },
              children: [],
            }),
          );
        out.push(
          new Paragraph({ alignment: AlignmentType.RIGHT, spacing: LINE, children: [run(block.caption)] }),
        );
        break;
      case "signatures": {
        // One table row per line, so the two parties' lines stay level however long a name.
        // Lines short enough for half the text block at 三号 (14 characters).
        const lines = [
          ({ side, name }: { side: string; name: string | null }) => `${side}：${name ?? "＿＿＿＿＿＿＿＿"}`,
          ...SIGNATURE_LINES.map((line) => () => line),
        ];
        const width = Math.round(TEXT_WIDTH / block.parties.length);
        out.push(
          new Paragraph({ spacing: LINE, keepNext: true, children: [] }),
          new Table({
            width: { size: TEXT_WIDTH, type: WidthType.DXA },
            borders: { ...NO_BORDERS, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER },
            rows: lines.map(
              (line, index) =>
                new TableRow({
                  cantSplit: true,
                  children: block.parties.map(
                    (party) =>
                      new TableCell({
                        borders: NO_BORDERS,
                        width: { size: width, type: WidthType.DXA },
                        children: [
                          new Paragraph({
                            spacing: { ...LINE, before: index === 2 ? GONGWEN.linePitch : 0 },
                            keepNext: index < lines.length - 1,
                            children: [run(line(party))],
                          }),
                        ],
                      }),
                  ),
                }),
            ),
          }),
        );
        break;
      }
      case "table":
        out.push(
          new Table({
            width: { size: TEXT_WIDTH, type: WidthType.DXA },
            rows: [
              new TableRow({
                tableHeader: true,
                children: block.header.map((text, index) => cell([text], block.widths[index] ?? 25, true)),
              }),
              ...block.rows.map(
                (row, rowIndex) =>
                  new TableRow({
                    cantSplit: true,
                    children: [
                      ...row.map((text, index) => cell([text], block.widths[index] ?? 25)),
                      ...(block.pageOf ? [pageCell(block.pageOf[rowIndex]!, block.widths.at(-1) ?? 10)] : []),
                    ],
                  }),
              ),
            ],
          }),
        );
        break;
      case "note":
        out.push(
          new Paragraph({
            spacing: { ...SMALL_LINE, before: 120 },
            children: [run(block.text, FONTS.body, GONGWEN.size.small)],
          }),
        );
        break;
      case "page-break":
        out.push(new Paragraph({ children: [new PageBreak()] }));
        break;
    }
  return out;
}

/** The Word document of a spec, in the 公文 layout. Pack it with docx's `Packer`. */
export function wordDocument(spec: WordDocumentSpec): Document {
  return new Document({
    title: spec.title,
    // Page numbers in a booklet's contents are fields: Word and WPS compute them on opening
    // (asked only where there are some, so a sheet or a letter opens without the question).
    ...(spec.blocks.some((block) => block.kind === "table" && block.pageOf)
      ? { features: { updateFields: true } }
      : {}),
    creator: "乡镇安全生产职责矩阵",
    description: "职责原文逐字引自来源文件；空白处由单位填写。",
    styles: {
      default: {
        document: {
          run: {
            font: font(FONTS.body),
            size: GONGWEN.size.body,
            language: LANGUAGE,
          },
        },
      },
      // The page numbers of a contents table, a field's result: small like the cells around them.
      paragraphStyles: [{ id: PAGE_CELL_STYLE, name: "页码", run: { size: GONGWEN.size.small } }],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: GONGWEN.pageWidth, height: GONGWEN.pageHeight },
            margin: {
              top: GONGWEN.marginTop,
              bottom: GONGWEN.marginBottom,
              left: GONGWEN.marginLeft,
              right: GONGWEN.marginRight,
              footer: GONGWEN.footer,
              header: mm(15),
            },
          },
          // The 22-line grid is kept by the body's exact line spacing; the section records its
          // pitch without snapping every paragraph to it, which in LibreOffice and WPS stretched
          // each line of a table to a body line (the 速查表 ran to three pages).
          grid: { type: DocumentGridType.DEFAULT, linePitch: GONGWEN.linePitch },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: ["— ", PageNumber.CURRENT, " —"],
                    font: font(FONTS.pageNumber),
                    size: GONGWEN.size.pageNumber,
                  }),
                ],
              }),
            ],
          }),
        },
        children: render(spec.blocks),
      },
    ],
  });
}
