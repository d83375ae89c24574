import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { getCollection, type CollectionEntry } from "astro:content";
import {
  formatProblems,
  unreadableEntries,
  type ContentEntry,
  type ContentInput,
  type ContentProblem,
} from "../lib/content-types.ts";
import { checkContent, parseSources } from "../lib/integrity.ts";
import { buildModel, type Model, type UnitRecord } from "../lib/model.ts";
import { listFiles } from "./read-content-files.ts";

/** The content folder; DUTY_MATRIX_CONTENT names another (see content.config.ts). */
const CONTENT = process.env["DUTY_MATRIX_CONTENT"] ?? join(process.cwd(), "content");

type Collection =
  | "jurisdictions"
  | "sources"
  | "units"
  | "sectors"
  | "principles"
  | "rules"
  | "rosters"
  | "ledgers"
  | "terms"
  | "vocabulary"
  | "guides";

/** Astro's loaders skip a file they cannot use with only a warning; we count instead. */
const FILE_PATTERNS: Record<Collection, RegExp> = {
  jurisdictions: /^[^/]+\.ya?ml$/,
  sources: /^[^/]+\.ya?ml$/,
  units: /^[^/]+\/[^/]+\.ya?ml$/,
  sectors: /^[^/]+\.ya?ml$/,
  principles: /^[^/]+\.mdx?$/,
  rules: /^[^/]+\.ya?ml$/,
  rosters: /^[^/]+\.ya?ml$/,
  ledgers: /^[^/]+\.ya?ml$/,
  terms: /^[^/]+\.ya?ml$/,
  vocabulary: /^[^/]+\.ya?ml$/,
  guides: /^[^/]+\.mdx?$/,
};

async function entriesOf<C extends Collection>(
  name: C,
  problems: ContentProblem[],
): Promise<ContentEntry<CollectionEntry<C>["data"]>[]> {
  const entries: CollectionEntry<C>[] = await getCollection(name);
  const files = listFiles(join(CONTENT, name), FILE_PATTERNS[name]);
  const loaded = new Set(entries.map((entry) => entry.id));
  for (const file of files) {
    const id = file.replace(/\.(ya?ml|mdx?)$/, "");
    if (!loaded.has(id)) {
      problems.push({
        file: `content/${name}/${file}`,
        entry: id,
        field: "",
        message: "文件没有被读入（可能为空或格式不对） / the file was not loaded (empty or malformed)",
        fix: "运行 npm run check 查看详细原因 / run npm run check for the reason",
      });
    }
  }
  // The glob loader records filePath relative to the project root, as our messages need.
  return entries.map((entry) => ({
    id: entry.id,
    file: entry.filePath ?? `content/${name}/${entry.id}`,
    data: entry.data,
  }));
}

async function loadModel(): Promise<Model> {
  const problems: ContentProblem[] = [];
  const sourceEntries = await entriesOf("sources", problems);
  const input: ContentInput = {
    jurisdictions: await entriesOf("jurisdictions", problems),
    sources: sourceEntries.map((entry) => {
      const path = join(CONTENT, "sources", "texts", entry.data.file);
      return { ...entry, text: existsSync(path) ? readFileSync(path, "utf8") : null };
    }),
    units: await entriesOf("units", problems),
    sectors: await entriesOf("sectors", problems),
    principles: await entriesOf("principles", problems),
    ruleSets: await entriesOf("rules", problems),
    rosters: await entriesOf("rosters", problems),
    ledgerSets: await entriesOf("ledgers", problems),
    terms: await entriesOf("terms", problems),
    vocabularies: await entriesOf("vocabulary", problems),
    guides: await entriesOf("guides", problems),
  };
  const parsed = parseSources(input);
  problems.push(...checkContent(input, parsed, { unreadable: unreadableEntries(problems) }));
  if (problems.length > 0) throw new Error(formatProblems(problems));
  return buildModel(input, parsed);
}

let model: Promise<Model> | undefined;

/** The checked, cross-linked model; computed once per build and shared by every page. */
export function getModel(): Promise<Model> {
  model ??= loadModel();
  return model;
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
