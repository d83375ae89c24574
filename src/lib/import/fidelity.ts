import type { Role } from "../../domain/roles.ts";
import type { Draft } from "./draft.ts";

/** What the comparison needs of a hand-encoded unit. */
export interface HandUnit {
  name: string;
  heading?: string | undefined;
  duties: ReadonlyArray<{
    clause: string;
    role: Role;
    sectors: readonly string[];
    source?: string | undefined;
  }>;
}

/** How a draft compares with the hand encoding of the same document. */
export interface Fidelity {
  units: { hand: number; drafted: number; found: number; recall: number; precision: number };
  pairs: { hand: number; drafted: number; matched: number; recall: number; precision: number };
  /** Over matched pairs: the drafted role equals the hand role. */
  roleAgreement: number;
  /** Over matched pairs: the same set of sectors; and the mean Jaccard index of the sets. */
  sectorExact: number;
  sectorJaccard: number;
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

/**
 * Compares a draft with the units encoded by hand from the same document. A hand unit is
 * found by a drafted unit with the same heading clause or the same name; pairs are (unit,
 * clause), several duties of one clause counting once (strongest role, union of sectors).
 */
export function fidelity(hand: readonly HandUnit[], draft: Draft): Fidelity {
  const matchOf = new Map<HandUnit, string>();
  for (const unit of hand) {
    const match =
      draft.units.find((d) => unit.heading !== undefined && d.heading === unit.heading) ??
      draft.units.find((d) => d.name === unit.name);
    if (match) matchOf.set(unit, match.name);
  }
  const pairsOf = <U>(
    units: readonly U[],
    name: (u: U) => string | undefined,
    duties: (u: U) => HandUnit["duties"],
  ) => {
    const pairs = new Map<string, { roles: Set<Role>; sectors: Set<string> }>();
    for (const unit of units)
      for (const duty of duties(unit)) {
        if (duty.source) continue; // a duty quoting another document is not this draft's
        const key = `${name(unit) ?? `?${String(units.indexOf(unit))}`}\u0000${duty.clause}`;
        if (!pairs.has(key)) pairs.set(key, { roles: new Set(), sectors: new Set() });
        pairs.get(key)!.roles.add(duty.role);
        for (const sector of duty.sectors) pairs.get(key)!.sectors.add(sector);
      }
    return pairs;
  };
  const handPairs = pairsOf(
    hand,
    (u) => matchOf.get(u),
    (u) => u.duties,
  );
  const draftPairs = pairsOf(
    draft.units,
    (u) => u.name,
    (u) => u.duties,
  );
  let matched = 0;
  let roles = 0;
  let exact = 0;
  let jaccard = 0;
  for (const [key, handPair] of handPairs) {
    const drafted = draftPairs.get(key);
    if (!drafted) continue;
    matched += 1;
    if ([...drafted.roles].some((role) => handPair.roles.has(role))) roles += 1;
    const union = new Set([...handPair.sectors, ...drafted.sectors]);
    const both = [...handPair.sectors].filter((s) => drafted.sectors.has(s)).length;
    if (both === union.size) exact += 1;
    jaccard += both / union.size;
  }
  const found = matchOf.size;
  const draftedFound = new Set(matchOf.values()).size;
  return {
    units: {
      hand: hand.length,
      drafted: draft.units.length,
      found,
      recall: ratio(found, hand.length),
      precision: ratio(draftedFound, draft.units.length),
    },
    pairs: {
      hand: handPairs.size,
      drafted: draftPairs.size,
      matched,
      recall: ratio(matched, handPairs.size),
      precision: ratio(matched, draftPairs.size),
    },
    roleAgreement: ratio(roles, matched),
    sectorExact: ratio(exact, matched),
    sectorJaccard: ratio(jaccard, matched),
  };
}

/** The README's table: one row per source. */
export function formatFidelityTable(rows: ReadonlyArray<Fidelity & { source: string; ms: number }>): string {
  const pct = (value: number) => `${(value * 100).toFixed(0)}%`;
  return [
    "| source | units found (recall / precision) | (unit, clause) recall / precision | role agreement | sectors exact / Jaccard | ms |",
    "|---|---|---|---|---|---|",
    ...rows.map(
      (r) =>
        `| ${r.source} | ${r.units.found}/${r.units.hand} (${pct(r.units.recall)} / ${pct(r.units.precision)}) | ${pct(r.pairs.recall)} / ${pct(r.pairs.precision)} | ${pct(r.roleAgreement)} | ${pct(r.sectorExact)} / ${pct(r.sectorJaccard)} | ${r.ms.toFixed(0)} |`,
    ),
  ].join("\n");
}
