import type { APIRoute } from "astro";
import { getModel, townStaticPaths } from "../../data/site.ts";
import { csvText, dutyListRows } from "../../lib/export/index.ts";
import type { TownRecord } from "../../lib/model/index.ts";

export const getStaticPaths = townStaticPaths;

/** The town's duties as a 清单 for Excel: one row per duty, 序号 to 来源文件. */
export const GET: APIRoute<{ town: TownRecord }> = async ({ props }) =>
  new Response(csvText(dutyListRows(await getModel(), props.town.id)), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
