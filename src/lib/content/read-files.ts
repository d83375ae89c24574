import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import yaml from "js-yaml";
import { describeSchemaIssue } from "../../schemas/messages.ts";
import {
  COLLECTION_LIST,
  collectionFileMatcher,
  entryIdOf,
  type CollectionKey,
  type CollectionSpec,
} from "./registry.ts";
import type { ContentEntry, ContentInput, ContentProblem, ReadResult, SourceEntry } from "./types.ts";

/**
 * Reads content/ straight from disk with the same registry and schemas the Astro content
 * layer uses. `npm run check` and the tests use it; the build reads through Astro and then
 * runs the same pipeline, so both report the same problems.
 */

/** Files below a folder (recursively) whose names match, sorted for stable output. */
export function listFiles(folder: string, pattern: RegExp): string[] {
  if (!existsSync(folder)) return [];
  return (readdirSync(folder, { recursive: true, encoding: "utf8" }) as string[])
    .map((name) => name.split("\\").join("/"))
    .filter((name) => pattern.test(name))
    .sort();
}

/** A YAML document with a leading BOM and CRLF line ends is read like any other. */
function parseYaml(text: string): unknown {
  return yaml.load(text.replace(/^\ufeff/, "").replace(/\r\n?/g, "\n"));
}

function frontmatter(text: string): string | null {
  const match = /^\ufeff?---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return match?.[1] ?? null;
}

function readFrontmatter(text: string): unknown {
  const block = frontmatter(text);
  if (block === null) throw new Error("missing --- frontmatter ---");
  return parseYaml(block);
}

/** Each source entry with the full text its `file` names under sources/texts/, or null when missing. */
export function withSourceTexts(
  entries: ReadonlyArray<ContentEntry<SourceEntry["data"]>>,
  contentDir: string,
): SourceEntry[] {
  return entries.map((entry) => {
    const path = join(contentDir, "sources", "texts", entry.data.file);
    return { ...entry, text: existsSync(path) ? readFileSync(path, "utf8") : null };
  });
}

/**
 * The content folder below `root` (a project, or a scratch copy with its own content/), or
 * the folder named; messages name files relative to `root`.
 */
export function readContentFiles(root: string, content = join(root, "content")): ReadResult {
  const problems: ContentProblem[] = [];

  function readCollection(spec: CollectionSpec): ContentEntry<unknown>[] {
    const base = join(content, spec.folder);
    const extract = spec.format === "mdx" ? readFrontmatter : parseYaml;
    const entries: ContentEntry<unknown>[] = [];
    for (const name of listFiles(base, collectionFileMatcher(spec))) {
      const path = join(base, name);
      const file = relative(root, path).split("\\").join("/");
      const id = entryIdOf(name);
      let raw: unknown;
      try {
        raw = extract(readFileSync(path, "utf8"));
      } catch (error) {
        const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
        problems.push({
          file,
          entry: id,
          field: "",
          message: `文件格式有误，无法读取 / the file is not valid YAML: ${reason}`,
          fix: "检查缩进（用空格，不用 Tab）、冒号后的空格和引号 / check indentation (spaces, not tabs), the space after colons, and quotes",
        });
        continue;
      }
      if (raw === null || raw === undefined) {
        problems.push({
          file,
          entry: id,
          field: "",
          message: "文件是空的 / the file is empty",
          fix: "填写内容或删除该文件 / fill it in or delete it",
        });
        continue;
      }
      const result = spec.schema.safeParse(raw);
      if (!result.success) {
        for (const issue of result.error.issues) {
          const path = issue.path
            .map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`))
            .join("")
            .replace(/^\./, "");
          const [entryPart, ...fieldParts] = path.split(".");
          problems.push({
            file,
            entry: fieldParts.length ? (entryPart ?? id) : id,
            field: fieldParts.length ? fieldParts.join(".") : path,
            ...describeSchemaIssue(issue),
          });
        }
        continue;
      }
      entries.push({ id, file, data: result.data });
    }
    return entries;
  }

  const input = Object.fromEntries(
    COLLECTION_LIST.map(([key, spec]): [CollectionKey, ContentEntry<unknown>[]] => [
      key,
      readCollection(spec),
    ]),
  ) as unknown as ContentInput;
  input.sources = withSourceTexts(input.sources, content);
  return { input, problems };
}
