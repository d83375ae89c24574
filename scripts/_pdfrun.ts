import { chromium } from "playwright-core";
import { readContentFiles } from "/work/main/src/lib/content/index.ts";
import { sectorGuesser } from "/work/main/src/lib/import/index.ts";
import { readCorpus, measureCorpusFile, formatCorpusTable } from "/work/main/scripts/lib/corpus.ts";
import { CHROMIUM_ARGS, findChromium } from "/work/main/scripts/lib/chromium.ts";
const { input } = readContentFiles("/work/main");
const guess = sectorGuesser({ sectors: input.sectors, terms: input.terms });
const browser = await chromium.launch({ executablePath: findChromium()!, args: CHROMIUM_ARGS });
const rows = [];
for (const doc of readCorpus()) rows.push(await measureCorpusFile(doc, process.argv[2] as any ?? "pdf", guess, browser));
console.log(formatCorpusTable(rows));
for (const r of rows) { if (r.notVerbatim.length) console.log(r.id, "NV", r.notVerbatim.map(t=>t.slice(-30))); if (r.furnitureInText.length) console.log(r.id, "F", r.furnitureInText); }
await browser.close();
