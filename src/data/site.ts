import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { getCollection } from "astro:content";
import {
  COLLECTION_LIST,
  collectionFileMatcher,
  contentFolder,
  entryIdOf,
  formatProblems,
  guideBodyProblems,
  listFiles,
  readSiteFile,
  withSourceTexts,
  type CollectionName,
  type CollectionSpec,
  type ContentEntry,
  type ContentInput,
  type ContentProblem,
  type ReadResult,
} from "../lib/content/index.ts";
import { checkAndBuild } from "../lib/pipeline/index.ts";
import { buildLookupIndex } from "../lib/lookup/index.ts";
import type { Model, UnitRecord } from "../lib/model/index.ts";

/**
 * The Astro side of the content pipeline: reads every collection of the registry through
 * the content layer, then runs the same pipeline as `npm run check` (parse → check →
 * build model). A problem stops the build with the check's bilingual report.
 */

/** Astro's loaders skip a file they cannot use with only a warning; we count instead. */
async function entriesOf(spec: CollectionSpec, problems: ContentProblem[]): Promise<ContentEntry<unknown>[]> {
  // A folder the content leaves out (contacts/) has no entries; Astro would warn it is empty.
  if (!existsSync(join(contentFolder(), spec.folder))) return [];
  const entries: Array<{ id: string; filePath?: string | undefined; data: unknown }> = await getCollection(
    spec.folder as CollectionName,
  );
  const files = listFiles(join(contentFolder(), spec.folder), collectionFileMatcher(spec));
  const loaded = new Set(entries.map((entry) => entry.id));
  for (const file of files) {
    const id = entryIdOf(file);
    if (!loaded.has(id)) {
      problems.push({
        file: `content/${spec.folder}/${file}`,
        entry: id,
        field: "",
        message: "文件没有被读入（可能为空或格式不对） / the file was not loaded (empty or malformed)",
        fix: "运行 npm run check 查看详细原因 / run npm run check for the reason",
      });
    }
  }
  // The glob loader records filePath relative to the project root, as our messages need.
  // The data goes through the schema again: Astro's data store may hold entries parsed by an
  // older version of a schema (it keys its cache on content.config.ts, not on the schemas it
  // imports), and a field added since (with its default) must not be missing.
  // MDX can hold code that runs when a page renders it: the body is checked before any is.
  if (spec.format === "mdx")
    for (const { filePath, id } of entries)
      if (filePath) problems.push(...guideBodyProblems(readFileSync(filePath, "utf8"), filePath, id));
  return entries.map((entry) => ({
    id: entry.id,
    file: entry.filePath ?? `content/${spec.folder}/${entry.id}`,
    data: spec.schema.parse(entry.data),
  }));
}

async function readThroughAstro(): Promise<ReadResult> {
  const problems: ContentProblem[] = [];
  const input: Record<string, ContentEntry<unknown>[]> = {};
  for (const [key, spec] of COLLECTION_LIST) input[key] = await entriesOf(spec, problems);
  const content = input as unknown as ContentInput;
  const texts = withSourceTexts(content.sources, contentFolder());
  content.sources = texts.sources;
  // content/site.yaml is one file, not a collection: it is read as the check reads it.
  content.site = readSiteFile(contentFolder(), ".", problems);
  return { input: content, problems: [...problems, ...texts.problems] };
}

async function loadModel(): Promise<Model> {
  const { model, problems } = checkAndBuild(await readThroughAstro(), contentFolder());
  if (!model) throw new Error(formatProblems(problems));
  return model;
}

let model: Promise<Model> | undefined;

/** The checked, cross-linked model; computed once per build and shared by every page. */
export function getModel(): Promise<Model> {
  model ??= loadModel();
  return model;
}

const lookupIndexes = new Map<string, string>();

/**
 * A town's lookup index as the JSON file the browser fetches; built once per build, since
 * the lookup page also needs its size (the "全部辖区" first fetch is budgeted in bytes).
 */
export async function lookupIndexJson(townId: string): Promise<string> {
  if (!lookupIndexes.has(townId))
    lookupIndexes.set(townId, JSON.stringify(buildLookupIndex(await getModel(), townId)));
  return lookupIndexes.get(townId)!;
}

/** `getStaticPaths` of the pages that exist once per unit (`/<town>/…/<unit>/`), optionally only some units. */
export async function unitStaticPaths(include: (unit: UnitRecord) => boolean = () => true) {
  const { units } = await getModel();
  return [...units.values()].filter(include).map((unit) => ({
    params: { town: unit.data.jurisdiction, unit: unit.slug },
    props: { unit },
  }));
}

/** `getStaticPaths` of the pages that exist once per town (`/<town>/…`). */
export async function townStaticPaths() {
  const { towns } = await getModel();
  return towns.map((town) => ({ params: { town: town.id }, props: { town } }));
}
