import { describe, expect, it } from "vitest";
import { chineseNumeralToNumber } from "../../src/lib/numerals.ts";

describe("chineseNumeralToNumber", () => {
  it("reads the numerals used in list markers", () => {
    expect(
      ["一", "五", "九", "十", "十一", "十九", "二十", "二十三", "九十九"].map(chineseNumeralToNumber),
    ).toEqual([1, 5, 9, 10, 11, 19, 20, 23, 99]);
  });

  it("rejects what is not a list numeral instead of guessing", () => {
    for (const text of ["", "百", "一二", "十十", "二十三四"]) expect(chineseNumeralToNumber(text)).toBeNaN();
  });
});
