import { describe, expect, it } from "vitest";
import { countyOverviewWorkbook, fitToWidth, repeatHeaderRow } from "../../src/lib/export/index.ts";

describe("fitToWidth", () => {
  it("turns fitting on in the sheet's properties and fits one page wide, as many pages down as needed", () => {
    const sheet =
      '<worksheet xmlns="x"><sheetData/><pageSetup paperSize="9" orientation="landscape"/></worksheet>';
    expect(fitToWidth(sheet)).toBe(
      '<worksheet xmlns="x"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><sheetData/><pageSetup fitToWidth="1" fitToHeight="0" paperSize="9" orientation="landscape"/></worksheet>',
    );
  });

  it("adds a landscape A4 page setup after the data where the sheet has none", () => {
    expect(fitToWidth("<worksheet><sheetData></sheetData></worksheet>")).toBe(
      '<worksheet><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><sheetData></sheetData><pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/></worksheet>',
    );
  });
});

describe("repeatHeaderRow", () => {
  const title = `<definedName name="_xlnm.Print_Titles" localSheetId="0">'职责清单'!$1:$1</definedName>`;

  it("names the first row the print titles, whether the workbook has no names, an empty list or some", () => {
    expect(repeatHeaderRow("<sheets/></sheets><calcPr/>", "职责清单")).toContain(
      `</sheets><definedNames>${title}</definedNames>`,
    );
    expect(repeatHeaderRow("<sheets></sheets><definedNames/>", "职责清单")).toContain(
      `<definedNames>${title}</definedNames>`,
    );
    expect(
      repeatHeaderRow('<definedNames><definedName name="a">x</definedName></definedNames>', "职责清单"),
    ).toBe(`<definedNames>${title}<definedName name="a">x</definedName></definedNames>`);
  });

  it("doubles an apostrophe in the sheet's name, as Excel quotes it", () => {
    expect(repeatHeaderRow("<definedNames/>", "张's")).toContain(`'张''s'!$1:$1`);
  });
});

describe("countyOverviewWorkbook", () => {
  const tables = {
    sectors: [
      ["行业领域", "甲镇", "乙乡"],
      ["消防", "派出所", "缺主责"],
    ],
    posts: [
      ["岗位", "甲镇", "乙乡"],
      ["镇长", "王某", ""],
    ],
  };

  it("sets the sectors, a blank row, then the posts, with the headers and the first column bold", () => {
    const { data } = countyOverviewWorkbook(tables);
    expect(data.map((row) => row.map((cell) => cell.value))).toEqual([
      ["行业领域", "甲镇", "乙乡"],
      ["消防", "派出所", "缺主责"],
      ["", "", ""],
      ["岗位", "甲镇", "乙乡"],
      ["镇长", "王某", ""],
    ]);
    const bold = data.map((row) => row.map((cell) => cell.fontWeight === "bold"));
    expect(bold).toEqual([
      [true, true, true],
      [true, false, false],
      [false, false, false],
      [true, true, true],
      [true, false, false],
    ]);
    expect(data.flat().every((cell) => cell.wrap && cell.alignVertical === "top")).toBe(true);
  });

  it("freezes the first row and prints the one sheet landscape, the sector column narrower", () => {
    const { options } = countyOverviewWorkbook(tables);
    expect(options).toEqual({
      columns: [{ width: 16 }, { width: 22 }, { width: 22 }],
      stickyRowsCount: 1,
      sheet: "县域对照",
      orientation: "landscape",
    });
  });
});
