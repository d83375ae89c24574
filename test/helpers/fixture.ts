import { fileURLToPath } from "node:url";
import { readContentFiles } from "../../src/data/read-content-files.ts";
import type { ContentInput } from "../../src/lib/content-types.ts";
import { checkContent, parseSources } from "../../src/lib/integrity.ts";
import { buildModel, type Model } from "../../src/lib/model.ts";

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
  const parsed = parseSources(content);
  const problems = checkContent(content, parsed);
  if (problems.length > 0) throw new Error(`fixture content fails the check: ${JSON.stringify(problems)}`);
  return buildModel(content, parsed);
}
