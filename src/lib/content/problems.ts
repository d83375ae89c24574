import { COLLECTION_LIST } from "./registry.ts";
import type { ContentProblem } from "./types.ts";

/** The kind of entry each content folder holds, as references name it. */
const FOLDER_KINDS = new Map(COLLECTION_LIST.map(([, spec]) => [spec.folder, spec.kind]));

/**
 * The entries that files with reading problems would have held, as `<kind>/<id>` (and the
 * source texts that could not be read, as `source-text/<id>`). A reference to one of them
 * is not reported again: the file's own problem says it all.
 */
export function unreadableEntries(problems: readonly ContentProblem[]): Set<string> {
  const entries = new Set<string>();
  for (const { file, reference } of problems) {
    if (reference) entries.add(reference);
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

/** How many problems of one kind in one file are printed in full before the rest are summed up. */
export const SHOWN_PER_KIND = 3;

/**
 * Problems of one kind: the same file, field and message once the numbers, ids and quoted
 * words that tell one occurrence from another are set aside.
 */
function kindOf(problem: ContentProblem): string {
  const shape = (text: string) => text.replace(/“[^”]*”|"[^"]*"|\[\d+\]|\d+/g, "…");
  return [problem.file, shape(problem.field), shape(problem.message)].join("\u0000");
}

/**
 * The report that stops the build. A mistake repeated throughout a file (5,000 copies of a
 * duty) is printed three times, then summed up with where the others are, so the report
 * stays readable and nothing is hidden.
 */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const header = `内容校验发现 ${problems.length} 个问题 / Content check found ${problems.length} problem(s):`;
  const byKind = new Map<string, ContentProblem[]>();
  for (const problem of problems) {
    const kind = kindOf(problem);
    const group = byKind.get(kind);
    if (group) group.push(problem);
    else byKind.set(kind, [problem]);
  }
  const blocks: string[] = [];
  for (const group of byKind.values()) {
    blocks.push(...group.slice(0, SHOWN_PER_KIND).map(formatProblem));
    const rest = group.slice(SHOWN_PER_KIND);
    if (rest.length === 0) continue;
    const places = rest.map((p) => [p.entry, p.field].filter(Boolean).join(" › "));
    const listed = places.slice(0, 10).join("、") + (places.length > 10 ? "……" : "");
    blocks.push(
      `${rest[0]!.file}\n  另有 ${rest.length} 处相同问题 / ${rest.length} more of the same problem: ${listed}`,
    );
  }
  return [header, ...blocks].join("\n\n");
}
