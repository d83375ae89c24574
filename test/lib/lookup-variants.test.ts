import { describe, expect, it } from "vitest";
import { VARIANT_PAIRS } from "../../src/lib/lookup/variant-pairs.ts";
import { variantTable } from "../../src/lib/lookup/variants.ts";
import { variantPairsFromOpenCC, variantPairsModule } from "../../scripts/lib/variant-pairs.ts";

describe("the variant table", () => {
  it("is the table the installed OpenCC gives (after updating opencc-js: npx node scripts/lib/variant-pairs.ts)", () => {
    expect(VARIANT_PAIRS).toBe(variantPairsFromOpenCC());
  });

  it("is written as a module that gives the same string back", async () => {
    const text = variantPairsModule("氣气𠵾㗲");
    const url = `data:text/javascript,${encodeURIComponent(text)}`;
    expect((await import(/* @vite-ignore */ url)).VARIANT_PAIRS).toBe("氣气𠵾㗲");
  });

  it("keeps the pairs whose simplified character an index uses, a simplified character outside the BMP included", () => {
    const table = variantTable(new Set(["气", "网", "𠵾"]));
    expect(table).toContain("氣气");
    expect(table).toContain("網网");
    expect(table).toContain("㗲𠵾");
    expect(table).not.toContain("門");
    // Pair by pair: every second character is one of those asked for.
    const characters = [...table];
    for (let index = 1; index < characters.length; index += 2)
      expect(["气", "网", "𠵾"]).toContain(characters[index]);
  });
});
