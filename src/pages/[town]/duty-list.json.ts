import type { APIRoute } from "astro";
import { getModel, townStaticPaths } from "../../data/site.ts";
import { dutyListRows } from "../../lib/export/index.ts";
import type { TownRecord } from "../../lib/model/index.ts";

export const getStaticPaths = townStaticPaths;

/**
 * The town's 清单 as rows (the header first), for the 下载 Excel button to make the workbook
 * from in the browser: no spreadsheet is written at build time.
 */
export const GET: APIRoute<{ town: TownRecord }> = async ({ props }) =>
  new Response(JSON.stringify(dutyListRows(await getModel(), props.town.id)), {
    headers: { "Content-Type": "application/json" },
  });
