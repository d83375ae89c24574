import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { csvField, csvText, matrixCsvRows, MATRIX_CSV_CORNER, UTF8_BOM } from "../../src/lib/export/index.ts";
import { checkedModel, minimalContent } from "../helpers/fixture.ts";

describe("csvText", () => {
  it("gives a field that opens like a spreadsheet formula a leading apostrophe, so Excel shows it as text", () => {
    expect(['=HYPERLINK("http://x")', "+1", "-负责", "@SUM(A1)", "负责=主责"].map(csvField)).toEqual([
      '"\'=HYPERLINK(""http://x"")"',
      "'+1",
      "'-负责",
      "'@SUM(A1)",
      "负责=主责",
    ]);
  });

  it("starts with the UTF-8 byte-order mark and ends every row with CRLF, as Excel expects", () => {
    const text = csvText([
      ["a", "b"],
      ["c", "d"],
    ]);
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    expect(text.slice(1)).toBe("a,b\r\nc,d\r\n");
  });

  it("quotes only fields with commas, quotes or line breaks, doubling inner quotes", () => {
    expect(["主责", "a,b", "“九小场所”", 'say "hi"', "two\nlines"].map(csvField)).toEqual([
      "主责",
      '"a,b"',
      "“九小场所”",
      '"say ""hi"""',
      '"two\nlines"',
    ]);
  });

  it("reads back through a standard CSV parser as the rows it was given", () => {
    const rows = [
      ["领域", "镇党委, 镇政府", '派出所 "110"'],
      ["消防", "主责", "多行\r\n文字"],
    ];
    expect(parse(csvText(rows), { bom: true })).toEqual(rows);
  });
});

describe("matrixCsvRows", () => {
  it("is a true matrix: unit names across, sector names down, the strongest role in each cell", () => {
    const model = checkedModel(minimalContent());
    expect(matrixCsvRows(model, model.towns[0]!)).toEqual([
      [MATRIX_CSV_CORNER, "测试派出所", "测试水利站"],
      ["消防", "主责", ""],
      ["燃气", "协助", "主责"],
    ]);
  });
});
