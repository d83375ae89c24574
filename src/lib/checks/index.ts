/**
 * The content check (docs/ARCHITECTURE.md "The check"), one file per family of checks sharing one
 * context: ids, sources, units, principles, rule/roster/ledger sets, guides, vocabulary,
 * completeness. Every problem names file, entry, field and fix, in Chinese and English.
 */
import type { ContentInput, ContentProblem } from "../content/index.ts";
import { parseSources, type ParsedSource } from "../sources/index.ts";
import { unusedSectors, uncitedClauses } from "./completeness.ts";
import { checkContext } from "./context.ts";
import { checkGuides } from "./guides.ts";
import { checkIds } from "./ids.ts";
import { checkPrinciples } from "./principles.ts";
import { checkSets } from "./sets.ts";
import { checkContacts, checkSite } from "./site.ts";
import { checkSources } from "./sources.ts";
import { checkUnassigned } from "./unassigned.ts";
import { checkUnits } from "./units.ts";
import { checkVocabulary } from "./vocabulary.ts";

export { uncitedClauses, unusedSectors } from "./completeness.ts";
export { checkGuides } from "./guides.ts";
export { toHalfWidth } from "./quotes.ts";
export { closestIds, editDistance } from "../content/index.ts";
export { checkVocabulary } from "./vocabulary.ts";

/**
 * All cross-entry checks: references resolve, ids are unique, no unit without duties, no
 * sector without use, and every quote is verbatim in the clause it cites. Returns every
 * problem found; an empty list means the content is sound.
 */
export function checkContent(
  input: ContentInput,
  parsed: Map<string, ParsedSource> = parseSources(input),
  options: {
    /**
     * Entries (`<kind>/<id>`) whose files could not be read (broken YAML, schema errors).
     * References to them are not reported, and the checks that need all content — every
     * clause encoded, every sector used — are skipped: they would only repeat the file's
     * own problem as dozens of others.
     */
    unreadable?: ReadonlySet<string>;
  } = {},
): ContentProblem[] {
  const context = checkContext(input, parsed);
  for (const family of [
    checkIds,
    checkSources,
    checkUnits,
    checkPrinciples,
    checkSets,
    checkUnassigned,
    checkSite,
    checkContacts,
  ])
    family(context);
  const unreadable = options.unreadable ?? new Set<string>();
  // A term may be printed only in a source that could not be read: say nothing about it then.
  const allSourcesRead = ![...unreadable].some((entry) => /^source(?:-text)?\//.test(entry));
  const problems = [
    ...context.problems,
    ...checkGuides(input),
    ...checkVocabulary(input, { termsMustBePrinted: allSourcesRead }),
  ];
  // A town whose unit files could not be read is not "a town with no units".
  const unreadableTowns = new Set(
    [...unreadable].flatMap((entry) => /^unit\/([^/]+)\//.exec(entry)?.[1] ?? []),
  );
  const dependsOnUnreadable = (reference: string) =>
    unreadable.has(reference) ||
    (reference.startsWith("town-units/") && unreadableTowns.has(reference.slice("town-units/".length)));
  if (unreadable.size > 0)
    return onePerMissingEntry(
      problems.filter((problem) => !(problem.reference && dependsOnUnreadable(problem.reference))),
    );
  // Completeness (every paragraph encoded, every sector used) is a property of content that is
  // otherwise right: a wrong clause id, a renamed source, a unit emptied would each show up
  // again as "paragraph not encoded". It is checked once nothing else is wrong.
  const found = onePerMissingEntry(withoutEmptyTownEcho(problems));
  return found.length > 0 ? found : [...uncitedClauses(input, parsed), ...unusedSectors(input)];
}

/** A town file with a problem of its own (a reserved name) is not also reported for having no units. */
function withoutEmptyTownEcho(problems: readonly ContentProblem[]): ContentProblem[] {
  const isEmptyTown = (problem: ContentProblem) => problem.reference?.startsWith("town-units/") === true;
  const filesWithOwnProblems = new Set(problems.filter((p) => !isEmptyTown(p)).map((p) => p.file));
  return problems.filter((problem) => !(isEmptyTown(problem) && filesWithOwnProblems.has(problem.file)));
}

/**
 * One problem per missing entry: every reference to the same unknown id (a sector deleted
 * while nine duties use it) is one mistake, reported once at its first place with the
 * count and the other places.
 */
export function onePerMissingEntry(problems: readonly ContentProblem[]): ContentProblem[] {
  const groups = new Map<string, ContentProblem[]>();
  const merged: ContentProblem[] = [];
  for (const problem of problems) {
    if (!problem.reference) {
      merged.push(problem);
      continue;
    }
    const key = `${problem.reference}\u0000${problem.message}`;
    const group = groups.get(key);
    if (group) group.push(problem);
    else {
      groups.set(key, [problem]);
      merged.push(problem);
    }
  }
  return merged.map((problem) => {
    const group = problem.reference ? groups.get(`${problem.reference}\u0000${problem.message}`)! : [];
    if (group.length < 2) return problem;
    const places = group
      .slice(1, 6)
      .map((other) => [other.file, other.entry, other.field].filter(Boolean).join(" › "))
      .join("；");
    const more = group.length > 6 ? "……" : "";
    const [zh, en = zh] = problem.message.split(" / ");
    return {
      ...problem,
      message: `${zh}，共 ${group.length} 处（另见 ${places}${more}） / ${en} (${group.length} places; also ${places}${more})`,
    };
  });
}
