import { fileURLToPath } from "node:url";
import { readContentFiles } from "../../src/data/read-content-files.ts";
import type { ContentInput } from "../../src/lib/content-types.ts";

export const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const MINIMAL_FIXTURE = fileURLToPath(new URL("../fixtures/minimal/", import.meta.url));

/** A fresh, deep copy of the minimal fixture's content, for a test to break one thing in. */
export function minimalContent(): ContentInput {
  const { input, problems } = readContentFiles(MINIMAL_FIXTURE);
  if (problems.length > 0)
    throw new Error(`the minimal fixture itself is broken: ${JSON.stringify(problems)}`);
  return structuredClone(input);
}
