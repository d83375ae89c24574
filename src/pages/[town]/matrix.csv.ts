import type { APIRoute, GetStaticPaths } from "astro";
import { getModel } from "../../data/site.ts";
import { csvText, matrixCsvRows } from "../../lib/export/index.ts";

export const getStaticPaths = (async () => {
  const model = await getModel();
  return model.towns.map((town) => ({ params: { town: town.id } }));
}) satisfies GetStaticPaths;

/** The town's matrix for Excel: rows are sectors, columns units, cells the strongest role. */
export const GET: APIRoute = async ({ params }) => {
  const model = await getModel();
  const town = model.towns.find((t) => t.id === params["town"])!;
  return new Response(csvText(matrixCsvRows(model, town)), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
};
