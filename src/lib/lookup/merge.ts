import type { LookupFallback, LookupIndex } from "./build-index.ts";

/**
 * Several towns' indexes as one, so "全部辖区" needs no index of every town: the page
 * fetches the towns it shows first (the reader's town, then the others in order), merges
 * them and answers; more towns are fetched only when asked for. Sectors, terms and word
 * groups are the same in every town's index; towns, units, duties and fallbacks are
 * concatenated with their positions shifted; the variant tables are joined.
 */
export function mergeLookupIndexes(indexes: readonly LookupIndex[]): LookupIndex {
  const [first] = indexes;
  if (!first) throw new Error("no index to merge");
  const merged: LookupIndex = {
    version: first.version,
    scope: indexes.map((index) => index.scope).join("+"),
    towns: [],
    sectors: first.sectors,
    terms: first.terms,
    wordGroups: first.wordGroups,
    units: [],
    duties: [],
    fallbacks: [],
    variants: "",
  };
  const variants = new Map<string, string>();
  for (const index of indexes) {
    const townOffset = merged.towns.length;
    const unitOffset = merged.units.length;
    const dutyOffset = merged.duties.length;
    merged.towns.push(...index.towns);
    merged.units.push(
      ...index.units.map(([town, ...rest]): LookupIndex["units"][number] => [town + townOffset, ...rest]),
    );
    merged.duties.push(
      ...index.duties.map(([unit, ...rest]): LookupIndex["duties"][number] => [unit + unitOffset, ...rest]),
    );
    merged.fallbacks.push(
      ...index.fallbacks.map(([town, supervisor, territory, catchAll, rules, principles]): LookupFallback => [
        town + townOffset,
        supervisor.map((duty) => duty + dutyOffset),
        territory.map((duty) => duty + dutyOffset),
        catchAll.map((duty) => duty + dutyOffset),
        rules,
        principles,
      ]),
    );
    const pairs = [...index.variants];
    for (let i = 0; i + 1 < pairs.length; i += 2) variants.set(pairs[i]!, pairs[i + 1]!);
  }
  merged.variants = [...variants].map(([variant, simplified]) => variant + simplified).join("");
  return merged;
}

/** A town the "全部辖区" lookup may fetch, with the size of its index file. */
export interface TownIndexSize {
  /** The jurisdiction id. */
  id: string;
  /** Bytes of its lookup index as served (uncompressed). */
  bytes: number;
}

/**
 * The towns fetched before the first "全部辖区" answer: in answer order, as many as fit in
 * `budget` bytes, and always the first, so the reader's own town answers however large.
 * A byte budget rather than a count keeps the first answer small in a county of large towns
 * and complete in a deployment of a few small ones.
 */
export function townsForFirstAnswer(towns: readonly TownIndexSize[], budget: number): string[] {
  const chosen: string[] = [];
  let used = 0;
  for (const town of towns) {
    if (chosen.length > 0 && used + town.bytes > budget) break;
    chosen.push(town.id);
    used += town.bytes;
  }
  return chosen;
}
