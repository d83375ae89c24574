import { describe, expect, it } from "vitest";
import { containsVerbatim, normaliseForComparison, trimSourceLine } from "../../src/lib/sources/index.ts";

describe("verbatim comparison", () => {
  it("ignores ASCII, ideographic and no-break spaces but nothing else", () => {
    expect(normaliseForComparison("每半年 1 次\u3000党委会\u00a0")).toBe("每半年1次党委会");
    expect(trimSourceLine("\u3000\u3000(1)负责；  ")).toBe("(1)负责；");
  });

  it("finds a quote whose spacing differs from the source", () => {
    expect(containsVerbatim("每半年主持召开 1 次党委会", "每半年主持召开1次党委会")).toBe(true);
  });

  it("rejects a quote with one character changed, even a corrected misprint", () => {
    expect(containsVerbatim("打击非法守猎捕猎行为。", "打击非法狩猎捕猎行为。")).toBe(false);
  });

  it("rejects a changed punctuation mark", () => {
    expect(containsVerbatim("负责消防安全监督管理；", "负责消防安全监督管理。")).toBe(false);
  });

  it("never matches an empty quote", () => {
    expect(containsVerbatim("任何文字", "  ")).toBe(false);
  });
});
