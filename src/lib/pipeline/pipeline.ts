import { checkContent } from "../checks/index.ts";
import { buildModel, type Model } from "../model/index.ts";
import { parseSources } from "../sources/index.ts";
import {
  COLLECTION_LIST,
  unreadableEntries,
  type ContentProblem,
  type ReadResult,
} from "../content/index.ts";

/** What the pipeline makes of a content folder: its problems, or the model when there are none. */
export type PipelineResult =
  { problems: ContentProblem[]; model: undefined } | { problems: []; model: Model };

/**
 * The one way from content to the model, for the site, `npm run check` and the tests:
 * read (by whichever reader) → parse the sources → check everything → build the model.
 * The model is built only from content that passed the check, since it assumes every
 * reference resolves.
 */
export function checkAndBuild(
  { input, problems: readProblems }: ReadResult,
  folder = "content/",
): PipelineResult {
  // A wrong folder must not pass as "0 sources, 0 duties".
  if (readProblems.length === 0 && COLLECTION_LIST.every(([key]) => input[key].length === 0))
    return {
      model: undefined,
      problems: [
        {
          file: folder,
          entry: "",
          field: "",
          message: `内容文件夹里没有任何内容文件 / the content folder holds no content files: ${folder}`,
          fix: "检查文件夹路径（--content 或 DUTY_MATRIX_CONTENT），其中应有 jurisdictions/、sources/、units/ 等子文件夹 / check the folder (--content or DUTY_MATRIX_CONTENT): it should hold jurisdictions/, sources/, units/ …",
        },
      ],
    };
  const parsed = parseSources(input);
  const problems = [
    ...readProblems,
    ...checkContent(input, parsed, { unreadable: unreadableEntries(readProblems) }),
  ];
  if (problems.length > 0) return { problems, model: undefined };
  return { problems: [], model: buildModel(input, parsed) };
}
