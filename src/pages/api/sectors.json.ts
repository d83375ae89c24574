import type { APIRoute } from "astro";
import { getModel } from "../../data/site.ts";
import { sectorsForApi } from "../../lib/export/index.ts";

export const GET: APIRoute = async () => Response.json(sectorsForApi(await getModel()));
