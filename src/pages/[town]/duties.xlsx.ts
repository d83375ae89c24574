import type { APIRoute } from "astro";
import writeExcelFile from "write-excel-file/node";
import { getModel, townStaticPaths } from "../../data/site.ts";
import { dutyListRows, withPrintSetup } from "../../lib/export/index.ts";
import { DUTY_LIST_WIDTHS } from "../../domain/index.ts";
import type { TownRecord } from "../../lib/model/index.ts";

export const getStaticPaths = townStaticPaths;

/**
 * The 清单 as an Excel workbook: the same rows as duties.csv, the header row bold and frozen,
 * columns as wide as their content needs, long texts wrapped; landscape A4, one page wide,
 * the header row repeated on every printed page.
 */
export const GET: APIRoute<{ town: TownRecord }> = async ({ props }) => {
  const [header, ...rows] = dutyListRows(await getModel(), props.town.id);
  const data = [
    header!.map((value) => ({ value, fontWeight: "bold" as const, align: "center" as const })),
    ...rows.map((row) => row.map((value) => ({ value, wrap: true, alignVertical: "top" as const }))),
  ];
  const columns = header!.map((name) => ({ width: DUTY_LIST_WIDTHS[name as keyof typeof DUTY_LIST_WIDTHS] }));
  const sheet = "职责清单";
  const buffer = await writeExcelFile(data, {
    columns,
    stickyRowsCount: 1,
    sheet,
    orientation: "landscape",
  }).toBuffer();
  // Printed as an office prints a 清单: one page wide, the header row on every page.
  return new Response(await withPrintSetup(new Uint8Array(buffer), sheet), {
    headers: { "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
  });
};
