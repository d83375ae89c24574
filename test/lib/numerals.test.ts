import { describe, expect, it } from "vitest";
import { chineseNumeralToNumber, numberToChineseNumeral } from "../../src/lib/sources/index.ts";

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

describe("numberToChineseNumeral", () => {
  it("writes every list number from 1 to 99 so that reading it back gives the number", () => {
    for (let n = 1; n <= 99; n++) expect(chineseNumeralToNumber(numberToChineseNumeral(n))).toBe(n);
    expect([1, 10, 12, 20, 45].map(numberToChineseNumeral)).toEqual(["一", "十", "十二", "二十", "四十五"]);
  });

  it("refuses numbers a list heading never has", () => {
    for (const n of [0, 100, 1.5, -3]) expect(() => numberToChineseNumeral(n)).toThrow(RangeError);
  });
});
