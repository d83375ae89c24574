import type { APIRoute } from "astro";
import { getModel } from "../../data/site.ts";
import { hasCountyOverview } from "../../domain/index.ts";
import { countyOverview, countyOverviewRows, countyPostRows } from "../../lib/county/index.ts";
import type { CountyOverviewTables } from "../../lib/export/index.ts";

/** Built only where the county overview page is. */
export async function getStaticPaths() {
  return hasCountyOverview((await getModel()).towns) ? [{ params: { file: "overview.json" } }] : [];
}

/**
 * The county overview's two tables, from which the page's 下载 Excel button makes the
 * workbook in the browser (countyOverviewWorkbook): no workbook is made at build time.
 */
export const GET: APIRoute = async () => {
  const overview = countyOverview(await getModel());
  const tables: CountyOverviewTables = {
    sectors: countyOverviewRows(overview),
    posts: countyPostRows(overview),
  };
  return new Response(JSON.stringify(tables), { headers: { "Content-Type": "application/json" } });
};
