import { pinyin } from "pinyin-pro";

/** The longest file name an imported unit gets: a URL should stay readable. */
const MAX_SLUG = 40;

/**
 * A unit's file name (and address) from its name, when no unit type fits it: the pinyin of
 * the name without tones (镇民政所 → minzhengsuo, 重点行业领域 → zhongdianhangyelingyu), digits
 * and Latin letters kept, anything else dropped. Never `unit-N`: a clerk reads the address.
 */
export function pinyinSlug(name: string): string {
  const syllables = pinyin(name, { toneType: "none", type: "array", v: true, nonZh: "consecutive" });
  const text = syllables
    .join("")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return text.slice(0, MAX_SLUG).replace(/-+$/, "") || "unit";
}

/** `slug`, or `slug-2`, `slug-3` … the first that `used` does not hold. */
export function unusedSlug(slug: string, used: ReadonlySet<string>): string {
  if (!used.has(slug)) return slug;
  let n = 2;
  while (used.has(`${slug}-${n}`)) n += 1;
  return `${slug}-${n}`;
}
