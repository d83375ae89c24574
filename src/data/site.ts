import { statSync } from "node:fs";
import { join } from "node:path";
import { contentFolder, formatProblems, readContentFiles, walk } from "../lib/content/index.ts";
import { checkAndBuild } from "../lib/pipeline/index.ts";
import { buildLookupIndex } from "../lib/lookup/index.ts";
import type { Model, UnitRecord } from "../lib/model/index.ts";

/**
 * The Astro side of the content pipeline: reads content/ from disk exactly as `npm run
 * check` does (the same reader, registry and schemas), runs the same pipeline (parse →
 * check → build model) once per build, and stops the build with the check's bilingual
 * report on any problem. Astro's content layer is not used: syncing its data store cost a
 * build about a second before the first page (content config through Vite, every file
 * parsed into the store, then parsed again here), and it is the same reading twice.
 */
async function loadModel(): Promise<Model> {
  // Files are named relative to the project, as the check names them.
  const { model, problems } = checkAndBuild(
    readContentFiles(process.cwd(), contentFolder()),
    contentFolder(),
  );
  if (!model) throw new Error(formatProblems(problems));
  return model;
}

/** Every content file's size and time of change: under `astro dev`, an edit means a new model. */
function contentFingerprint(): string {
  return walk(contentFolder())
    .filter((entry) => entry.kind === "file")
    .map((entry) => {
      const stat = statSync(join(contentFolder(), entry.path));
      return `${entry.path}:${stat.size}:${stat.mtimeMs}`;
    })
    .join("|");
}

let model: Promise<Model> | undefined;
let modelFingerprint = "";
const lookupIndexes = new Map<string, string>();

/**
 * The checked, cross-linked model; computed once per build and shared by every page (and
 * again under `astro dev` when a content file changes).
 */
export function getModel(): Promise<Model> {
  if (import.meta.env.DEV) {
    const fingerprint = contentFingerprint();
    if (fingerprint !== modelFingerprint) {
      model = undefined;
      lookupIndexes.clear();
    }
    modelFingerprint = fingerprint;
  }
  model ??= loadModel();
  return model;
}

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
