import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Converter } from "opencc-js/t2cn";

/**
 * Where the lookup's table of traditional and variant characters comes from: OpenCC
 * (opencc-js), run over every CJK character. Written once into
 * src/lib/lookup/variant-pairs.ts, so a build reads a string instead of loading OpenCC's
 * dictionaries and converting some 28,000 characters (about 0.1 s of every build);
 * test/lib/lookup-variants.test.ts fails when the installed OpenCC gives another table.
 *
 * To write the file again (after updating opencc-js), with the project's Node 24:
 * npx node scripts/lib/variant-pairs.ts
 */

/** The CJK blocks OpenCC's tables cover: Extension A, the Unified Ideographs, the Compatibility Ideographs. */
const CJK_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
];

/**
 * Every CJK character OpenCC converts to one simplified character, as one string of pairs
 * (traditional or variant, then simplified: 氣气網网…), in the order of the characters.
 */
export function variantPairsFromOpenCC(): string {
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
  return [...pairs]
    .sort(([a], [b]) => a.charCodeAt(0) - b.charCodeAt(0))
    .map(([variant, simplified]) => variant + simplified)
    .join("");
}

/** The text of src/lib/lookup/variant-pairs.ts for a table. */
export function variantPairsModule(pairs: string): string {
  return `/**
 * Every CJK character OpenCC (opencc-js) converts to one simplified character, as pairs
 * (traditional or variant, then simplified: 氣气網网…). Written by scripts/lib/variant-pairs.ts;
 * do not edit. test/lib/lookup-variants.test.ts checks it against the installed OpenCC.
 */
export const VARIANT_PAIRS =
  ${JSON.stringify(pairs)};
`;
}

/** The file the table is written to. */
export const VARIANT_PAIRS_FILE = fileURLToPath(
  new URL("../../src/lib/lookup/variant-pairs.ts", import.meta.url),
);

if (import.meta.main) {
  writeFileSync(VARIANT_PAIRS_FILE, variantPairsModule(variantPairsFromOpenCC()));
  console.log(`已写入 / written: ${VARIANT_PAIRS_FILE}`);
}
