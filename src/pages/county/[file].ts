import type { APIRoute } from "astro";
import writeExcelFile from "write-excel-file/node";
import { getModel } from "../../data/site.ts";
import { hasCountyOverview } from "../../domain/index.ts";
import { countyOverview, countyOverviewRows, countyPostRows } from "../../lib/county/index.ts";
import { withPrintSetup } from "../../lib/export/index.ts";

/** Built only where the county overview page is. */
export async function getStaticPaths() {
  return hasCountyOverview((await getModel()).towns) ? [{ params: { file: "overview.xlsx" } }] : [];
}

const SHEET = "县域对照";

/**
 * The county overview as an Excel workbook: sectors × towns with each town's lead units,
 * then the posts; the header row bold and frozen, landscape A4 one page wide.
 */
export const GET: APIRoute = async () => {
  const overview = countyOverview(await getModel());
  const cell = (value: string, bold = false) => ({
    value,
    wrap: true,
    alignVertical: "top" as const,
    ...(bold ? { fontWeight: "bold" as const } : {}),
  });
  const [header, ...rows] = countyOverviewRows(overview);
  const [postHeader, ...postRows] = countyPostRows(overview);
  const data = [
    header!.map((value) => cell(value, true)),
    ...rows.map((row) => row.map((value, index) => cell(value, index === 0))),
    header!.map(() => cell("")),
    postHeader!.map((value) => cell(value, true)),
    ...postRows.map((row) => row.map((value, index) => cell(value, index === 0))),
  ];
  const buffer = await writeExcelFile(data, {
    columns: header!.map((_, index) => ({ width: index === 0 ? 16 : 22 })),
    stickyRowsCount: 1,
    sheet: SHEET,
    orientation: "landscape",
  }).toBuffer();
  return new Response(await withPrintSetup(new Uint8Array(buffer), SHEET), {
    headers: { "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
  });
};
