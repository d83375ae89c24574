import type { APIRoute } from "astro";
import { getModel } from "../../data/site.ts";
import { unitsForApi } from "../../lib/export/index.ts";

export const GET: APIRoute = async () => Response.json(unitsForApi(await getModel()));
