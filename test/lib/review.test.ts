import { describe, expect, it } from "vitest";
import { reviewCounts, reviewEntries, reviewSections, unitsToReview } from "../../src/lib/review/index.ts";
import { checkedModel, minimalContent } from "../helpers/fixture.ts";

/** The minimal fixture with guesses left on its first unit and on that unit's first duty. */
function withGuesses() {
  const content = minimalContent();
  const unit = content.units[0]!.data as { review: unknown[]; duties: Array<{ review?: unknown[] }> };
  unit.review = [{ field: "kind", reason: "“测试”看不出类别，按站所部门" }];
  unit.duties[0]!.review = [
    { field: "sectors", reason: "消防 → fire" },
    { field: "role", reason: "负责 → lead" },
  ];
  return content;
}

describe("the guesses a town still carries", () => {
  it("lists a unit's own guesses before its duties', and groups them by kind in the review page's order", () => {
    const model = checkedModel(withGuesses());
    const town = model.towns[0]!;
    const entries = reviewEntries(town);
    expect(entries.map((entry) => [entry.field, entry.duty === undefined])).toEqual([
      ["kind", true],
      ["sectors", false],
      ["role", false],
    ]);
    // Sections follow REVIEW_FIELDS (kind, role, sectors), not the order the guesses were made.
    expect(reviewSections(entries).map((section) => [section.field, section.entries.length])).toEqual([
      ["kind", 1],
      ["role", 1],
      ["sectors", 1],
    ]);
    expect(reviewCounts(model).map(({ town: t, count }) => [t.id, count])).toEqual([[town.id, 3]]);
  });

  it("counts no town whose content carries no guess", () => {
    expect(reviewCounts(checkedModel(minimalContent()))).toEqual([]);
  });

  it("lists for the editor the unit files with guesses, read from the files as they are", () => {
    const units = withGuesses().units.map(({ id, data }) => ({ id, data: data as never }));
    const [first] = unitsToReview(units);
    expect(first).toMatchObject({ id: units[0]!.id, count: 3, duties: 1 });
    expect(first!.town).toBe(units[0]!.id.split("/")[0]);
    expect(
      unitsToReview(minimalContent().units.map(({ id, data }) => ({ id, data: data as never }))),
    ).toEqual([]);
  });
});
