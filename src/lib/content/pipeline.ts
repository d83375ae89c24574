import { checkContent } from "../checks/index.ts";
import { buildModel, type Model } from "../model/index.ts";
import { parseSources } from "../sources/index.ts";
import { unreadableEntries } from "./problems.ts";
import type { ContentProblem, ReadResult } from "./types.ts";

/** What the pipeline makes of a content folder: its problems, or the model when there are none. */
export type PipelineResult =
  { problems: ContentProblem[]; model: undefined } | { problems: []; model: Model };

/**
 * The one way from content to the model, for the site, `npm run check` and the tests:
 * read (by whichever reader) → parse the sources → check everything → build the model.
 * The model is built only from content that passed the check, since it assumes every
 * reference resolves.
 */
export function checkAndBuild({ input, problems: readProblems }: ReadResult): PipelineResult {
  const parsed = parseSources(input);
  const problems = [
    ...readProblems,
    ...checkContent(input, parsed, { unreadable: unreadableEntries(readProblems) }),
  ];
  if (problems.length > 0) return { problems, model: undefined };
  return { problems: [], model: buildModel(input, parsed) };
}
