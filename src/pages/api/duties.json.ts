import type { APIRoute } from "astro";
import { getModel } from "../../data/site.ts";
import { dutiesForApi } from "../../lib/export/index.ts";

export const GET: APIRoute = async () => Response.json(dutiesForApi(await getModel()));
