/**
 * The 下载 Excel button of the town page and the booklet page: makes the town's 清单 as an
 * .xlsx in the browser from its rows (`/<town>/duty-list.json`), with the same workbook and
 * print setup the tests check. Opening the town page with `?download=xlsx` does the same at
 * once. write-excel-file and JSZip load only on click.
 */
import { dutyListWorkbook } from "../lib/export/duty-list-workbook.ts";
import { fetchJson, startDownloadButton } from "./file-download.ts";

export function startXlsxDownload(): void {
  startDownloadButton("button[data-xlsx-data]", "Excel", "xlsx", async ({ xlsxData }) => {
    const [rows, { default: writeXlsxFile }, { withPrintSetup }] = await Promise.all([
      fetchJson<string[][]>(xlsxData!),
      import("write-excel-file/browser"),
      import("../lib/export/xlsx-print.ts"),
    ]);
    const { data, options } = dutyListWorkbook(rows);
    const blob = await writeXlsxFile(data, options).toBlob();
    const bytes = await withPrintSetup(new Uint8Array(await blob.arrayBuffer()), options.sheet);
    return new Blob([bytes], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
  });
}
