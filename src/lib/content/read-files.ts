import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import yaml from "js-yaml";
import {
  COLLECTION_LIST,
  collectionFileMatcher,
  entryIdOf,
  type CollectionKey,
  type CollectionSpec,
} from "./registry.ts";
import { EMPTY_FILE, linkedFolderRefusal, readContentText, unreadableRefusal } from "./file-kinds.ts";
import { bodyProblems } from "./mdx.ts";
import { placeOf, SITE_FILES, SOURCE_TEXTS_FOLDER } from "./places.ts";
import { siteSchema } from "../../schemas/site.ts";
import { schemaProblems } from "./schema-issues.ts";
import type { ContentEntry, ContentInput, ContentProblem, ReadResult, SourceEntry } from "./types.ts";

/**
 * Reads content/ straight from disk through the registry and its schemas. `npm run check`,
 * the build (src/data/site.ts) and the tests all read content this way, so they report the
 * same problems and build the same model.
 */

/** An entry below a folder: its path relative to the folder, and what it is. */
interface WalkedEntry {
  path: string;
  /** A link to a folder is listed, never walked: it could lead out of the content folder, or loop. */
  kind: "file" | "folder" | "linked-folder" | "unreadable-folder";
}

/** Everything below a folder, recursively, without following links to folders. */
export function walk(folder: string): WalkedEntry[] {
  const found: WalkedEntry[] = [];
  const visit = (relativeFolder: string) => {
    let entries;
    try {
      entries = readdirSync(join(folder, relativeFolder), { withFileTypes: true });
    } catch {
      // No permission, or the disk refused: said once as a problem, never a stack trace.
      if (relativeFolder) found.push({ path: relativeFolder, kind: "unreadable-folder" });
      return;
    }
    for (const entry of entries) {
      const path = relativeFolder ? `${relativeFolder}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        found.push({ path, kind: "folder" });
        visit(path);
      } else if (entry.isSymbolicLink() && isFolder(join(folder, path)))
        found.push({ path, kind: "linked-folder" });
      else found.push({ path, kind: "file" });
    }
  };
  if (existsSync(folder)) visit("");
  return found;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Files below a folder (recursively) whose names match, sorted for stable output. */
export function listFiles(folder: string, pattern: RegExp): string[] {
  return walk(folder)
    .filter((entry) => (entry.kind === "file" || entry.kind === "folder") && pattern.test(entry.path))
    .map((entry) => entry.path)
    .sort();
}

/**
 * A YAML document with a leading BOM and CRLF line ends is read like any other. Dates stay
 * text (the core schema has no timestamps): YAML's own date type turns 2022-04-31 into
 * 2022-05-01 without a word, and the schemas check dates themselves, quoted or not.
 */
function parseYaml(text: string): unknown {
  return yaml.load(text.replace(/^\ufeff/, "").replace(/\r\n?/g, "\n"), { schema: yaml.CORE_SCHEMA });
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

/**
 * The problems of a guide's or principle's body (code, scripts, raw HTML, syntax), each
 * at its line; `text` is the whole file, so line numbers count the frontmatter too.
 */
export function guideBodyProblems(text: string, file: string, id: string): ContentProblem[] {
  return bodyProblems(text, file.endsWith(".md") ? "md" : "mdx").map(({ line, message, fix }) => ({
    file,
    entry: id,
    field: line ? `第 ${line} 行 / line ${line}` : "",
    message,
    fix,
  }));
}

/**
 * Each source entry with the full text its `file` names under sources/texts/: null when the
 * file is missing (the check reports that) or cannot be read as text (reported here, with a
 * reference the check uses to stay silent about everything that depends on the text).
 */
export function withSourceTexts(
  entries: ReadonlyArray<ContentEntry<SourceEntry["data"]>>,
  contentDir: string,
  root = ".",
): { sources: SourceEntry[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const sources = entries.map((entry) => {
    const path = join(contentDir, SOURCE_TEXTS_FOLDER, entry.data.file);
    if (!existsSync(path)) return { ...entry, text: null };
    const read = readContentText(path, contentDir);
    if (read.refusal) {
      problems.push({
        file: relative(root, path).split("\\").join("/"),
        entry: entry.id,
        field: "",
        ...read.refusal,
        reference: sourceTextReference(entry.id),
      });
      return { ...entry, text: null };
    }
    return { ...entry, text: read.text };
  });
  return { sources, problems };
}

/** How a problem with a source's full text is referred to: the check then says nothing more about it. */
export function sourceTextReference(sourceId: string): string {
  return `source-text/${sourceId}`;
}

/**
 * Every file of the content folder that no collection reads and that is not a source's
 * full text (a unit directly in units/, a folder units/<town>/2019/, a macOS ._ file, an
 * editor's backup), each with where it belongs.
 */
export function misplacedFiles(content: string, root: string): ContentProblem[] {
  if (!existsSync(content)) return [];
  const problems: ContentProblem[] = [];
  for (const entry of walk(content)) {
    if (entry.kind === "folder") continue;
    const path = join(content, entry.path);
    const file = relative(root, path).split("\\").join("/");
    const name = entry.path.split("/").at(-1)!;
    if (entry.kind === "unreadable-folder") {
      problems.push({
        file,
        entry: entryIdOf(name),
        field: "",
        ...unreadableRefusal("folder", "EACCES"),
      });
      continue;
    }
    if (entry.kind === "linked-folder") {
      problems.push({ file, entry: entryIdOf(name), field: "", ...linkedFolderRefusal(path, content) });
      continue;
    }
    const place = placeOf(entry.path);
    if (place.kind !== "refused") continue;
    problems.push({ file, entry: entryIdOf(name), field: "", ...place.refusal });
  }
  return problems.sort((a, b) => a.file.localeCompare(b.file));
}

/**
 * One content file read and validated on its own: its text (UTF-8 only), its YAML or
 * frontmatter, not empty, its schema. Problems go to `problems`; the entry comes back only
 * when there are none.
 */
export function readEntryFile(
  { path, file, id, content }: { path: string; file: string; id: string; content: string },
  { format, schema }: Pick<CollectionSpec, "format" | "schema">,
  problems: ContentProblem[],
): ContentEntry<unknown> | undefined {
  const read = readContentText(path, content);
  if (read.refusal) {
    problems.push({ file, entry: id, field: "", ...read.refusal });
    return undefined;
  }
  let raw: unknown;
  try {
    raw = format === "mdx" ? readFrontmatter(read.text) : parseYaml(read.text);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    problems.push({
      file,
      entry: id,
      field: "",
      message: `文件格式有误，无法读取 / the file is not valid YAML: ${reason}`,
      fix: "检查缩进（用空格，不用 Tab）、冒号后的空格和引号 / check indentation (spaces, not tabs), the space after colons, and quotes",
    });
    return undefined;
  }
  if (raw === null || raw === undefined) {
    problems.push({
      file,
      entry: id,
      field: "",
      ...EMPTY_FILE,
    });
    return undefined;
  }
  if (format === "mdx") problems.push(...guideBodyProblems(read.text, file, id));
  const result = schema.safeParse(raw);
  if (!result.success) {
    problems.push(...schemaProblems(file, id, schema, raw, result.error.issues));
    return undefined;
  }
  return { id, file, data: result.data };
}

/**
 * content/site.yaml, read and checked like every content file; no file is no site entry
 * (the sample site: every town shown under the default name).
 */
export function readSiteFile(
  content: string,
  root: string,
  problems: ContentProblem[],
): ContentInput["site"] {
  const name = SITE_FILES.find((candidate) => existsSync(join(content, candidate)));
  if (!name) return undefined;
  const path = join(content, name);
  const file = relative(root, path).split("\\").join("/");
  return readEntryFile(
    { path, file, id: "site", content },
    { format: "yaml", schema: siteSchema },
    problems,
  ) as ContentInput["site"] | undefined;
}

function byId(a: string, b: string): number {
  const [idA, idB] = [entryIdOf(a), entryIdOf(b)];
  return idA < idB ? -1 : idA > idB ? 1 : 0;
}

/**
 * The content folder below `root` (a project, or a scratch copy with its own content/), or
 * the folder named; messages name files relative to `root`.
 */
export function readContentFiles(root: string, content = join(root, "content")): ReadResult {
  const problems: ContentProblem[] = [];

  function readCollection(spec: CollectionSpec): ContentEntry<unknown>[] {
    const base = join(content, spec.folder);
    const entries: ContentEntry<unknown>[] = [];
    // In the order of their ids (villages before villages-and-departments), as Astro's
    // loader gave them to the build before it read through this reader.
    const names = listFiles(base, collectionFileMatcher(spec)).sort(byId);
    for (const name of names) {
      const path = join(base, name);
      const file = relative(root, path).split("\\").join("/");
      // Debris named like content (._x.yaml) is reported with the misplaced files.
      if (placeOf(`${spec.folder}/${name}`).kind !== "collection") continue;
      const entry = readEntryFile({ path, file, id: entryIdOf(name), content }, spec, problems);
      if (entry) entries.push(entry);
    }
    return entries;
  }

  const input = Object.fromEntries(
    COLLECTION_LIST.map(([key, spec]): [CollectionKey, ContentEntry<unknown>[]] => [
      key,
      readCollection(spec),
    ]),
  ) as unknown as ContentInput;
  const texts = withSourceTexts(input.sources, content, root);
  input.sources = texts.sources;
  input.site = readSiteFile(content, root, problems);
  return { input, problems: [...problems, ...texts.problems, ...misplacedFiles(content, root)] };
}
