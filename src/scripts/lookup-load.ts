import type { LookupIndex } from "../lib/lookup/build-index.ts";
import { mergeLookupIndexes } from "../lib/lookup/merge.ts";
import { prepareLookup, type PreparedLookup } from "../lib/lookup/prepare.ts";
import { lookupIndexPath } from "../lib/site/paths.ts";

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

export const townIndexes = new Map<string, Promise<LookupIndex>>();

/** One town's index, fetched once per page. */
export function fetchTown(town: string): Promise<LookupIndex> {
  if (!townIndexes.has(town)) {
    townIndexes.set(
      town,
      fetch(lookupIndexPath(town)).then(async (response) => {
        if (!response.ok) throw new Error(`${lookupIndexPath(town)}: HTTP ${response.status}`);
        return (await response.json()) as LookupIndex;
      }),
    );
  }
  return townIndexes.get(town)!;
}

/** The towns' indexes as one, ready to match. */
export async function loadTowns(towns: readonly string[]): Promise<PreparedLookup> {
  const loaded = await Promise.all(towns.map(fetchTown));
  return prepareLookup(loaded.length === 1 ? loaded[0]! : mergeLookupIndexes(loaded));
}
