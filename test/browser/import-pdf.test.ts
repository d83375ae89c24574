import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { documentText } from "../../src/lib/import/index.ts";
import { parseClauses } from "../../src/lib/sources/index.ts";
import { pdfFromText } from "../../scripts/lib/documents.ts";
import { skipBrowserTests, useChromium } from "../helpers/browser.ts";
import { PROJECT_ROOT } from "../helpers/fixture.ts";

const chromium = useChromium();

describe.skipIf(skipBrowserTests)("importing a PDF printed by Chromium", () => {
  it("joins the lines the page layout broke, giving the text's clause ids and words", async () => {
    const text = readFileSync(
      join(PROJECT_ROOT, "content", "sources", "texts", "001_88b0436f1c27cabc.txt"),
      "utf8",
    );
    const pdf = await pdfFromText(chromium(), text);
    const { text: back, format } = await documentText(new Uint8Array(pdf), "广西范本.pdf");
    expect(format).toBe("PDF");
    const clauses = (t: string) =>
      parseClauses(t).clauses.map((c) => `${c.id} ${c.text.replace(/\s+/g, "")}`);
    expect(clauses(back)).toEqual(clauses(text));
  });
});
