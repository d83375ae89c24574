/**
 * How close the importer comes to the hand encoding: each source document's raw text is
 * drafted by the importer and compared with the content encoded by hand from it.
 *   units: a hand unit is found when a drafted unit has its heading clause or its name;
 *   duties: (unit, clause) pairs; roles and sectors: over the pairs both have.
 * Usage: node scripts/import-fidelity.ts [--json]
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readContentFiles } from "../src/lib/content/index.ts";
import { draftFromText, proposeParseOptions, sectorGuesser } from "../src/lib/import/index.ts";
import { fidelity, formatFidelityTable } from "../src/lib/import/fidelity.ts";

const ROOT = join(import.meta.dirname, "..");
const { input } = readContentFiles(ROOT);
const guess = sectorGuesser({ sectors: input.sectors, terms: input.terms });
const rows = input.sources.map((source) => {
  const text = readFileSync(join(ROOT, "content", "sources", "texts", source.data.file), "utf8");
  const started = performance.now();
  const draft = draftFromText(text, guess, proposeParseOptions(text).options);
  const ms = performance.now() - started;
  const hand = input.units.filter((unit) => unit.data.source === source.id).map((unit) => unit.data);
  return { source: source.id, ms, ...fidelity(hand, draft) };
});
if (process.argv.includes("--json")) console.log(JSON.stringify(rows, null, 2));
else console.log(formatFidelityTable(rows));
