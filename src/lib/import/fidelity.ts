import type { Role } from "../../domain/roles.ts";
import { normaliseForComparison } from "../sources/index.ts";
import type { Draft, DraftDuty, DraftUnit } from "./draft.ts";
import { sameQuote } from "./truth-fidelity.ts";

/** What the comparison needs of a hand-encoded unit. */
export interface HandUnit {
  name: string;
  heading?: string | undefined;
  duties: ReadonlyArray<{
    clause: string;
    text: string;
    role: Role;
    sectors: readonly string[];
    source?: string | undefined;
  }>;
}

/** How a draft compares with the hand encoding of the same document. */
export interface Fidelity {
  units: { hand: number; drafted: number; found: number; recall: number; precision: number };
  /** Duties: a hand duty is drafted when its unit's draft quotes it (one text holds the other). */
  pairs: { hand: number; drafted: number; matched: number; recall: number; precision: number };
  /** Over matched duties: the drafted role equals the hand role. */
  roleAgreement: number;
  /** Over matched duties: the same set of sectors; and the mean Jaccard index of the sets. */
  sectorExact: number;
  sectorJaccard: number;
  /** Review markers per drafted duty, and the share pointing at a guess the hand encoding corrects. */
  markers: { perDuty: number; onWrongGuesses: number };
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
const bare = normaliseForComparison;

/**
 * Compares a draft with the units encoded by hand from the same document. A hand unit is
 * found by a drafted unit with the same heading clause or the same name; a hand duty is
 * drafted when that unit has a duty quoting the same words (one holds the other, white space
 * aside), so a paragraph the hand split into several duties counts each of them, and clause
 * ids that differ only because the importer split items a line ran together do not matter.
 */
export function fidelity(hand: readonly HandUnit[], draft: Draft): Fidelity {
  const matchOf = new Map<HandUnit, DraftUnit>();
  for (const unit of hand) {
    const match =
      draft.units.find((d) => unit.heading !== undefined && d.heading === unit.heading) ??
      draft.units.find((d) => d.name === unit.name);
    if (match) matchOf.set(unit, match);
  }
  const used = new Set<DraftDuty>();
  let handDuties = 0;
  let matched = 0;
  let roles = 0;
  let exact = 0;
  let jaccard = 0;
  for (const unit of hand)
    for (const duty of unit.duties) {
      if (duty.source) continue; // a duty quoting another document is not this draft's
      handDuties += 1;
      const hits = (matchOf.get(unit)?.duties ?? []).filter((d) => sameQuote(bare(d.text), bare(duty.text)));
      if (hits.length === 0) continue;
      matched += 1;
      for (const hit of hits) used.add(hit);
      if (hits.some((hit) => hit.role === duty.role)) roles += 1;
      const drafted = new Set(hits.flatMap((hit) => hit.sectors));
      const union = new Set([...duty.sectors, ...drafted]);
      const both = duty.sectors.filter((s) => drafted.has(s)).length;
      if (both === union.size) exact += 1;
      jaccard += both / union.size;
    }
  const draftedDuties = draft.units.reduce((n, unit) => n + unit.duties.length, 0);
  // A marker points at a real error when its unit or duty is not the hand's, or the hand's
  // role or sectors differ from the guess it marks.
  let markers = 0;
  let wrongMarkers = 0;
  const handOf = new Map([...matchOf].map(([handUnit, draftUnit]) => [draftUnit, handUnit]));
  for (const unit of draft.units) {
    const handUnit = handOf.get(unit);
    markers += unit.review.length;
    if (!handUnit) wrongMarkers += unit.review.length;
    for (const duty of unit.duties) {
      markers += duty.review.length;
      const handDuties = (handUnit?.duties ?? []).filter((h) => sameQuote(bare(h.text), bare(duty.text)));
      const sameSectors = (h: HandUnit["duties"][number]) =>
        [...new Set(h.sectors)].sort().join() === [...new Set(duty.sectors)].sort().join();
      for (const guess of duty.review) {
        const wrong =
          handDuties.length === 0 ||
          (guess.field === "role" && !handDuties.some((h) => h.role === duty.role)) ||
          (guess.field === "sectors" && !handDuties.some(sameSectors)) ||
          (guess.field === "split" && handDuties.length > 1);
        if (wrong) wrongMarkers += 1;
      }
    }
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
      hand: handDuties,
      drafted: draftedDuties,
      matched,
      recall: ratio(matched, handDuties),
      precision: ratio(used.size, draftedDuties),
    },
    roleAgreement: ratio(roles, matched),
    sectorExact: ratio(exact, matched),
    sectorJaccard: ratio(jaccard, matched),
    markers: { perDuty: ratio(markers, draftedDuties), onWrongGuesses: ratio(wrongMarkers, markers) },
  };
}

/** The table of docs/导入.md: one row per source. */
export function formatFidelityTable(rows: ReadonlyArray<Fidelity & { source: string; ms: number }>): string {
  const pct = (value: number) => `${(value * 100).toFixed(0)}%`;
  return [
    "| source | units found (recall / precision) | duties recall / precision | role agreement | sectors exact / Jaccard | markers / duty (on wrong guesses) | ms |",
    "|---|---|---|---|---|---|---|",
    ...rows.map(
      (r) =>
        `| ${r.source} | ${r.units.found}/${r.units.hand} (${pct(r.units.recall)} / ${pct(r.units.precision)}) | ${pct(r.pairs.recall)} / ${pct(r.pairs.precision)} | ${pct(r.roleAgreement)} | ${pct(r.sectorExact)} / ${pct(r.sectorJaccard)} | ${r.markers.perDuty.toFixed(2)} (${pct(r.markers.onWrongGuesses)}) | ${r.ms.toFixed(0)} |`,
    ),
  ].join("\n");
}
