/**
 * The editor's 整理 requests (POST /api/restructure): a duty moved to another unit of the
 * town, split before some words, merged with the next piece of its clause, or the unit renamed
 * (its file and address following, with every reference to its id). The change is made on the
 * files' YAML (src/lib/editor/restructure.ts), checked where a quote could break (a merge must
 * be verbatim in its clause), refused over a file changed since the tab read it, and written
 * atomically with the replaced files kept under .backups/.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as prettier from "prettier";
import { parse } from "yaml";
import { z } from "astro/zod";
import { readContentFiles } from "../../src/lib/content/index.ts";
import {
  mergeDuties,
  moveDuty,
  renameUnit,
  replaceUnitReferences,
  splitDuty,
  staleRefusal,
  versionOf,
  type ReadVersions,
  type Refusal,
} from "../../src/lib/editor/index.ts";
import { coreName, knownTypeOf, knownTypes, pinyinSlug } from "../../src/lib/import/index.ts";
import { containsVerbatim, parseClauses, parseOptionsOf } from "../../src/lib/sources/index.ts";
import { ID_PATTERN } from "../../src/schemas/messages.ts";
import { backupFolder, removeWithBackup, writeWithBackup } from "../lib/safe-write.ts";

/** The project, whose Prettier settings content files are formatted with. */
const PROJECT = join(import.meta.dirname, "..", "..");

const UNIT_FILE = /^units\/([a-z0-9-]+)\/([a-z0-9-]+)\.yaml$/;

/** What the page asks for. */
export const restructureSchema = z.strictObject({
  /** The unit's file, content-relative (units/<town>/<id>.yaml). */
  file: z.string().regex(UNIT_FILE),
  operation: z.discriminatedUnion("kind", [
    z.strictObject({
      kind: z.literal("move"),
      duty: z.number().int().min(0),
      to: z.string().regex(UNIT_FILE),
    }),
    z.strictObject({ kind: z.literal("split"), duty: z.number().int().min(0), at: z.string().min(1) }),
    z.strictObject({ kind: z.literal("merge"), duty: z.number().int().min(0) }),
    z.strictObject({ kind: z.literal("rename"), name: z.string().min(2).max(40) }),
  ]),
});

export interface RestructureContext {
  root: string;
  content: string;
  versions: ReadVersions;
}

/** The answer: files written and where the unit now is, or a refusal. */
export type RestructureAnswer = { status: 200; file: string; written: string[] } | Refusal;

export async function restructure(
  context: RestructureContext,
  tab: string,
  body: unknown,
): Promise<RestructureAnswer> {
  const request = restructureSchema.safeParse(body);
  if (!request.success)
    return { status: 400, message: "页面送来的整理请求无法读懂，请刷新页面 / the request could not be read" };
  const { file, operation } = request.data;
  const { content, versions } = context;
  const read = (path: string) => {
    const full = join(content, path);
    return existsSync(full) ? readFileSync(full, "utf8") : null;
  };
  const current = read(file);
  if (current === null) return { status: 404, message: `没有文件 ${file} / ${file} does not exist` };
  // The unit must be the version this tab read; the other files it touches, unchanged since this
  // tab read them, if it did.
  const stale = (path: string, text: string) => versions.changedSinceRead(tab, path, versionOf(text));
  if (stale(file, current)) return staleRefusal(file);
  const town = UNIT_FILE.exec(file)![1]!;

  const writes = new Map<string, string>();
  const removes: string[] = [];
  let unitFile = file;
  if (operation.kind === "move") {
    if (UNIT_FILE.exec(operation.to)![1] !== town || operation.to === file)
      return {
        status: 400,
        message: "只能移到同一个镇的另一个单位 / move a duty only to another unit of the town",
      };
    const target = read(operation.to);
    if (target === null)
      return { status: 404, message: `没有文件 ${operation.to} / ${operation.to} does not exist` };
    const moved = moveDuty(current, target, operation.duty);
    if (!moved.ok) return { status: 400, message: moved.reason };
    writes.set(file, moved.value.from).set(operation.to, moved.value.to);
  } else if (operation.kind === "split") {
    const split = splitDuty(current, operation.duty, operation.at);
    if (!split.ok) return { status: 400, message: split.reason };
    writes.set(file, split.value);
  } else if (operation.kind === "merge") {
    const merged = mergeDuties(current, operation.duty);
    if (!merged.ok) return { status: 400, message: merged.reason };
    const clauseText = clauseOf(
      context,
      String((parse(current) as { source?: unknown }).source),
      merged.value.clause,
    );
    if (clauseText !== undefined && !containsVerbatim(clauseText, merged.value.joined))
      return {
        status: 400,
        message: `合起来的文字在条款 ${merged.value.clause} 里不是连着的原文，不能合并 / joined, the two texts are not one run of the clause's words`,
      };
    writes.set(file, merged.value.text);
  } else {
    const renamed = renameUnit(current, operation.name);
    if (!renamed.ok) return { status: 400, message: renamed.reason };
    const slug = newSlug(context, town, file, operation.name);
    const oldId = UNIT_FILE.exec(file)![2]!;
    unitFile = `units/${town}/${slug}.yaml`;
    writes.set(unitFile, renamed.value);
    if (unitFile !== file) {
      removes.push(file);
      for (const path of referringFiles(content, town)) {
        const text = writes.get(path) ?? read(path);
        if (text === null || path === file) continue;
        const replaced = replaceUnitReferences(text, oldId, slug);
        if (replaced !== text) writes.set(path, replaced);
      }
    }
  }
  for (const path of [...writes.keys(), ...removes]) {
    const before = read(path);
    if (path !== file && before !== null && versions.changedSinceTabRead(tab, path, versionOf(before)))
      return staleRefusal(path);
  }
  // Written as `npm test` expects content to be formatted, as a save from the form is.
  const options = (await prettier.resolveConfig(join(PROJECT, "content", "x.yaml"))) ?? {};
  for (const [path, text] of writes)
    writes.set(path, await prettier.format(text, { ...options, parser: "yaml" }));
  const backup = backupFolder(context.root, "edit");
  for (const [path, text] of writes) {
    writeWithBackup(content, path, text, backup);
    versions.record(tab, path, versionOf(text));
  }
  for (const path of removes) removeWithBackup(content, path, backup);
  return { status: 200, file: unitFile, written: [...writes.keys(), ...removes] };
}

/** The text of a clause of a source, as the check reads it; undefined when it cannot be read. */
function clauseOf(context: RestructureContext, sourceId: string, clause: string): string | undefined {
  const source = readContentFiles(context.root, context.content).input.sources.find((s) => s.id === sourceId);
  if (!source?.text) return undefined;
  return parseClauses(source.text, parseOptionsOf(source.data)).clauses.find((c) => c.id === clause)?.text;
}

/**
 * The renamed unit's id: the type other towns' units of that kind have (派出所 → police-station),
 * else the pinyin of its name without the town (镇民政所 → minzhengsuo), never taken by another.
 */
function newSlug(context: RestructureContext, town: string, file: string, name: string): string {
  const { input } = readContentFiles(context.root, context.content);
  const townNames = new Map(input.jurisdictions.map((j) => [j.id, j.data.name]));
  const townName = townNames.get(town) ?? "";
  const known = knownTypes(input.units, townNames);
  const taken = new Set(
    input.units
      .filter(
        (unit) =>
          unit.data.jurisdiction === town && `units/${town}/${unit.id.split("/").at(-1)}.yaml` !== file,
      )
      .map((unit) => unit.id.split("/").at(-1)!),
  );
  const core = coreName(name, [townName, townName.replace(/[镇乡街道]+$/, "")]);
  const slug = knownTypeOf(core, known) ?? pinyinSlug(core);
  let unique = ID_PATTERN.test(slug) ? slug : "unit";
  for (let n = 2; taken.has(unique); n += 1) unique = `${slug}-${n}`;
  return unique;
}

/** The files that may refer to a town's units: its units, its jurisdiction, the rosters. */
function referringFiles(content: string, town: string): string[] {
  const list = (folder: string) =>
    existsSync(join(content, folder))
      ? readdirSync(join(content, folder))
          .filter((name) => name.endsWith(".yaml"))
          .map((name) => `${folder}/${name}`)
      : [];
  return [...list(`units/${town}`), `jurisdictions/${town}.yaml`, ...list("rosters")];
}

/** What the 整理 panel shows of a unit: its name, its duties, the town's other units. */
export function unitStructure(
  context: RestructureContext,
  tab: string,
  file: string,
):
  | {
      status: 200;
      name: string;
      duties: Array<{ clause: string; text: string }>;
      others: Array<{ file: string; name: string }>;
    }
  | Refusal {
  const match = UNIT_FILE.exec(file);
  const full = join(context.content, file);
  if (!match || !existsSync(full))
    return { status: 404, message: `没有文件 ${file} / ${file} does not exist` };
  const text = readFileSync(full, "utf8");
  // The panel acts on what it shows: this version is the one the tab has read.
  context.versions.record(tab, file, versionOf(text));
  const unit = parse(text) as { name?: unknown; duties?: Array<{ clause?: unknown; text?: unknown }> };
  const folder = join(context.content, "units", match[1]!);
  const others = readdirSync(folder)
    .filter((name) => name.endsWith(".yaml") && `units/${match[1]}/${name}` !== file)
    .map((name) => {
      const other = parse(readFileSync(join(folder, name), "utf8")) as { name?: unknown };
      return { file: `units/${match[1]}/${name}`, name: String(other?.name ?? name) };
    });
  return {
    status: 200,
    name: String(unit?.name ?? ""),
    duties: (unit?.duties ?? []).map((duty) => ({
      clause: String(duty.clause ?? ""),
      text: String(duty.text ?? ""),
    })),
    others,
  };
}
