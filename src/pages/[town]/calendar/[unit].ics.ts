import type { APIRoute, GetStaticPaths } from "astro";
import { getModel } from "../../../data/site.ts";
import { calendarYear, unitCalendar } from "../../../lib/calendar/index.ts";
import { CALENDAR_EPOCH, eventTiming, icsCalendar } from "../../../lib/calendar/index.ts";
import type { UnitRecord } from "../../../lib/model/index.ts";

/** One file per unit that has at least one dated or recurring duty. */
export const getStaticPaths = (async () => {
  const model = await getModel();
  return [...model.units.values()]
    .filter((unit) => unitCalendar(model, unit).some((entry) => eventTiming(entry, CALENDAR_EPOCH)))
    .map((unit) => ({ params: { town: unit.data.jurisdiction, unit: unit.slug }, props: { unit } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ unit: UnitRecord }> = async ({ props }) => {
  const model = await getModel();
  const { unit } = props;
  const town = model.towns.find((t) => t.id === unit.data.jurisdiction)!;
  const year = calendarYear(model, town) ?? CALENDAR_EPOCH;
  return new Response(icsCalendar(`${unit.data.name} 安全生产工作日历`, unitCalendar(model, unit), year), {
    headers: { "Content-Type": "text/calendar; charset=utf-8" },
  });
};
