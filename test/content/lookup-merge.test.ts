import { describe, expect, it } from "vitest";
import { buildLookupIndex, lookup, mergeLookupIndexes, prepareLookup } from "../../src/lib/lookup/index.ts";
import { modelOf, PROJECT_ROOT } from "../helpers/fixture.ts";

/**
 * "全部辖区" merges the towns' own indexes in the browser instead of downloading one index
 * of every town: the merged index must answer exactly as an index built for all towns.
 */
const model = modelOf(PROJECT_ROOT);
const whole = prepareLookup(buildLookupIndex(model));
const merged = prepareLookup(mergeLookupIndexes(model.towns.map((town) => buildLookupIndex(model, town.id))));

describe("the towns' lookup indexes, merged", () => {
  it("hold every town, unit and duty of the index of all towns, in the same order", () => {
    expect(merged.index.towns).toEqual(whole.index.towns);
    expect(merged.index.units).toEqual(whole.index.units);
    expect(merged.index.duties).toEqual(whole.index.duties);
    expect(merged.index.fallbacks).toEqual(whole.index.fallbacks);
  });

  it("answer every query as the index of all towns does, traditional characters included", () => {
    for (const query of [
      "液化气",
      "網吧",
      "拖拉机拉人",
      "有限空间",
      "铜川 学校",
      "村里有人私存烟花爆竹归谁管",
    ]) {
      const shape = (prepared: typeof whole) =>
        lookup(prepared, query).answers.map((answer) => [
          answer.townId,
          answer.unitName,
          answer.role,
          answer.reason,
        ]);
      expect(shape(merged), query).toEqual(shape(whole));
      expect(lookup(merged, query).fallbacks, query).toEqual(lookup(whole, query).fallbacks);
    }
  });
});
