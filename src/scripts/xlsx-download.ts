/**
 * The 下载 Excel buttons: the town's 清单 (town and booklet pages, from `/<town>/duty-list.json`)
 * and the 县域对照 (county page, from `/county/overview.json`), each made as an .xlsx in the
 * browser with the same workbook and print setup the tests check. Opening the page with
 * `?download=xlsx` does the same at once. write-excel-file and JSZip load only on click.
 */
import { countyOverviewWorkbook, type CountyOverviewTables } from "../lib/export/county-overview-workbook.ts";
import { dutyListWorkbook } from "../lib/export/duty-list-workbook.ts";
import { fetchJson, startDownloadButton } from "./file-download.ts";

/** The workbooks a button can make, each from the rows its page publishes. */
const WORKBOOKS = {
  "duty-list": (rows: unknown) => dutyListWorkbook(rows as string[][]),
  "county-overview": (tables: unknown) => countyOverviewWorkbook(tables as CountyOverviewTables),
};

export type XlsxWorkbook = keyof typeof WORKBOOKS;

export function startXlsxDownload(): void {
  startDownloadButton("button[data-xlsx-data]", "Excel", "xlsx", async ({ xlsxData, xlsxWorkbook }) => {
    const [rows, { default: writeXlsxFile }, { withPrintSetup }] = await Promise.all([
      fetchJson<unknown>(xlsxData!),
      import("write-excel-file/browser"),
      import("../lib/export/xlsx-print.ts"),
    ]);
    const { data, options } = WORKBOOKS[xlsxWorkbook as XlsxWorkbook](rows);
    const blob = await writeXlsxFile(data, options).toBlob();
    const bytes = await withPrintSetup(new Uint8Array(await blob.arrayBuffer()), options.sheet);
    return new Blob([bytes], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
  });
}
