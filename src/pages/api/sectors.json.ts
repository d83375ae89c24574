import type { APIRoute } from "astro";
import { getModel } from "../../data/site.ts";
import { sectorsForApi } from "../../lib/api.ts";

export const GET: APIRoute = async () => Response.json(sectorsForApi(await getModel()));
