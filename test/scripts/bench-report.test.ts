import { describe, expect, it } from "vitest";
import {
  benchTables,
  readmeBenchTable,
  type BenchReport,
  type BenchResult,
} from "../../scripts/lib/bench-report.ts";

/** One scenario's figures; only the build runs and the ratios matter to these tests. */
function result(buildRuns: number, oursOverFloor: number, range: [number, number]): BenchResult {
  return {
    scenario: "synthetic-10",
    syntheticTowns: 10,
    checkSeconds: 0.4,
    buildRuns,
    buildSeconds: 8.4,
    pagefindSeconds: 2.5,
    floor: { pages: 2356, averageBytes: 13_700, seconds: 3.2 },
    oursOverFloor,
    oursOverFloorRange: range,
    pagefindMsPerPage: 1.05,
    pages: 2356,
    pagesPerSecond: 280,
    peakMb: 700,
    distMb: 42,
    wordMb: 3.5,
    unitPageBytes: 22_000,
    contentPageScriptBytes: 0,
    lookupPageScriptBytes: 29_000,
    allTownsIndexes: { raw: 1, gzip: 1 },
    townIndex: { raw: 1, gzip: 1 },
    latency: [
      { scope: "all", firstAnswer: { raw: 1, gzip: 1, files: 8 }, medianMs: 2.7, p95Ms: 7 },
      { scope: "zhangshanzi", firstAnswer: { raw: 1, gzip: 1, files: 1 }, medianMs: 1.7, p95Ms: 5 },
    ],
    pagefind: { firstQueryBytes: 1, secondQueryBytes: 1 },
  };
}

function report(...results: BenchResult[]): BenchReport {
  return {
    date: "2026-12-05",
    machine: "2 × CPU",
    totalSeconds: 400,
    queries: 70,
    realTowns: 9,
    importSeconds: { txt: 0.5, docx: 0.5 },
    results,
  };
}

describe("the benchmark's report", () => {
  it("shows ours over the floor as the median with the lowest and highest run beside it", () => {
    const tables = benchTables(report(result(5, 1.52, [1.31, 1.9]))).join("\n");
    expect(tables).toContain("| 3.2 | 1.52 (1.31–1.9) | 1.05 |");
    expect(readmeBenchTable(report(result(5, 1.52, [1.31, 1.9])))).toContain(
      "| 3.2 | 1.52 (1.31–1.9) | 700 |",
    );
  });

  it("shows a single run's ratio alone, since it has no spread to show", () => {
    const tables = benchTables(report(result(1, 1.94, [1.94, 1.94]))).join("\n");
    expect(tables).toContain("| 3.2 | 1.94 | 1.05 |");
    expect(tables).not.toContain("(1.94–1.94)");
  });
});
