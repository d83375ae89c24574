import type { APIRoute } from "astro";
import { charSoundsOf, stringsOf } from "../lib/lookup/index.ts";
import { getModel, lookupIndexJson } from "../data/site.ts";

/**
 * The readings of the characters the lookup indexes use (/lookup-sounds.json), for typos by
 * sound (液花气 → 液化气). One file for the site, fetched only when a question has a word the
 * page does not understand. (Not under /lookup/, where every file is a town's index.)
 */
export const GET: APIRoute = async () => {
  const model = await getModel();
  const texts = await Promise.all(
    model.towns.map(async (town) => stringsOf(JSON.parse(await lookupIndexJson(town.id)))),
  );
  return new Response(JSON.stringify(charSoundsOf(texts.flat())), {
    headers: { "content-type": "application/json" },
  });
};
