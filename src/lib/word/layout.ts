import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  PageReference,
  Paragraph,
  TableCell,
  TextRun,
  WidthType,
  type IRunOptions,
} from "docx";

/**
 * The 公文 page of GB/T 9704 in Word's units: page size and margins, the fonts of each kind of
 * text and the language of their runs, line pitch, the cells of tables.
 */

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
export const LANGUAGE = { value: "en-US", eastAsia: "zh-CN" } as const;

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

export function mm(millimetres: number): number {
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

export function font(eastAsia: string): NonNullable<IRunOptions["font"]> {
  return { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia, hint: "eastAsia" };
}

export function run(
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
export const SMALL_LINE = { line: 360, lineRule: LineRuleType.EXACT } as const;

/** Body line spacing: exactly the grid's pitch, so 22 lines fill a page. */
export const LINE = { line: GONGWEN.linePitch, lineRule: LineRuleType.EXACT } as const;

/** Two characters of 三号 text: the first-line indent of body paragraphs. */
export const TWO_CHARACTERS = 2 * 320;

export const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" } as const;

export const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER };

/** The text block's width in twips: 156 mm. */
export const TEXT_WIDTH = GONGWEN.pageWidth - GONGWEN.marginLeft - GONGWEN.marginRight;

export function cell(lines: string[], widthPercent: number, header = false): TableCell {
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

export const PAGE_CELL_STYLE = "PageCell";

/** A table cell holding the page a bookmark is on, as a field Word, WPS and LibreOffice compute. */
export function pageCell(bookmark: string, widthPercent: number): TableCell {
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
