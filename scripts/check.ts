/**
 * npm run check — validates content/ (schemas, references, verbatim quotes) without
 * building the site. Exits 1 and prints every problem, naming file, entry, field and fix.
 * Then prints each jurisdiction's coverage: 盲区 (a sector with duties but no lead unit) and
 * 交叉 (several lead units), and what imported drafts still need a person to check (待审核).
 * Those are warnings, unless --strict makes them errors.
 * Usage: node scripts/check.ts [--strict] [--content <folder>] [project root, default: this project]
 * The content folder is <root>/content, or the one --content or DUTY_MATRIX_CONTENT names —
 * the same variable the build reads, so the check and the build always read one folder.
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { contentFolder, formatProblems, readContentFiles } from "../src/lib/content/index.ts";
import { checkAndBuild } from "../src/lib/pipeline/index.ts";
import { coverageSummaries, formatCoverageTable } from "../src/lib/coverage/index.ts";
import { reviewCounts } from "../src/lib/review/index.ts";
import { reviewPath } from "../src/lib/site/index.ts";
import { exitWithHelp } from "./lib/cli.ts";

exitWithHelp("check");

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { strict: { type: "boolean", default: false }, content: { type: "string" } },
});
const strict = values.strict;
const root = resolve(positionals[0] ?? ".");
const content = resolve(contentFolder({ option: values.content, root }));
/**
 * The check's report and its exit status. The status is set, not forced with process.exit:
 * a long report written to a pipe is flushed whole before the process ends.
 */
function run(): number {
  const { model, problems } = checkAndBuild(readContentFiles(root, content), content);

  if (!model) {
    console.error(formatProblems(problems));
    return 1;
  }

  for (const town of model.towns) {
    const duties = model.duties.filter((d) => d.jurisdiction === town.id).length;
    console.log(
      `✓ ${town.data.name}: ${town.units.length} 个责任主体 units, ${duties} 条职责 duties, ${town.matrix.sectors.length} 个行业领域 sectors in use`,
    );
  }
  console.log(
    `✓ 内容校验通过 / content check passed: ${model.sources.size} sources, ${model.sectors.length} sectors, ${model.principles.length} principles, ${model.terms.length} terms, ${model.wordGroups.length} everyday-word groups, ${model.duties.length} duties`,
  );

  const coverage = coverageSummaries(model);
  console.log(`\n覆盖情况 / coverage\n${formatCoverageTable(coverage)}`);
  const findings = coverage.reduce((n, s) => n + s.gaps.length + s.overlaps.length, 0);
  if (findings > 0) {
    const message = `${findings} 处盲区或交叉 / ${findings} coverage findings`;
    if (strict) {
      console.error(`✗ ${message}（--strict：视为错误 / treated as errors）`);
      return 1;
    }
    console.log(
      `⚠ ${message}：提示，不阻止构建；加 --strict 视为错误 / warnings; --strict makes them errors`,
    );
  }

  const reviews = reviewCounts(model);
  for (const { town, count } of reviews)
    console.log(
      `⚠ ${town.data.name}：${count} 项待审核 / ${count} items to review（${reviewPath(town.id)}）`,
    );
  if (reviews.length > 0 && strict) {
    console.error(
      "✗ 还有导入时推断、尚未审核的内容（--strict：视为错误） / imported guesses are not yet reviewed (--strict)",
    );
    return 1;
  }
  return 0;
}

process.exitCode = run();
