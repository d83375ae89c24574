/**
 * The 清单 as an Excel workbook, as `write-excel-file` takes it: the header row bold and
 * frozen, columns as wide as their content needs, long texts wrapped, landscape. Pure, so the
 * browser makes the workbook on click (src/scripts/xlsx-download.ts) and the tests make the
 * same one; `withPrintSetup` then prints it one page wide with the header on every page.
 */
import { DUTY_LIST_WIDTHS } from "../../domain/index.ts";

/** The workbook's one sheet. */
export const DUTY_LIST_SHEET = "职责清单";

/** The 清单's downloaded file, without extension: 张山子镇职责清单(.xlsx, .csv). */
export function dutyListFileStem(townName: string): string {
  return `${townName}${DUTY_LIST_SHEET}`;
}

/** A cell as write-excel-file takes it. */
export interface WorkbookCell {
  value: string;
  fontWeight?: "bold";
  align?: "center";
  wrap?: boolean;
  alignVertical?: "top";
}

/** A workbook of one sheet as write-excel-file takes it: the cells, and the sheet's options. */
export interface Workbook {
  data: WorkbookCell[][];
  options: {
    columns: Array<{ width: number }>;
    stickyRowsCount: number;
    sheet: string;
    orientation: "landscape";
  };
}

/** The cells and the sheet's options of the 清单 whose header and rows are given (dutyListRows). */
export function dutyListWorkbook(table: ReadonlyArray<readonly string[]>): Workbook {
  const [header = [], ...rows] = table;
  return {
    data: [
      header.map((value) => ({ value, fontWeight: "bold", align: "center" })),
      ...rows.map((row) => row.map((value): WorkbookCell => ({ value, wrap: true, alignVertical: "top" }))),
    ],
    options: {
      columns: header.map((name) => ({
        width: DUTY_LIST_WIDTHS[name as keyof typeof DUTY_LIST_WIDTHS] ?? 16,
      })),
      stickyRowsCount: 1,
      sheet: DUTY_LIST_SHEET,
      orientation: "landscape",
    },
  };
}
