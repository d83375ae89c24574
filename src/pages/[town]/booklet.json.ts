import type { APIRoute } from "astro";
import { getModel, townStaticPaths } from "../../data/site.ts";
import type { TownRecord } from "../../lib/model/index.ts";
import { bookletDocument } from "../../lib/print/index.ts";

export const getStaticPaths = townStaticPaths;

/**
 * The town's booklet as blocks: the booklet page's 下载 Word button makes the .docx from it in
 * the browser, as the unit pages do from word.json, so no Word file is rendered at build time.
 */
export const GET: APIRoute<{ town: TownRecord }> = async ({ props }) =>
  new Response(JSON.stringify(bookletDocument(await getModel(), props.town)), {
    headers: { "Content-Type": "application/json" },
  });
