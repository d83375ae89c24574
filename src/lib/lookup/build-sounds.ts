import { pinyin } from "pinyin-pro";

/** Everything but Chinese characters. */
const NOT_HAN = /[^\p{Script=Han}]+/gu;

/**
 * The readings of every Chinese character in `texts` (duty texts, names, vocabulary), without
 * tone, for typo tolerance by sound (sounds.ts): 液 → ye. A character with several readings gets
 * its commonest. Built once per site; the page fetches it only when a question has a word it
 * does not understand.
 */
export function charSoundsOf(texts: Iterable<string>): Record<string, string> {
  const chars = new Set<string>();
  // The Han characters only, cut out by one regular expression per text, not one test per character.
  for (const text of texts) for (const char of text.replace(NOT_HAN, "")) chars.add(char);
  const sounds: Record<string, string> = {};
  for (const char of [...chars].sort()) sounds[char] = pinyin(char, { toneType: "none", v: true });
  return sounds;
}

/** Every string inside a JSON value: the texts of a lookup index, whatever its shape. */
export function stringsOf(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === "object") return Object.values(value).flatMap(stringsOf);
  return [];
}
