import { describe, expect, it } from "vitest";
import { guideContent } from "../../src/lib/onboarding/index.ts";
import type { Guide } from "../../src/schemas/guide.ts";
import { checkedModel, minimalContent, withCommonDuties } from "../helpers/fixture.ts";

const guide = (fields: Partial<Guide>): Guide => ({
  post: "站所负责人",
  aliases: [],
  summary: "测试。",
  order: 1,
  unitTypes: [],
  units: [],
  unitKinds: [],
  terms: [],
  ...fields,
});

describe("guideContent", () => {
  it("takes the post's duties from the data, so changing a duty in the data changes the guide", () => {
    const content = minimalContent();
    const before = guideContent(checkedModel(content), guide({ units: ["testtown/water"] }));
    expect(before.towns[0]!.units[0]!.unit.duties.map((d) => d.text)).toEqual([
      "每季度至少检查 1 次水库安全；",
    ]);

    // The same guide after a clerk shortens the quote (still verbatim, still its clause).
    content.units.find((u) => u.id === "testtown/water")!.data.duties[0]!.text =
      "每季度至少检查 1 次水库安全";
    const after = guideContent(checkedModel(content), guide({ units: ["testtown/water"] }));
    expect(after.towns[0]!.units[0]!.unit.duties.map((d) => d.text)).toEqual(["每季度至少检查 1 次水库安全"]);
    expect(after.deadlines.map((d) => d.text)).toEqual(["每季度至少检查 1 次水库安全"]);
  });

  it("links the units a post heads and prints the shared duties that bind them all once", () => {
    const model = checkedModel(withCommonDuties());
    const { towns } = guideContent(model, guide({ unitKinds: ["department"] }));
    expect(towns[0]!.headed.map((u) => u.key)).toEqual(["testtown/police", "testtown/water"]);
    expect(towns[0]!.headedGroups.map((g) => g.key)).toEqual(["testtown/common"]);
    expect(towns[0]!.units).toEqual([]);
  });

  it("leaves out towns where the post does not exist, and gives the town's judging rules", () => {
    const model = checkedModel(minimalContent());
    expect(guideContent(model, guide({ unitTypes: ["mayor"] })).towns).toEqual([]);
    const { towns } = guideContent(model, guide({ unitKinds: ["department"] }));
    expect(towns[0]!.rules.map((r) => r.id)).toEqual(["veto"]);
  });
});
