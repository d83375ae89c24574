import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { QUOTED_VERBATIM, SIGNATURE_LINES } from "../print/wording.ts";
import { PRODUCT_NAME } from "../../domain/product.ts";
import type { WordBlock, WordDocumentSpec } from "../print/blocks.ts";
import {
  FONTS,
  GONGWEN,
  LANGUAGE,
  LINE,
  NO_BORDER,
  NO_BORDERS,
  PAGE_CELL_STYLE,
  SMALL_LINE,
  TEXT_WIDTH,
  TWO_CHARACTERS,
  cell,
  font,
  mm,
  pageCell,
  run,
} from "./layout.ts";

/** A block of one kind, as its renderer takes it. */
type BlockOf<K extends WordBlock["kind"]> = Extract<WordBlock, { kind: K }>;

/** What rendering carries from block to block: the next item's number. */
interface RenderState {
  next: number;
}

function titleParagraph(block: BlockOf<"title">): Paragraph {
  const title = run(block.text, FONTS.title, GONGWEN.size.title);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: GONGWEN.linePitch / 2 },
    children: block.bookmark ? [new Bookmark({ id: block.bookmark, children: [title] })] : [title],
  });
}

function itemParagraph(block: BlockOf<"item">, state: RenderState): Paragraph {
  return new Paragraph({
    spacing: LINE,
    indent: { firstLine: TWO_CHARACTERS },
    keepLines: true,
    children: [
      run(`${state.next++}．`),
      ...(block.mark ? [run(block.mark, FONTS.heading1)] : []),
      // The clause before the text, on the item's first line: at the end, Word, WPS and
      // LibreOffice break a clause id between 四 and (二), whatever the run's language.
      run(`（${block.clause}）`, FONTS.heading2),
      run(block.text),
      ...(block.tags.length > 0 ? [run(block.tags.map((tag) => `［${tag}］`).join(""), FONTS.heading2)] : []),
    ],
  });
}

function fillLines(block: BlockOf<"fill-lines">): Paragraph[] {
  const line = () =>
    new Paragraph({
      spacing: LINE,
      border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: "000000", space: 1 } },
      children: [],
    });
  return [
    ...Array.from({ length: block.count }, line),
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing: LINE, children: [run(block.caption)] }),
  ];
}

/** One table row per line, so the two parties' lines stay level however long a name. */
function signatureTable(block: BlockOf<"signatures">): Array<Paragraph | Table> {
  // Lines short enough for half the text block at 三号 (14 characters).
  const lines = [
    ({ side, name }: { side: string; name: string | null }) => `${side}：${name ?? "＿＿＿＿＿＿＿＿"}`,
    ...SIGNATURE_LINES.map((line) => () => line),
  ];
  const width = Math.round(TEXT_WIDTH / block.parties.length);
  const partyCell = (
    party: BlockOf<"signatures">["parties"][number],
    line: (typeof lines)[number],
    index: number,
  ) =>
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
    });
  return [
    new Paragraph({ spacing: LINE, keepNext: true, children: [] }),
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      borders: { ...NO_BORDERS, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER },
      rows: lines.map(
        (line, index) =>
          new TableRow({
            cantSplit: true,
            children: block.parties.map((party) => partyCell(party, line, index)),
          }),
      ),
    }),
  ];
}

function dataTable(block: BlockOf<"table">): Table {
  return new Table({
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
  });
}

/** Each kind of block as Word paragraphs and tables. */
const RENDERERS: {
  [K in WordBlock["kind"]]: (block: BlockOf<K>, state: RenderState) => Array<Paragraph | Table>;
} = {
  title: (block) => [titleParagraph(block)],
  centered: (block) => [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: LINE, children: [run(block.text)] }),
  ],
  heading: (block) => [
    new Paragraph({
      spacing: LINE,
      indent: { firstLine: TWO_CHARACTERS },
      keepNext: true,
      children: [run(block.text, block.level === 1 ? FONTS.heading1 : FONTS.heading2)],
    }),
  ],
  paragraph: (block) => [
    new Paragraph({ spacing: LINE, indent: { firstLine: TWO_CHARACTERS }, children: [run(block.text)] }),
  ],
  field: (block) => [
    new Paragraph({ spacing: LINE, children: [run(`${block.label}：`, FONTS.heading1), run(block.text)] }),
  ],
  "list-start": (_block, state) => {
    state.next = 1;
    return [];
  },
  item: (block, state) => [itemParagraph(block, state)],
  "fill-lines": fillLines,
  signatures: signatureTable,
  table: (block) => [dataTable(block)],
  note: (block) => [
    new Paragraph({
      spacing: { ...SMALL_LINE, before: 120 },
      children: [run(block.text, FONTS.body, GONGWEN.size.small)],
    }),
  ],
  "page-break": () => [new Paragraph({ children: [new PageBreak()] })],
};

/** Renders blocks in order; numbered items count on until a `list-start`. */
function render(blocks: readonly WordBlock[]): Array<Paragraph | Table> {
  const state: RenderState = { next: 1 };
  return blocks.flatMap((block) =>
    (RENDERERS[block.kind] as (block: WordBlock, state: RenderState) => Array<Paragraph | Table>)(
      block,
      state,
    ),
  );
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
    creator: PRODUCT_NAME,
    description: `${QUOTED_VERBATIM}；空白处由单位填写。`,
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
