import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { performanceDoc, readmeBenchTable, type BenchReport } from "../../scripts/lib/bench-report.ts";
import { PROJECT_ROOT } from "../helpers/fixture.ts";

const read = (path: string) => readFileSync(join(PROJECT_ROOT, path), "utf8");
/** Every document a reader opens: the README, the guide for contributors, and docs/. */
const DOCUMENTS = [
  "README.md",
  "CONTRIBUTING.md",
  ...readdirSync(join(PROJECT_ROOT, "docs"))
    .filter((name) => name.endsWith(".md"))
    .map((name) => `docs/${name}`),
];

describe("the documents", () => {
  it("keep the README short: the two commands first, then where to read on, under 10 KB", () => {
    const readme = read("README.md");
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(10 * 1024);
    const commands = /```sh\n([\s\S]*?)```/.exec(readme)![1]!.trim().split("\n");
    expect(commands.map((line) => line.split("#")[0]!.trim())).toEqual([
      "npm install && npm start",
      "npm install && npm test",
    ]);
    expect(readme.indexOf("```sh")).toBeLessThan(readme.indexOf("## "));
  });

  it("link only to files that exist", () => {
    const broken: string[] = [];
    for (const document of DOCUMENTS)
      for (const [, target] of read(document).matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
        if (/^[a-z]+:/.test(target!)) continue;
        if (!existsSync(join(PROJECT_ROOT, dirname(document), decodeURIComponent(target!))))
          broken.push(`${document} → ${target}`);
      }
    expect(broken).toEqual([]);
  });

  it("link every guide in docs/ from the README", () => {
    const readme = read("README.md");
    const unlinked = DOCUMENTS.filter((document) => document.startsWith("docs/")).filter(
      (document) => !readme.includes(`](${document})`),
    );
    expect(unlinked).toEqual([]);
  });

  it("give the performance figures exactly as bench/results.json holds them (docs/性能.md is written from it)", async () => {
    const report = JSON.parse(read("bench/results.json")) as BenchReport;
    const written = await prettier.format(performanceDoc(report), { parser: "markdown" });
    expect(read("docs/性能.md")).toBe(written);
  });

  it("give the README's build table exactly as bench/results.json holds it, with machine and date", async () => {
    const report = JSON.parse(read("bench/results.json")) as BenchReport;
    const table = (await prettier.format(readmeBenchTable(report), { parser: "markdown" })).trim();
    expect(read("README.md")).toContain(table);
    expect(table).toContain(report.machine);
    expect(table).toContain(report.date);
  });
});
