import { REVIEW_FIELD_LABELS, REVIEW_FIELDS, type ReviewField } from "../../domain/review.ts";
import type { DutyRecord, Model, TownRecord, UnitRecord } from "../model/index.ts";

/** One guess still to check: on a unit (its name, kind) or on one of its duties (role, sectors). */
export interface ReviewEntry {
  unit: UnitRecord;
  duty: DutyRecord | undefined;
  field: ReviewField;
  reason: string;
}

/** Every guess a town's content still carries, unit by unit in source order, a unit's own first. */
export function reviewEntries(town: TownRecord): ReviewEntry[] {
  return town.units.flatMap((unit) => [
    ...unit.data.review.map((item) => ({ unit, duty: undefined, ...item })),
    ...unit.duties.flatMap((duty) => duty.review.map((item) => ({ unit, duty, ...item }))),
  ]);
}

/** The review page's sections: one per kind of guess, in a fixed order, empty ones left out. */
export function reviewSections(entries: readonly ReviewEntry[]) {
  return REVIEW_FIELDS.map((field) => ({
    field,
    label: REVIEW_FIELD_LABELS[field],
    entries: entries.filter((entry) => entry.field === field),
  })).filter((section) => section.entries.length > 0);
}

/** How many guesses each town still carries, for `npm run check`; towns with none left out. */
export function reviewCounts(model: Model): Array<{ town: TownRecord; count: number }> {
  return model.towns
    .map((town) => ({ town, count: reviewEntries(town).length }))
    .filter(({ count }) => count > 0);
}
