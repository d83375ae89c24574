import type { APIRoute } from "astro";
import { getModel, townStaticPaths } from "../../data/site.ts";
import type { TownRecord } from "../../lib/model/index.ts";
import { townWordData } from "../../lib/print/index.ts";

export const getStaticPaths = townStaticPaths;

/**
 * The town's 职责清单 and 目标责任书 as blocks, each distinct part once: the print pages'
 * 下载 Word button makes the .docx from it in the browser. Word files for every unit would
 * add a third to the site at 150 towns; this adds about 70 KB a town (npm run bench).
 */
export const GET: APIRoute<{ town: TownRecord }> = async ({ props }) =>
  new Response(JSON.stringify(townWordData(await getModel(), props.town)), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
