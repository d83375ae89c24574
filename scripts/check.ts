/**
 * npm run check — validates content/ (schemas, references, verbatim quotes) without
 * building the site. Exits 1 and prints every problem, naming file, entry, field and fix.
 * Usage: node scripts/check.ts [content root, default: this project]
 */
import { resolve } from "node:path";
import { formatProblems } from "../src/lib/content-types.ts";
import { checkContent, parseSources } from "../src/lib/integrity.ts";
import { buildModel } from "../src/lib/model.ts";
import { readContentFiles } from "../src/data/read-content-files.ts";

const root = resolve(process.argv[2] ?? ".");
const { input, problems } = readContentFiles(root);
const parsed = parseSources(input);
problems.push(...checkContent(input, parsed));

if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}

const model = buildModel(input, parsed);
for (const town of model.towns) {
  const duties = model.duties.filter((d) => d.jurisdiction === town.id).length;
  console.log(
    `✓ ${town.data.name}: ${town.units.length} 个责任主体 units, ${duties} 条职责 duties, ${town.matrix.sectors.length} 个行业领域 sectors in use`,
  );
}
console.log(
  `✓ 内容校验通过 / content check passed: ${model.sources.size} sources, ${model.sectors.length} sectors, ${model.principles.length} principles, ${model.terms.length} terms, ${model.wordGroups.length} everyday-word groups, ${model.duties.length} duties`,
);
