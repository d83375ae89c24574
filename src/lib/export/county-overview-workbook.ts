/**
 * The county overview (县域对照) as an Excel workbook, as `write-excel-file` takes it: sectors ×
 * towns with each town's lead units, a blank row, then the posts; header rows bold, the first
 * header frozen, first column bold, texts wrapped, landscape. Pure, so the browser makes the
 * workbook on click (src/scripts/xlsx-download.ts) from `/county/overview.json`, and the
 * tests make the same one; `withPrintSetup` then prints it one page wide.
 */
import type { Workbook, WorkbookCell } from "./duty-list-workbook.ts";

/** The workbook's one sheet. */
export const COUNTY_OVERVIEW_SHEET = "县域对照";

/** What the county page publishes for its workbook: the two tables, each header first. */
export interface CountyOverviewTables {
  /** 行业领域 × towns: countyOverviewRows. */
  sectors: string[][];
  /** 岗位 × towns: countyPostRows. */
  posts: string[][];
}

function cell(value: string, bold: boolean): WorkbookCell {
  return { value, wrap: true, alignVertical: "top", ...(bold ? { fontWeight: "bold" as const } : {}) };
}

/** The cells and the sheet's options of the county overview. */
export function countyOverviewWorkbook({ sectors, posts }: CountyOverviewTables): Workbook {
  const [header = [], ...rows] = sectors;
  const [postHeader = [], ...postRows] = posts;
  const table = (head: string[], body: string[][]) => [
    head.map((value) => cell(value, true)),
    ...body.map((row) => row.map((value, index) => cell(value, index === 0))),
  ];
  return {
    data: [...table(header, rows), header.map(() => cell("", false)), ...table(postHeader, postRows)],
    options: {
      columns: header.map((_, index) => ({ width: index === 0 ? 16 : 22 })),
      stickyRowsCount: 1,
      sheet: COUNTY_OVERVIEW_SHEET,
      orientation: "landscape",
    },
  };
}
