import type { APIRoute } from "astro";
import { getModel, townStaticPaths } from "../../data/site.ts";
import { townIcsFile } from "../../lib/calendar/index.ts";
import type { TownRecord } from "../../lib/model/index.ts";

export const getStaticPaths = townStaticPaths;

/** Every timed duty and rule of the town, as one iCalendar file. */
export const GET: APIRoute<{ town: TownRecord }> = async ({ props }) =>
  new Response(townIcsFile(props.town, await getModel()).text, {
    headers: { "Content-Type": "text/calendar; charset=utf-8" },
  });
