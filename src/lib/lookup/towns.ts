import { townsInAnswerOrder } from "../../domain/index.ts";
import { foldVariants, type PreparedLookup } from "./prepare.ts";

/** The towns of a lookup: a town the question names, and the order towns' answers are shown in. */

/** The names a query may use for a town: 张山子镇, 张山子 (without 镇/乡/街道 and a bracketed note). */
export function townNames(name: string): string[] {
  const plain = name.replace(/[（(][^）)]*[）)]/g, "").trim();
  const short = plain.replace(/(?:镇|乡|街道)$/, "");
  // A placeholder (XX镇, 某镇) is a name only in full: XX alone is no town.
  const names = /^(?:xx|某)/i.test(short) ? [name, plain] : [name, plain, short];
  return [...new Set(names)].filter((n) => [...n].length >= 2);
}

/**
 * The town a query names among `towns` ([id, name]), by its full name or its name without
 * 镇/乡/街道 (铜川 液化气 → 铜川镇), the longest written; and the query without it.
 */
export function townNamedIn(
  query: string,
  towns: ReadonlyArray<readonly [id: string, name: string, ...rest: unknown[]]>,
): { index: number; id: string; name: string; rest: string } | undefined {
  let best: { index: number; written: string } | undefined;
  towns.forEach(([, name], index) => {
    for (const candidate of townNames(name))
      if (query.includes(candidate) && (!best || candidate.length > best.written.length))
        best = { index, written: candidate };
  });
  if (!best) return undefined;
  const [id, name] = towns[best.index]!;
  return { index: best.index, id, name, rest: query.split(best.written).join(" ").trim() };
}

/** The town a query names, and the query without it. */
export function townOfQuery(
  prepared: PreparedLookup,
  query: string,
): { town: number | undefined; rest: string } {
  if (prepared.index.towns.length < 2) return { town: undefined, rest: query };
  const named = townNamedIn(foldVariants(query, prepared.variants), prepared.index.towns);
  return named ? { town: named.index, rest: named.rest } : { town: undefined, rest: query };
}

/** Town indexes in the order their answers are shown. */
export function townOrder(prepared: PreparedLookup, preferred: string | undefined): number[] {
  const towns = prepared.index.towns.map(([id, , standing, home], index) => ({
    id,
    standing,
    home: home === 1,
    index,
  }));
  return townsInAnswerOrder(towns, preferred).map((town) => town.index);
}
