import type { APIRoute, GetStaticPaths } from "astro";
import { getModel, lookupIndexJson } from "../../data/site.ts";

/**
 * One lookup index per jurisdiction. There is no index of every town: "全部辖区" fetches
 * towns' indexes a few at a time and merges them (src/lib/lookup/merge.ts), so a county of
 * 150 towns answers without downloading all of them first.
 */
export const getStaticPaths = (async () => {
  const model = await getModel();
  return model.towns.map((town) => ({ params: { scope: town.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(await lookupIndexJson(params["scope"]!), { headers: { "content-type": "application/json" } });
