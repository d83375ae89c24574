/** Chinese numerals as the sources print them in list markers (一 … 九十九). */
const DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/**
 * Converts a Chinese list numeral (一, 十二, 二十三) to a number.
 * Returns NaN for anything else, so callers can reject it instead of guessing.
 */
export function chineseNumeralToNumber(numeral: string): number {
  if (numeral === "十") return 10;
  const tenIndex = numeral.indexOf("十");
  if (tenIndex === -1) {
    return numeral.length === 1 ? (DIGITS[numeral] ?? NaN) : NaN;
  }
  const tensPart = numeral.slice(0, tenIndex);
  const unitsPart = numeral.slice(tenIndex + 1);
  const tens = tensPart === "" ? 1 : (DIGITS[tensPart] ?? NaN);
  const units = unitsPart === "" ? 0 : (DIGITS[unitsPart] ?? NaN);
  if (tensPart.length > 1 || unitsPart.length > 1) return NaN;
  return tens * 10 + units;
}

/** The reverse, for headings we number ourselves (一、二 …); 1–99 only. */
export function numberToChineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 99)
    throw new RangeError(`not a list number: ${value}`);
  const digit = (n: number) => Object.keys(DIGITS)[n - 1]!;
  if (value < 10) return digit(value);
  const tens = Math.floor(value / 10);
  const units = value % 10;
  return `${tens === 1 ? "" : digit(tens)}十${units === 0 ? "" : digit(units)}`;
}
