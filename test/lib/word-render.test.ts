import { Packer } from "docx";
import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import type { WordBlock } from "../../src/lib/print/index.ts";
import { FONTS, wordDocument } from "../../src/lib/word/index.ts";
import { docxXml } from "../helpers/docx.ts";

/** A .docx made from blocks, read back as its lines of text and its document XML. */
async function rendered(blocks: WordBlock[]): Promise<{ lines: string[]; document: string }> {
  const bytes = new Uint8Array(await Packer.toBuffer(wordDocument({ title: "测试", blocks })));
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  const lines = value
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  return { lines, document: (await docxXml(bytes)).document };
}

const item = (text: string, clause = "一"): WordBlock => ({
  kind: "item",
  mark: "〔主责〕",
  text,
  clause,
  tags: [],
});

describe("wordDocument, blocks rendered as a .docx", () => {
  it("numbers items on across headings and from 1 again after a list-start, the clause before the text", async () => {
    const { lines } = await rendered([
      { kind: "list-start" },
      { kind: "heading", level: 2, text: "消防" },
      item("负责消防。", "四(二)1"),
      { kind: "heading", level: 2, text: "交通" },
      item("负责交通。"),
      { kind: "list-start" },
      item("考核。"),
    ]);
    expect(lines).toEqual([
      "消防",
      "1．〔主责〕（四(二)1）负责消防。",
      "交通",
      "2．〔主责〕（一）负责交通。",
      "1．〔主责〕（一）考核。",
    ]);
  });

  it("sets the title in the 公文 title font and headings in 黑体 and 楷体", async () => {
    const { document } = await rendered([
      { kind: "title", text: "标题" },
      { kind: "heading", level: 1, text: "一、工作职责" },
      { kind: "heading", level: 2, text: "消防" },
    ]);
    for (const font of [FONTS.title, FONTS.heading1, FONTS.heading2])
      expect(document).toContain(`w:eastAsia="${font}"`);
  });

  it("leaves the blanks of a field as the underscores the office fills in, and rules the fill-in lines", async () => {
    const { lines, document } = await rendered([
      { kind: "field", label: "负责人", text: "＿＿＿＿＿＿　打印日期：＿＿＿＿年" },
      { kind: "fill-lines", count: 3, caption: "（由甲方填写）", absent: "只在屏幕上说" },
    ]);
    expect(lines).toEqual(["负责人：＿＿＿＿＿＿　打印日期：＿＿＿＿年", "（由甲方填写）"]);
    expect(document.match(/<w:bottom /g)?.length).toBe(3);
  });

  it("gives a contents row the page of its bookmark as a PAGEREF field", async () => {
    const { document } = await rendered([
      {
        kind: "table",
        header: ["表", "责任主体", "页码"],
        widths: [20, 60, 20],
        rows: [["表 1", "派出所"]],
        pageOf: ["sheet_1"],
      },
      { kind: "page-break" },
      { kind: "title", text: "派出所", bookmark: "sheet_1" },
    ]);
    expect(document).toContain("PAGEREF sheet_1");
    expect(document).toMatch(/<w:bookmarkStart [^>]*w:name="sheet_1"/);
  });

  it("sets both parties' signature lines side by side, a line to sign where a party is unnamed", async () => {
    const { lines } = await rendered([
      {
        kind: "signatures",
        parties: [
          { side: "甲方", name: null },
          { side: "乙方", name: "派出所" },
        ],
      },
    ]);
    expect(lines.slice(0, 2)).toEqual(["甲方：＿＿＿＿＿＿＿＿", "乙方：派出所"]);
  });
});
