import { normaliseForComparison } from "../sources/index.ts";
import type { ImportTruth } from "../../schemas/import-truth.ts";
import type { Draft } from "./draft.ts";

/**
 * How a draft of a real document compares with what a reader found in it (its truth file).
 * Units are matched by name or alias, duties by their words: a drafted duty is the truth's
 * when one text holds the other (white space ignored), so a quote that keeps its bearer's
 * label (镇派出所：负责…) still counts. Paragraphs the truth marks optional are left out of
 * both sides.
 */
export interface TruthFidelity {
  units: { truth: number; drafted: number; found: number; recall: number; precision: number };
  duties: { truth: number; drafted: number; matched: number; recall: number; precision: number };
  /** Over matched duties: the drafted role is the reader's. */
  roleAgreement: number;
  /** Drafted duty texts that are not word for word in the document. */
  notVerbatim: string[];
  /** The drafted title holds the truth's (true where the truth has no title). */
  titleRight: boolean;
  /** Review markers per drafted duty, and the share of them that point at a guess the truth corrects. */
  markers: { total: number; perDuty: number; onWrongGuesses: number; share: number };
}

/** White space and bracket widths do not tell two quotes or names apart. */
export function squeeze(text: string): string {
  return normaliseForComparison(text)
    .replace(/（/g, "(")
    .replace(/）/g, ")")
    .replace(/：/g, ":")
    .replace(/，/g, ",")
    .replace(/；/g, ";");
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

/** A drafted duty as the comparison sees it: its truth unit (or -1), and whether a truth duty took it. */
interface DraftedDuty {
  unit: number;
  unitName: string;
  duty: Draft["units"][number]["duties"][number];
  used: boolean;
}

/**
 * Markers of guesses the truth corrects besides wrong roles: every marker of a drafted duty the
 * truth does not have as drafted, a split marker on a paragraph the truth reads as several
 * duties, and every marker of a unit it does not name.
 */
function markersOnUnmatched(
  truth: ImportTruth,
  draft: Draft,
  drafted: readonly DraftedDuty[],
  truthOfUnit: (unit: Draft["units"][number]) => number,
): number {
  let count = 0;
  for (const d of drafted) if (!d.used) count += d.duty.review.length;
  // A split marker is right to point when the truth reads the paragraph as several duties.
  for (const d of drafted.filter((d) => d.used && d.unit >= 0)) {
    const held = truth.units[d.unit]!.duties.filter((duty) =>
      squeeze(d.duty.text).includes(squeeze(duty.text)),
    ).length;
    if (held > 1) count += d.duty.review.filter((guess) => guess.field === "split").length;
  }
  for (const unit of draft.units) if (truthOfUnit(unit) < 0) count += unit.review.length;
  return count;
}

/** The truth's units the draft found, and the drafted units that are the truth's. */
function unitFigures(
  truth: ImportTruth,
  draft: Draft,
  drafted: readonly DraftedDuty[],
  truthOfUnit: (unit: Draft["units"][number]) => number,
) {
  const draftedUnits = new Set(drafted.map((d) => d.unitName));
  const foundUnits = new Set(drafted.filter((d) => d.unit >= 0).map((d) => d.unit));
  return {
    truth: truth.units.length,
    drafted: draftedUnits.size,
    found: foundUnits.size,
    recall: ratio(foundUnits.size, truth.units.length),
    precision: ratio(
      [...draftedUnits].filter((name) => truthOfUnit(draft.units.find((u) => u.name === name)!) >= 0).length,
      draftedUnits.size,
    ),
  };
}

/** One text holds the other, and the shorter is not a scrap: a draft quoting a duty its own way. */
export function sameQuote(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 2 && long.includes(short);
}

export function truthFidelity(
  truth: ImportTruth,
  draft: Draft,
  documentText: string,
  title: string,
): TruthFidelity {
  const optional = truth.optional.map(squeeze);
  // A drafted duty is optional when the optional paragraph holds it; one that also holds a
  // duty of the truth is not.
  const isOptional = (text: string) => optional.some((o) => o.includes(squeeze(text)));
  const names = truth.units.map((unit) => new Set([unit.name, ...unit.aliases].map(squeeze)));
  const truthOf = (name: string) => names.findIndex((set) => set.has(squeeze(name)));

  // Every drafted duty not optional, with the truth unit its bearer is (or -1).
  // A drafted unit is the truth's by its name or one of the aliases it drafted.
  const truthOfUnit = (unit: Draft["units"][number]) =>
    [unit.name, ...(unit.aliases ?? [])].map(truthOf).find((i) => i >= 0) ?? -1;
  const drafted: DraftedDuty[] = draft.units.flatMap((unit) =>
    unit.duties
      .filter((duty) => !isOptional(duty.text))
      .map((duty) => ({ unit: truthOfUnit(unit), unitName: unit.name, duty, used: false })),
  );
  let matched = 0;
  let roles = 0;
  // Markers that point at a guess the truth corrects: a role marker on a wrong role; a split
  // marker on a paragraph the truth reads as several duties; every marker of a drafted duty the
  // truth does not have as drafted, and of a unit it does not name.
  let markersOnWrong = 0;
  truth.units.forEach((unit, index) => {
    for (const duty of unit.duties) {
      const hit = drafted.find(
        (d) => !d.used && d.unit === index && sameQuote(squeeze(d.duty.text), squeeze(duty.text)),
      );
      if (!hit) continue;
      hit.used = true;
      matched += 1;
      if (hit.duty.role === duty.role) roles += 1;
      else markersOnWrong += hit.duty.review.filter((guess) => guess.field === "role").length;
    }
  });
  const source = normaliseForComparison(documentText);
  const duties = draft.units.flatMap((unit) => unit.duties);
  const markers =
    duties.reduce((n, duty) => n + duty.review.length, 0) +
    draft.units.reduce((n, unit) => n + unit.review.length, 0);
  markersOnWrong += markersOnUnmatched(truth, draft, drafted, truthOfUnit);
  return {
    units: unitFigures(truth, draft, drafted, truthOfUnit),
    duties: {
      truth: truth.units.reduce((n, unit) => n + unit.duties.length, 0),
      drafted: drafted.length,
      matched,
      recall: ratio(
        matched,
        truth.units.reduce((n, unit) => n + unit.duties.length, 0),
      ),
      precision: ratio(matched, drafted.length),
    },
    roleAgreement: ratio(roles, matched),
    notVerbatim: duties
      .map((duty) => duty.text)
      .filter((text) => !source.includes(normaliseForComparison(text))),
    titleRight: truth.title === null || squeeze(title).includes(squeeze(truth.title)),
    markers: {
      total: markers,
      perDuty: ratio(markers, duties.length),
      onWrongGuesses: markersOnWrong,
      share: ratio(markersOnWrong, markers),
    },
  };
}
