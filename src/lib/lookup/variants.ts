import { VARIANT_PAIRS } from "./variant-pairs.ts";

/**
 * Traditional and variant characters people type (液化氣, 網吧 — a phone set to 繁體, a
 * visitor from Hong Kong or Taiwan, an input method's variant), folded to the simplified
 * characters the documents print. The table comes from OpenCC (opencc-js), written once
 * into variant-pairs.ts by scripts/lib/variant-pairs.ts, and ships inside the lookup index,
 * cut down to the characters the index uses, so the browser needs no converter and no
 * dictionary download.
 */

/** Every pair of the table as [variant, simplified]; read once from the string. */
let allPairs: Array<[string, string]> | undefined;

function variantPairs(): Array<[string, string]> {
  if (allPairs) return allPairs;
  // By code point: a simplified character may lie outside the BMP (two UTF-16 units).
  const characters = [...VARIANT_PAIRS];
  allPairs = [];
  for (let index = 0; index + 1 < characters.length; index += 2)
    allPairs.push([characters[index]!, characters[index + 1]!]);
  return allPairs;
}

/**
 * The variant table for an index: pairs of characters (variant, then simplified) for every
 * simplified character in `used`, as one string — 氣气網网… — the most compact JSON form.
 */
export function variantTable(used: ReadonlySet<string>): string {
  return variantPairs()
    .filter(([, simplified]) => used.has(simplified))
    .map(([variant, simplified]) => variant + simplified)
    .join("");
}
