/**
 * One import of a town's document, as `npm run import` and the editor's 导入 page both do
 * it: read and draft the document against the destination's vocabulary, plan the files,
 * and say which existing files the town's import would replace; then write them as one
 * step, with what they replace kept in a backup.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { GENERAL_SECTOR } from "../../src/domain/sectors.ts";
import { readContentFiles } from "../../src/lib/content/index.ts";
import type { ImportCorrection } from "../../src/schemas/import-correction.ts";
import {
  applyCorrections,
  contentFiles,
  ImportError,
  importDocument,
  knownTypes,
  sectorGuesser,
  type ImportedDocument,
} from "../../src/lib/import/index.ts";
import { backupFolder, replaceFiles } from "./safe-write.ts";
import { isScalar, isSeq, parseDocument } from "yaml";
import { SITE_FILES } from "../../src/lib/content/places.ts";

const PROJECT = resolve(import.meta.dirname, "../..");

export interface TownImportRequest {
  /** The document's bytes and its file name (the extension says how to read it). */
  bytes: Uint8Array;
  fileName: string;
  /** The town's id and name, and the region when given. */
  town: string;
  name: string;
  region?: string | undefined;
  /** The content folder written to. */
  content: string;
  /** Corrections the clerk made on the 导入 page, applied to the draft in order. */
  corrections?: readonly ImportCorrection[];
}

export interface TownImportPlan extends ImportedDocument {
  /** Content-relative path → text of every file the import writes. */
  files: Map<string, string>;
  reviewCount: number;
  /** The town's files and folders there now (its units, jurisdiction, its own sources): replaced as a whole. */
  earlier: string[];
  /** Of the files to write and the town's present ones, those that exist: what writing would replace. */
  taken: string[];
}

/** Reads the document and plans the town's files; throws an ImportError for a name another town has. */
export async function planTownImport(request: TownImportRequest): Promise<TownImportPlan> {
  const { content, town } = request;
  // The vocabulary (sectors, terms) and the unit types to line up with: the destination's
  // own content when it has sectors (a county's deployment), else this project's.
  const destination = readContentFiles(dirname(content), content).input;
  const input = destination.sectors.length > 0 ? destination : readContentFiles(PROJECT).input;
  const namesake = destination.jurisdictions.find((j) => j.data.name === request.name && j.id !== town);
  if (namesake)
    throw new ImportError(
      `镇名“${request.name}”已被辖区 ${namesake.id} 使用，未做任何改动 / the name is already used by ${namesake.id}, nothing was written`,
      "用能区分两者的镇名（例如加上所属县区），或用 --town " +
        `${namesake.id} --force 覆盖那个辖区 / choose a name that tells them apart, or overwrite with --town ${namesake.id} --force`,
    );
  // A readable document is always imported: what no rule could assign is listed as 未归属.
  const guess = sectorGuesser({ sectors: input.sectors, terms: input.terms });
  const read = await importDocument(request.bytes, request.fileName, guess, request.corrections ?? []);
  const imported = { ...read, draft: applyCorrections(read.draft, request.corrections ?? [], guess) };
  const townNames = new Map(input.jurisdictions.map((j) => [j.id, j.data.name]));
  const today = new Date().toISOString().slice(0, 10);
  const { files, reviewCount } = contentFiles(
    imported.draft,
    imported.proposal,
    imported.text,
    { town, name: request.name, region: request.region, fileName: request.fileName, today },
    knownTypes(input.units, townNames),
  );
  // A duty no vocabulary word matched is filed under the catch-all sector: a content folder
  // whose own vocabulary lacks it (a county's, the test fixture) gets the project's.
  const general = join(PROJECT, "content", "sectors", `${GENERAL_SECTOR}.yaml`);
  const usesGeneral = imported.draft.units.some((unit) =>
    unit.duties.some((duty) => duty.sectors.includes(GENERAL_SECTOR)),
  );
  if (usesGeneral && !input.sectors.some((sector) => sector.id === GENERAL_SECTOR) && existsSync(general))
    files.set(`sectors/${GENERAL_SECTOR}.yaml`, readFileSync(general, "utf8"));
  // What the town has now: its jurisdiction, its units and the sources only it cites (an earlier
  // import of another document leaves a source under another name). Replaced as a whole.
  const earlier = [
    `jurisdictions/${town}.yaml`,
    `units/${town}`,
    ...destination.sources
      .filter((source) => source.data.jurisdictions.length === 1 && source.data.jurisdictions[0] === town)
      .flatMap((source) => [
        relative(content, join(dirname(content), source.file))
          .split("\\")
          .join("/"),
        `sources/texts/${source.data.file}`,
      ]),
  ].filter((path) => existsSync(join(content, path)));
  // A site that lists the towns it serves publishes the new one too (the old list is kept in the backup).
  const sitePath = join(content, SITE_FILES[0]);
  const site = existsSync(sitePath) ? siteWithTown(readFileSync(sitePath, "utf8"), town) : undefined;
  if (site !== undefined) files.set(SITE_FILES[0], site);
  const taken = [
    ...new Set([
      ...[...files.keys()].filter((path) => path !== SITE_FILES[0] && existsSync(join(content, path))),
      ...earlier,
    ]),
  ];
  return { ...imported, files, reviewCount, earlier, taken };
}

/**
 * site.yaml with `town` added to the towns it serves, comments and layout kept; undefined
 * when the file lists no towns (it serves every real town) or lists this one already.
 */
export function siteWithTown(text: string, town: string): string | undefined {
  const document = parseDocument(text);
  const towns = document.get("towns");
  if (!isSeq(towns) || towns.items.some((item) => String(isScalar(item) ? item.value : item) === town))
    return undefined;
  towns.add(town);
  return String(document);
}

/** Writes a planned import as one step; returns the backup folder when anything was replaced. */
export function writeTownImport(plan: TownImportPlan, content: string, town: string): string | undefined {
  const backup = backupFolder(dirname(content), `import-${town}`);
  replaceFiles(content, plan.files, plan.earlier, backup);
  return plan.earlier.length > 0 ? backup : undefined;
}
