import type { APIRoute, GetStaticPaths } from "astro";
import { getModel } from "../../data/site.ts";
import { buildLookupIndex } from "../../lib/lookup/index.ts";
import { ALL_TOWNS } from "../../lib/site/index.ts";

/** One lookup index per jurisdiction plus `all.json`: the browser loads only the one it needs. */
export const getStaticPaths = (async () => {
  const model = await getModel();
  return [{ params: { scope: ALL_TOWNS } }, ...model.towns.map((town) => ({ params: { scope: town.id } }))];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const model = await getModel();
  const scope = params["scope"];
  return Response.json(buildLookupIndex(model, scope === ALL_TOWNS ? undefined : scope));
};
