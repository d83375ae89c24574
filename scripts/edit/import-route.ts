/**
 * The editor's 导入 page on the server: a document sent by the page is read and drafted as
 * `npm run import` would (scripts/lib/import-town.ts); the preview is returned, and on
 * 生成草稿 the files are written — over a town's existing files only when the page sends
 * back, as its confirmation, exactly the list of files it was told would be replaced.
 */
import { readContentFiles } from "../../src/lib/content/index.ts";
import { columnMeanings, ImportError, importPreview, pinyinSlug } from "../../src/lib/import/index.ts";
import { z } from "astro/zod";
import { importCorrectionSchema } from "../../src/schemas/import-correction.ts";
import { ID_PATTERN } from "../../src/schemas/messages.ts";
import { dirname } from "node:path";
import { planTownImport, writeTownImport } from "../lib/import-town.ts";

interface ImportBody {
  corrections?: unknown;
  fileName?: unknown;
  data?: unknown;
  name?: unknown;
  town?: unknown;
  region?: unknown;
  confirm?: unknown;
}

const refusal = (status: number, error: string) => ({ status, body: { error } });

/** A town's id from its name, when the clerk has not written one: the pinyin (新镇 → xinzhen). */
export function suggestedTownId(name: string): string {
  return pinyinSlug(name);
}

export async function importRequest(
  text: string,
  content: string,
  write: boolean,
): Promise<{ status: number; body: unknown }> {
  let body: ImportBody;
  try {
    body = JSON.parse(text) as ImportBody;
  } catch {
    return refusal(400, "请求不是 JSON / the request is not JSON");
  }
  const name = typeof body.name === "string" ? body.name.trim() : "";
  if (typeof body.fileName !== "string" || typeof body.data !== "string")
    return refusal(400, "请先选择要导入的文件 / choose the file to import first");
  if (!name)
    return refusal(
      400,
      "请填写镇名，照文件写，例如 张山子镇 / write the town's name as the document prints it",
    );
  const town = typeof body.town === "string" && body.town.trim() ? body.town.trim() : suggestedTownId(name);
  if (!ID_PATTERN.test(town))
    return refusal(
      400,
      `镇的编号“${town}”只能用小写英文字母、数字和连字符，例如 xinzhen（它会出现在网址里） / the town id must be lowercase ASCII with hyphens`,
    );
  const corrections = z.array(importCorrectionSchema).safeParse(body.corrections ?? []);
  if (!corrections.success)
    return refusal(400, "页面送来的改正无法读懂，请刷新页面重来 / the corrections could not be read");
  try {
    const plan = await planTownImport({
      corrections: corrections.data,
      bytes: Buffer.from(body.data, "base64"),
      fileName: body.fileName,
      town,
      name,
      region: typeof body.region === "string" && body.region.trim() ? body.region.trim() : undefined,
      content,
    });
    if (!write) {
      const { input } = readContentFiles(dirname(content), content);
      const sectorNames = new Map(input.sectors.map((sector) => [sector.id, sector.data.name]));
      return {
        status: 200,
        body: {
          town,
          preview: importPreview(
            plan.draft,
            plan.text,
            plan.format,
            sectorNames,
            [...plan.files.keys()],
            plan.taken,
            columnMeanings(corrections.data),
          ),
        },
      };
    }
    const confirmed = Array.isArray(body.confirm) ? body.confirm.map(String).sort() : [];
    if (plan.taken.length > 0 && JSON.stringify(confirmed) !== JSON.stringify([...plan.taken].sort()))
      return {
        status: 409,
        body: {
          error: `没有写入：这个镇已有文件，生成草稿会替换它们（原文件先备份）。请在页面上确认后再生成：${plan.taken.join("、")} / nothing written: confirm replacing the town's files first`,
          replaces: plan.taken,
        },
      };
    const backup = writeTownImport(plan, content, town);
    const firstUnit = [...plan.files.keys()].find((path) => path.startsWith(`units/${town}/`));
    return {
      status: 200,
      body: {
        town,
        written: plan.files.size,
        backup,
        firstUnit: firstUnit?.replace(/^units\/[^/]+\/|\.yaml$/g, ""),
      },
    };
  } catch (error) {
    if (error instanceof ImportError) return refusal(400, `${error.problem}\n修改 / Fix: ${error.fix}`);
    throw error;
  }
}
