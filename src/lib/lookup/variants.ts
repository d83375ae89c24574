import { Converter } from "opencc-js/t2cn";

/**
 * Traditional and variant characters people type (液化氣, 網吧 — a phone set to 繁體, a
 * visitor from Hong Kong or Taiwan, an input method's variant), folded to the simplified
 * characters the documents print. The table comes from OpenCC (opencc-js) at build time
 * and ships inside the lookup index, cut down to the characters the index uses, so the
 * browser needs no converter and no dictionary download.
 */

/** Every CJK character OpenCC converts to one simplified character: [traditional, simplified]. */
let allPairs: Array<[string, string]> | undefined;

/** The CJK blocks OpenCC's tables cover: Extension A, the Unified Ideographs, the Compatibility Ideographs. */
const CJK_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
];

function variantPairs(): Array<[string, string]> {
  if (allPairs) return allPairs;
  // Mainland, Taiwan and Hong Kong forms each have characters the others do not.
  const converters = (["t", "tw", "hk"] as const).map((from) => Converter({ from, to: "cn" }));
  const characters: string[] = [];
  for (const [first, last] of CJK_RANGES)
    for (let code = first; code <= last; code += 1) characters.push(String.fromCharCode(code));
  // One call per converter over every character, one per line (OpenCC's phrases never span
  // a line): the same table as a call per character, in a third of the time.
  const pairs = new Map<string, string>();
  for (const convert of converters)
    convert(characters.join("\n"))
      .split("\n")
      .forEach((simplified, index) => {
        const character = characters[index]!;
        if (simplified !== character && [...simplified].length === 1) pairs.set(character, simplified);
      });
  // In the order of the characters, as the table has always been written.
  allPairs = [...pairs].sort(([a], [b]) => a.charCodeAt(0) - b.charCodeAt(0));
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
