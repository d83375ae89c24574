import { COLLECTION_LIST } from "./registry.ts";
import type { ContentProblem } from "./types.ts";

/** The kind of entry each content folder holds, as references name it. */
const FOLDER_KINDS = new Map(COLLECTION_LIST.map(([, spec]) => [spec.folder, spec.kind]));

/**
 * The entries that files with reading problems would have held, as `<kind>/<id>`. A
 * reference to one of them is not reported again: the file's own problem says it all.
 */
export function unreadableEntries(problems: readonly ContentProblem[]): Set<string> {
  const entries = new Set<string>();
  for (const { file } of problems) {
    const match = /^content\/([^/]+)\/(.+)\.(?:ya?ml|mdx?)$/.exec(file);
    const kind = match && FOLDER_KINDS.get(match[1]!);
    if (kind) entries.add(`${kind}/${match[2]}`);
  }
  return entries;
}

/** One line per problem, the form used by the build, `npm run check` and the tests. */
export function formatProblem(problem: ContentProblem): string {
  const where = [problem.entry, problem.field].filter(Boolean).join(" › ");
  return `${problem.file}${where ? ` › ${where}` : ""}\n  错误 / Error: ${problem.message}\n  修改 / Fix: ${problem.fix}`;
}

/** The report that stops the build. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const header = `内容校验发现 ${problems.length} 个问题 / Content check found ${problems.length} problem(s):`;
  return [header, ...problems.map(formatProblem)].join("\n\n");
}
