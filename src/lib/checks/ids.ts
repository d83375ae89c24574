import { jurisdictionIdSchema } from "../../schemas/jurisdiction.ts";
import { COLLECTION_LIST } from "../content/registry.ts";
import type { CheckContext } from "./context.ts";

/**
 * Ids: unique within each collection (a.yaml beside a.yml), and jurisdiction ids usable
 * in URLs (they are the first part of every town's address).
 */
export function checkIds({ input, problems }: CheckContext): void {
  for (const [key, spec] of COLLECTION_LIST) {
    const seen = new Map<string, string>();
    for (const entry of input[key]) {
      const other = seen.get(entry.id);
      if (other) {
        problems.push({
          file: entry.file,
          entry: entry.id,
          field: "id",
          message: `编号 ${entry.id} 与 ${other} 重复 / id ${entry.id} is also used by ${other} (${spec.folder})`,
          fix: "改名其中一个文件，使编号唯一 / rename one of the files so that ids are unique",
        });
      } else {
        seen.set(entry.id, entry.file);
      }
    }
  }

  for (const jurisdiction of input.jurisdictions) {
    const valid = jurisdictionIdSchema.safeParse(jurisdiction.id);
    if (!valid.success) {
      problems.push({
        file: jurisdiction.file,
        entry: jurisdiction.id,
        field: "文件名 file name",
        message: valid.error.issues.map((issue) => issue.message).join("; "),
        fix: "给辖区文件改名（小写英文字母、数字和连字符） / rename the jurisdiction file (lowercase ASCII letters, digits, hyphens)",
      });
    }
  }
}
