import type { APIRoute } from "astro";
import { getModel, townStaticPaths } from "../../data/site.ts";
import { calendarYear, townCalendar } from "../../lib/calendar/index.ts";
import { CALENDAR_EPOCH, icsCalendar } from "../../lib/calendar/index.ts";
import type { TownRecord } from "../../lib/model/index.ts";

export const getStaticPaths = townStaticPaths;

/** Every timed duty and rule of the town, as one iCalendar file. */
export const GET: APIRoute<{ town: TownRecord }> = async ({ props }) => {
  const model = await getModel();
  const { town } = props;
  const year = calendarYear(model, town) ?? CALENDAR_EPOCH;
  return new Response(icsCalendar(`${town.data.name} 安全生产工作日历`, townCalendar(model, town), year), {
    headers: { "Content-Type": "text/calendar; charset=utf-8" },
  });
};
