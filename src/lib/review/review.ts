import {
  isUnassignedReason,
  REVIEW_FIELD_LABELS,
  REVIEW_FIELDS,
  type ReviewField,
} from "../../domain/review.ts";
import type { DutyRecord, Model, SourceRecord, TownRecord, UnitRecord } from "../model/index.ts";
import type { Clause } from "../sources/index.ts";
import type { UnitEntry } from "../../schemas/unit.ts";

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

/** A unit file that still carries guesses, for the form editor's 待审核 list. */
export interface UnitToReview {
  /** The unit's entry id, `<town>/<unit>`. */
  id: string;
  town: string;
  /** The unit's file name, without its extension. */
  unit: string;
  name: string;
  /** The guesses on the unit itself and on its duties. */
  count: number;
  /** How many of its duties carry a guess. */
  duties: number;
}

/**
 * The unit files that still carry review markers, read from the files as they are (not the
 * checked model), so the editor can list them even while the check finds a problem elsewhere.
 */
export function unitsToReview(
  units: ReadonlyArray<{ id: string; data: Pick<UnitEntry, "name" | "review" | "duties"> }>,
): UnitToReview[] {
  return units
    .map(({ id, data }) => {
      const [town = "", unit = ""] = id.split("/");
      const withMarks = data.duties.filter((duty) => duty.review.length > 0);
      return {
        id,
        town,
        unit,
        name: data.name,
        count: data.review.length + withMarks.reduce((sum, duty) => sum + duty.review.length, 0),
        duties: withMarks.length,
      };
    })
    .filter((unit) => unit.count > 0);
}

/** A paragraph of an imported document that no rule could give a bearer (未归属). */
export interface UnassignedParagraph {
  source: SourceRecord;
  clause: Clause;
  reason: string;
}

/**
 * The paragraphs of a town's sources that the importer listed as 未归属: in no duty, principle
 * or rule, and not excluded with a reason of a person's. A clerk assigns each or writes why not.
 */
export function unassignedParagraphs(town: TownRecord): UnassignedParagraph[] {
  return town.sources.flatMap((source) =>
    source.data.notEncoded.flatMap((entry) => {
      const clause = source.clauses.find((c) => c.id === entry.clause);
      return clause && isUnassignedReason(entry.reason) ? [{ source, clause, reason: entry.reason }] : [];
    }),
  );
}
