/**
 * The content check (docs/ARCHITECTURE.md "The check"), one file per family of checks sharing one
 * context: ids, sources, units, principles, rule/roster/ledger sets, guides, vocabulary,
 * completeness. Every problem names file, entry, field and fix, in Chinese and English.
 */
import type { ContentInput, ContentProblem } from "../content/types.ts";
import { parseSources, type ParsedSource } from "../sources/index.ts";
import { unusedSectors, uncitedClauses } from "./completeness.ts";
import { checkContext } from "./context.ts";
import { checkGuides } from "./guides.ts";
import { checkIds } from "./ids.ts";
import { checkPrinciples } from "./principles.ts";
import { checkSets } from "./sets.ts";
import { checkSources } from "./sources.ts";
import { checkUnassigned } from "./unassigned.ts";
import { checkUnits } from "./units.ts";
import { checkVocabulary } from "./vocabulary.ts";

export { uncitedClauses, unusedSectors } from "./completeness.ts";
export { checkGuides } from "./guides.ts";
export { toHalfWidth } from "./quotes.ts";
export { closestIds, editDistance } from "./suggest.ts";
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
  for (const family of [checkIds, checkSources, checkUnits, checkPrinciples, checkSets, checkUnassigned])
    family(context);
  const unreadable = options.unreadable ?? new Set<string>();
  // A term may be printed only in a source that could not be read: say nothing about it then.
  const allSourcesRead = ![...unreadable].some((entry) => /^source(?:-text)?\//.test(entry));
  const problems = [
    ...context.problems,
    ...checkGuides(input),
    ...checkVocabulary(input, { termsMustBePrinted: allSourcesRead }),
  ];
  if (unreadable.size > 0)
    return problems.filter((problem) => !(problem.reference && unreadable.has(problem.reference)));
  return [...problems, ...uncitedClauses(input, parsed), ...unusedSectors(input)];
}
