import type { LookupIndex } from "../lib/lookup/build-index.ts";
import { mergeLookupIndexes } from "../lib/lookup/merge.ts";
import { prepareLookup, type PreparedLookup } from "../lib/lookup/prepare.ts";

/**
 * The lookup's indexes as the page fetches them: one file a town, each fetched once per
 * page, merged in the browser when several are asked at once.
 */

/**
 * Bytes of town indexes fetched for "全部辖区" before the first answer (uncompressed; about
 * a third of that is sent gzipped). A town's index is tens of KB, so a county of 150 towns
 * answers after a fraction of its indexes; the reader asks for the rest with one button.
 */
export const FIRST_ANSWER_BYTES = 480_000;

/**
 * Where a town's index is, as the page's town list says it. A county's page lists its own
 * towns; the province's lists every county's, each index under its county's address, with
 * a key and a name that tell two counties' 城关镇 apart.
 */
export interface TownIndexSource {
  /** The town's key in the page's list (its id, or `<county>/<id>` on the province's page). */
  key: string;
  /** The address of its index file. */
  url: string;
  /** The name its answers are grouped under, when the list gives one (城关镇（某县）). */
  name: string | undefined;
}

const townIndexes = new Map<string, Promise<LookupIndex>>();

/**
 * One town's index, fetched once per page, its town named by the list's key and name: the
 * page's choices, remembered town and links then refer to one town even where two counties'
 * towns share an id.
 */
function fetchTown(source: TownIndexSource): Promise<LookupIndex> {
  if (!townIndexes.has(source.key)) {
    townIndexes.set(
      source.key,
      fetch(source.url).then(async (response) => {
        if (!response.ok) throw new Error(`${source.url}: HTTP ${response.status}`);
        const index = (await response.json()) as LookupIndex;
        index.towns = index.towns.map(([, name, standing, home]) => [
          source.key,
          source.name ?? name,
          standing,
          home,
        ]);
        return index;
      }),
    );
  }
  return townIndexes.get(source.key)!;
}

/** The towns' indexes as one, ready to match. */
export async function loadTowns(sources: readonly TownIndexSource[]): Promise<PreparedLookup> {
  const loaded = await Promise.all(sources.map(fetchTown));
  return prepareLookup(loaded.length === 1 ? loaded[0]! : mergeLookupIndexes(loaded));
}
