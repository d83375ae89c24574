import { fileURLToPath } from "node:url";
import { formatProblems, readContentFiles, type ContentInput } from "../../src/lib/content/index.ts";
import { checkAndBuild, type PipelineResult } from "../../src/lib/pipeline/index.ts";
import type { Model } from "../../src/lib/model/index.ts";

export const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const MINIMAL_FIXTURE = fileURLToPath(new URL("../fixtures/minimal/", import.meta.url));

/** A fresh, deep copy of the minimal fixture's content, for a test to break one thing in. */
export function minimalContent(): ContentInput {
  const { input, problems } = readContentFiles(MINIMAL_FIXTURE);
  if (problems.length > 0)
    throw new Error(`the minimal fixture itself is broken: ${JSON.stringify(problems)}`);
  return structuredClone(input);
}

/** The fixture plus a group unit whose duty applies to every department. */
export function withCommonDuties(): ContentInput {
  const content = minimalContent();
  content.units.push({
    id: "testtown/common",
    file: "content/units/testtown/common.yaml",
    data: {
      ...structuredClone(content.units[0]!.data),
      name: "各测试部门",
      kind: "group",
      heading: undefined,
      appliesTo: { kinds: ["department"], units: [] },
      duties: [
        {
          clause: "二1(1)",
          text: "负责消防安全监督管理；",
          role: "lead",
          sectors: ["fire"],
          cadence: [],
          dates: [],
          source: undefined,
          note: undefined,
        },
      ],
    },
  } as never);
  return content;
}

/** The model of content that must pass the check; a problem fails the test with its message. */
export function checkedModel(content: ContentInput): Model {
  const { model, problems } = checkAndBuild({ input: content, problems: [] });
  if (!model) throw new Error(`fixture content fails the check: ${JSON.stringify(problems)}`);
  return model;
}

/** A content folder (the project's, or a scratch copy's) through the same pipeline as the site and the check. */
export function pipelineOf(root: string): PipelineResult {
  return checkAndBuild(readContentFiles(root));
}

/** The model of a content folder that must pass the check; a problem fails with the check's own report. */
export function modelOf(root: string): Model {
  const { model, problems } = pipelineOf(root);
  if (!model) throw new Error(formatProblems(problems));
  return model;
}
