import { describe, expect, it } from "vitest";
import { pinyinSlug, unusedSlug } from "../../src/lib/import/index.ts";
import { ID_PATTERN } from "../../src/schemas/messages.ts";

describe("an imported unit's file name when no unit type fits", () => {
  it("is the pinyin of its name without tones, a valid id", () => {
    expect(pinyinSlug("民政所")).toBe("minzhengsuo");
    expect(pinyinSlug("重点行业领域")).toBe("zhongdianhangyelingyu");
    expect(pinyinSlug("绿化队")).toBe("lvhuadui");
    for (const name of ["民政所", "1号工作点", "A区网格", "（临时）指挥部", "!!!"])
      expect(pinyinSlug(name)).toMatch(ID_PATTERN);
  });

  it("keeps digits and Latin letters, drops punctuation, and is never empty or overlong", () => {
    expect(pinyinSlug("1号工作点")).toBe("1haogongzuodian");
    expect(pinyinSlug("!!!")).toBe("unit");
    expect(
      pinyinSlug("安全生产委员会办公室安全生产委员会办公室安全生产委员会办公室").length,
    ).toBeLessThanOrEqual(40);
  });

  it("numbers a second unit of the same name instead of overwriting the first", () => {
    expect(unusedSlug("minzhengsuo", new Set())).toBe("minzhengsuo");
    expect(unusedSlug("minzhengsuo", new Set(["minzhengsuo", "minzhengsuo-2"]))).toBe("minzhengsuo-3");
  });
});
