import type { APIRoute } from "astro";
import { getModel, townStaticPaths } from "../../data/site.ts";
import { csvText, matrixCsvRows } from "../../lib/export/index.ts";
import type { TownRecord } from "../../lib/model/index.ts";

export const getStaticPaths = townStaticPaths;

/** The town's matrix for Excel: rows are sectors, columns units, cells the strongest role. */
export const GET: APIRoute<{ town: TownRecord }> = async ({ props }) =>
  new Response(csvText(matrixCsvRows(await getModel(), props.town)), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
