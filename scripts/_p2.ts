import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";
import { browserPrintedPdf } from "./lib/documents.ts";
import { readContentFiles } from "../src/lib/content/index.ts";
import { sectorGuesser, importDocument } from "../src/lib/import/index.ts";
import { CHROMIUM_ARGS, findChromium } from "./lib/chromium.ts";
const { input } = readContentFiles(".");
const guess = sectorGuesser({ sectors: input.sectors, terms: input.terms });
const browser = await chromium.launch({ executablePath: findChromium()!, args: CHROMIUM_ARGS });
const t = readFileSync(`test/fixtures/documents/${process.argv[2]}/document.txt`, "utf8");
const pdf = await browserPrintedPdf(browser, t, `${process.argv[2]}_政府门户网站`);
const r = await importDocument(new Uint8Array(pdf), "a.pdf", guess);
if (process.argv[3]) for (const c of r.draft.clauses) console.log(c.id.padEnd(12), c.isHeading ? "H" : " ", JSON.stringify(c.text.slice(0, 60)));
for (const u of r.draft.units) { console.log("UNIT", u.name); for (const d of u.duties) console.log("   ", d.clause, d.role, d.text.slice(0, 50)); }
await browser.close();
