import { expect } from "vitest";
import { corpusTotals, type CorpusRow } from "../../scripts/lib/corpus.ts";
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { PROJECT_ROOT } from "./fixture.ts";

/** Runs `npm run import` on a document into a scratch content folder, as 草稿镇 (draft-town) unless told. */
export function importDraftTown(
  document: string,
  content: string,
  town = "draft-town",
  name = "草稿镇",
): SpawnSyncReturns<string> {
  return spawnSync(
    process.execPath,
    ["scripts/import.ts", document, "--town", town, "--name", name, "--out", content],
    { cwd: PROJECT_ROOT, encoding: "utf8" },
  );
}

/**
 * The acceptance for one form of the corpus: none refused, every duty verbatim, no page
 * furniture in a source text, 90% of units, duties and roles, at most 1.5 review markers a duty.
 */
export function expectCorpusAcceptance(rows: readonly CorpusRow[]): void {
  const totals = corpusTotals(rows);
  expect(rows.filter((r) => r.refused).map((r) => [r.id, r.refused])).toEqual([]);
  expect(rows.flatMap((r) => r.notVerbatim.map((t) => `${r.id}: ${t}`))).toEqual([]);
  expect(rows.flatMap((r) => r.furnitureInText.map((f) => `${r.id}: ${f}`))).toEqual([]);
  expect(totals.dutyRecall).toBeGreaterThanOrEqual(0.9);
  expect(totals.dutyPrecision).toBeGreaterThanOrEqual(0.9);
  expect(totals.unitRecall).toBeGreaterThanOrEqual(0.9);
  expect(totals.unitPrecision).toBeGreaterThanOrEqual(0.9);
  expect(totals.roleAgreement).toBeGreaterThanOrEqual(0.9);
  expect(totals.markersPerDuty).toBeLessThanOrEqual(1.5);
}
