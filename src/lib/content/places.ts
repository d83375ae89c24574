import { bilingual } from "../../schemas/messages.ts";
import { closestIds } from "./closest.ts";
import { debrisOf, isOsMetadata, type Refusal } from "./file-kinds.ts";
import { COLLECTION_LIST, collectionFileMatcher } from "./registry.ts";

/**
 * Where a file of the content folder belongs. Every file is read by a collection, is a
 * source's full text, or is reported with where it should go: a file no reader looks at is
 * data the clerk believes published and is not.
 */
export type Place =
  | { kind: "collection"; folder: string }
  | { kind: "text" }
  | { kind: "site" }
  | { kind: "ignored" }
  | { kind: "refused"; refusal: Refusal };

/** The deployment's description (content/site.yaml), the one file at the top of the content folder. */
export const SITE_FILES = ["site.yaml", "site.yml"] as const;

/** The folder under content/ that holds the full texts of the sources. */
export const SOURCE_TEXTS_FOLDER = "sources/texts";

const EXAMPLE_TOWN = "<辖区编号>";

/** The place of a path relative to the content folder, written with `/`. */
export function placeOf(path: string): Place {
  const parts = path.split("/");
  const name = parts.at(-1)!;
  if (isOsMetadata(name)) return { kind: "ignored" };
  const debris = debrisOf(name);
  if (debris) return { kind: "refused", refusal: debris };
  if (parts.length === 1 && (SITE_FILES as readonly string[]).includes(name)) return { kind: "site" };
  const [folder, ...rest] = parts;
  const spec = COLLECTION_LIST.find(([, s]) => s.folder === folder)?.[1];
  if (spec && collectionFileMatcher(spec).test(rest.join("/")))
    return { kind: "collection", folder: spec.folder };
  if (path.startsWith(`${SOURCE_TEXTS_FOLDER}/`) && parts.length === 3 && name.endsWith(".txt"))
    return { kind: "text" };
  return { kind: "refused", refusal: { message: NOT_READ, fix: whereItBelongs(parts) } };
}

const NOT_READ = bilingual(
  "这个位置的文件不会被读入，内容不会出现在网站上",
  "no collection reads a file here: its content would not be published",
);

function whereItBelongs(parts: readonly string[]): string {
  const name = parts.at(-1)!;
  const extension = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? "";
  const folders = COLLECTION_LIST.map(([, s]) => s.folder);
  if (parts.length === 1)
    return bilingual(
      `content/ 下只放网站设置 site.yaml 和子文件夹（${folders.join("、")}）：把文件移到对应的文件夹，或移出 content/`,
      `content/ holds site.yaml and folders only (${folders.join(", ")}): move the file into one, or out of content/`,
    );
  const [folder] = parts;
  const spec = COLLECTION_LIST.find(([, s]) => s.folder === folder)?.[1];
  if (!spec) {
    const near = closestIds(folder!, new Set(folders));
    return bilingual(
      `content/ 下没有 ${folder}/ 这个文件夹${near.length ? `，是不是 ${near.join("、")}？` : ""}（可用：${folders.join("、")}）`,
      `content/ has no folder ${folder}/${near.length ? ` — did you mean ${near.join(", ")}?` : ""} (folders: ${folders.join(", ")})`,
    );
  }
  if (folder === "sources" && (parts[1] === "texts" || extension === "txt"))
    return bilingual(
      `来源全文应是 ${SOURCE_TEXTS_FOLDER}/ 下的 .txt 文件（不分子文件夹）`,
      `a source's full text is a .txt file directly in ${SOURCE_TEXTS_FOLDER}/`,
    );
  const extensions = spec.format === "yaml" ? ".yaml" : ".mdx";
  const wrongKind =
    spec.format === "yaml" ? !["yaml", "yml"].includes(extension) : !["md", "mdx"].includes(extension);
  if (wrongKind)
    return bilingual(
      `${folder}/ 里的文件应是 ${extensions} 文件`,
      `files in ${folder}/ are ${extensions} files`,
    );
  if (spec.perTown)
    return bilingual(
      `移到 ${folder}/${EXAMPLE_TOWN}/${name}：${folder}/ 下每个辖区一个文件夹，文件夹里直接放文件`,
      `move it to ${folder}/<jurisdiction id>/${name}: one folder per jurisdiction, files directly inside`,
    );
  return bilingual(
    `移到 ${folder}/${name}：${folder}/ 不分子文件夹`,
    `move it to ${folder}/${name}: ${folder}/ has no subfolders`,
  );
}
