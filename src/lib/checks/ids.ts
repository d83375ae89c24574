import { jurisdictionIdSchema } from "../../schemas/jurisdiction.ts";
import { COLLECTION_LIST } from "../content/index.ts";
import { ID_CHARACTERS, ID_PATTERN } from "../../schemas/messages.ts";

/** What Windows, macOS and WPS name a copy: x - 副本, x - Copy, x copy, x(1). */
export const COPY_NAME =
  /(?:\s*-\s*副本(?:\s*\(\d+\))?|\s*-\s*copy(?:\s*\(\d+\))?|\s+copy(?:\s+\d+)?|\s*[(（]\d+[)）])$/i;

/** A file name made usable in a URL, when it can be: Police Station → police-station. */
export function suggestId(name: string): string | undefined {
  const id = name
    .toLowerCase()
    .replace(/[\s_]+/g, "-")
    .replace(/[^a-z0-9-]/g, "")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "");
  return id && id !== name ? id : undefined;
}
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

  // Every other file name is part of a URL too (/<town>/units/<unit>/, /sources/<source>/ …).
  for (const [key, spec] of COLLECTION_LIST) {
    if (key === "jurisdictions") continue;
    for (const entry of input[key]) {
      const name = entry.id.split("/").at(-1)!;
      if (ID_PATTERN.test(name)) continue;
      const copy = COPY_NAME.exec(name);
      problems.push({
        file: entry.file,
        entry: entry.id,
        field: "文件名 file name",
        message: copy
          ? `“${name}”像是另一个文件的副本 / "${name}" looks like a copy of another file`
          : `文件名“${name}”${ID_CHARACTERS}，它会出现在网址里 / file names use lowercase ASCII letters, digits and hyphens: they become URLs`,
        fix: copy
          ? `删除这个副本，或把它改名为新的编号 / delete the copy, or rename it to an id of its own`
          : `把文件改名${suggestId(name) ? `，例如 ${suggestId(name)}.${entry.file.split(".").at(-1)}` : ""} / rename the file${suggestId(name) ? `, e.g. ${suggestId(name)}` : ""} (${spec.folder}/)`,
      });
    }
  }

  // A town's name heads its pages and the town lists: two alike cannot be told apart.
  const townByName = new Map<string, string>();
  for (const jurisdiction of input.jurisdictions) {
    const other = townByName.get(jurisdiction.data.name);
    if (other)
      problems.push({
        file: jurisdiction.file,
        entry: jurisdiction.id,
        field: "name",
        message: `辖区名称“${jurisdiction.data.name}”与 ${other} 相同 / the name ${jurisdiction.data.name} is also used by ${other}`,
        fix: "换一个能把两者分开的名称，例如加上所属县区 / give each a name that tells them apart, e.g. with its county",
      });
    else townByName.set(jurisdiction.data.name, jurisdiction.id);
  }

  for (const jurisdiction of input.jurisdictions) {
    const valid = jurisdictionIdSchema.safeParse(jurisdiction.id);
    if (!valid.success) {
      problems.push({
        file: jurisdiction.file,
        entry: jurisdiction.id,
        field: "文件名 file name",
        message: valid.error.issues.map((issue) => issue.message).join("; "),
        fix: `给辖区文件改名（${ID_CHARACTERS}） / rename the jurisdiction file (lowercase ASCII letters, digits, hyphens)`,
      });
    }
  }
}
