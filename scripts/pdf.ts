/**
 * npm run pdf -- <town> — writes the town's booklet and, for every unit, its A4 职责清单 and
 * 目标责任书 as PDF files, printed by headless Chromium from the built site (A4, the site's
 * print stylesheet, system CJK fonts). One progress line per file, then a summary.
 *
 *   npm run pdf -- zhangshanzi                 → pdf/zhangshanzi/*.pdf
 *   npm run pdf -- zhangshanzi --out ~/打印     another folder
 *   npm run pdf -- zhangshanzi --no-letters    sheets and booklet only
 *   npm run pdf -- zhangshanzi --docx          also each document as a Word file (公文 layout) beside its PDF
 *   npm run pdf -- zhangshanzi --build         rebuild the site first (default: only when dist/ lacks the town)
 *   npm run pdf -- zhangshanzi --base-url http://127.0.0.1:4321   print from a running server (its origin;
 *     a site built with BASE_PATH=/anquan/ is printed with the same BASE_PATH set)
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { preview } from "astro";
import { extractText } from "unpdf";
import { chromium, type Browser } from "playwright-core";
import { Packer } from "docx";
import {
  documentBlocks,
  sheetStartPages,
  wordTitle,
  type TownWordData,
  type WordDocumentSpec,
} from "../src/lib/print/index.ts";
import { apiPath, bookletDataPath, bookletPath, wordDataPath } from "../src/lib/site/index.ts";
import { wordDocument } from "../src/lib/word/index.ts";
import { CHROMIUM_ARGS, CHROMIUM_MISSING, findChromium } from "./lib/chromium.ts";
import { exitWithHelp } from "./lib/cli.ts";

exitWithHelp("pdf");

const ROOT = join(import.meta.dirname, "..");

/** The unit fields of /api/units.json this command reads. */
interface ApiUnit {
  id: string;
  name: string;
  jurisdictionId: string;
  printUrl: string;
  letterUrl: string | null;
}

/** One PDF to write. */
interface Job {
  file: string;
  url: string;
  label: string;
}

/** A problem the user can fix: printed without a stack trace, exit code 1. */
class UsageError extends Error {}

/** How many times the booklet is printed at most until its contents' page numbers hold still. */
const MAX_BOOKLET_PASSES = 3;

/** Pages in a Chromium PDF: one `/Type /Page` object each (the page tree is `/Pages`). */
export function countPdfPages(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString("latin1")
      .match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0
  );
}

function townIds(): string[] {
  return readdirSync(join(ROOT, "content", "jurisdictions"))
    .filter((name) => name.endsWith(".yaml"))
    .map((name) => name.replace(/\.yaml$/, ""))
    .sort();
}

function parseOptions() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: "string" },
      "base-url": { type: "string" },
      build: { type: "boolean", default: false },
      "no-letters": { type: "boolean", default: false },
      docx: { type: "boolean", default: false },
    },
  });
  const town = positionals[0];
  const known = townIds();
  if (!town)
    throw new UsageError(
      `请指定辖区 / name a jurisdiction: npm run pdf -- <辖区>\n可选 / one of: ${known.join(", ")}`,
    );
  if (!known.includes(town))
    throw new UsageError(
      `没有辖区“${town}”（content/jurisdictions/${town}.yaml 不存在） / unknown jurisdiction "${town}"\n可选 / one of: ${known.join(", ")}`,
    );
  return {
    town,
    out: resolve(values.out ?? join(ROOT, "pdf", town)),
    baseUrl: values["base-url"]?.replace(/\/$/, ""),
    build: values.build,
    letters: !values["no-letters"],
    docx: values.docx,
  };
}

async function fetchUnits(baseUrl: string, town: string): Promise<ApiUnit[]> {
  const response = await fetch(`${baseUrl}${apiPath("units")}`);
  if (!response.ok) throw new UsageError(`${baseUrl}${apiPath("units")}: HTTP ${response.status}`);
  const units = ((await response.json()) as ApiUnit[]).filter((unit) => unit.jurisdictionId === town);
  if (units.length === 0)
    throw new UsageError(`站点里没有 ${town} 的单位 / the built site has no units for ${town}`);
  return units;
}

function jobsFor(town: string, units: ApiUnit[], letters: boolean): Job[] {
  const slug = (unit: ApiUnit) => unit.id.split("/")[1]!;
  return [
    { file: `${town}-汇编.pdf`, url: bookletPath(town), label: "汇编 booklet" },
    ...units.map((unit) => ({
      file: `${slug(unit)}.pdf`,
      url: unit.printUrl,
      label: `${unit.name} 职责清单`,
    })),
    ...(letters
      ? units.flatMap((unit) =>
          unit.letterUrl
            ? [{ file: `${slug(unit)}-责任书.pdf`, url: unit.letterUrl, label: `${unit.name} 目标责任书` }]
            : [],
        )
      : []),
  ];
}

async function printAll(browser: Browser, baseUrl: string, jobs: Job[], out: string) {
  mkdirSync(out, { recursive: true });
  const page = await browser.newPage();
  let pages = 0;
  let bytes = 0;
  for (const [index, job] of jobs.entries()) {
    const response = await page.goto(`${baseUrl}${job.url}`, { waitUntil: "load" });
    if (!response?.ok())
      throw new UsageError(`${job.url}: HTTP ${response?.status() ?? "无响应 no response"}`);
    await page.evaluate(() => document.fonts.ready);
    const print = () =>
      page.pdf({
        format: "A4",
        preferCSSPageSize: true,
        printBackground: true,
      });
    let pdf = await print();
    // The booklet's contents give each sheet's page: Chromium cannot count pages while it lays
    // them out (no target-counter), so print, read where each sheet landed, write the numbers
    // into the contents and print again, until they hold still.
    const numbers = await page.$$eval("[data-contents-page]", (items) =>
      items.map((item) => Number((item as HTMLElement).dataset["contentsPage"])),
    );
    for (let pass = 1; numbers.length > 0 && pass <= MAX_BOOKLET_PASSES; pass++) {
      const { text } = await extractText(new Uint8Array(pdf), { mergePages: false });
      const starts = Object.fromEntries(sheetStartPages(text, numbers));
      const changed = await page.evaluate((pages: Record<string, number>) => {
        let changed = false;
        for (const item of document.querySelectorAll<HTMLElement>("[data-contents-page]")) {
          const page = String(pages[item.dataset["contentsPage"]!] ?? "");
          if (item.textContent !== page) {
            item.textContent = page;
            changed = true;
          }
        }
        return changed;
      }, starts);
      if (!changed) break;
      pdf = await print();
    }
    writeFileSync(join(out, job.file), pdf);
    const count = countPdfPages(pdf);
    pages += count;
    bytes += pdf.length;
    const position = `[${String(index + 1).padStart(String(jobs.length).length)}/${jobs.length}]`;
    console.log(`${position} ${job.file}  ${count} 页  ${Math.round(pdf.length / 1024)} KB  ${job.label}`);
  }
  await page.close();
  return { pages, bytes };
}

/**
 * The Word files beside the PDFs, named like them: the booklet from the site's booklet.json
 * and each unit's 职责清单 and 目标责任书 from its word.json, by the renderer the print
 * pages' 下载 Word button uses.
 */
async function writeWordFiles(
  baseUrl: string,
  town: string,
  units: ApiUnit[],
  letters: boolean,
  out: string,
) {
  const fetched = async (path: string) => {
    const response = await fetch(`${baseUrl}${path}`);
    if (!response.ok) throw new UsageError(`${path}: HTTP ${response.status}`);
    return response;
  };
  const data = (await (await fetched(wordDataPath(town))).json()) as TownWordData;
  const files: Array<{ file: string; bytes: Uint8Array; label: string }> = [
    {
      file: `${town}-汇编.docx`,
      bytes: new Uint8Array(
        await Packer.toBuffer(
          wordDocument((await (await fetched(bookletDataPath(town))).json()) as WordDocumentSpec),
        ),
      ),
      label: "汇编 booklet",
    },
  ];
  for (const unit of units) {
    const slug = unit.id.split("/")[1]!;
    const entry = data.units[slug];
    if (!entry) throw new UsageError(`${wordDataPath(town)} 里没有 ${slug} / has no ${slug}`);
    const documents = [
      { file: `${slug}.docx`, parts: entry.sheet, title: wordTitle(unit.name, "sheet"), label: "职责清单" },
      ...(letters && entry.letter
        ? [
            {
              file: `${slug}-责任书.docx`,
              parts: entry.letter,
              title: wordTitle(unit.name, "letter"),
              label: "目标责任书",
            },
          ]
        : []),
    ];
    for (const { file, parts, title, label } of documents)
      files.push({
        file,
        bytes: new Uint8Array(
          await Packer.toBuffer(wordDocument({ title, blocks: documentBlocks(data, parts) })),
        ),
        label: `${unit.name} ${label}`,
      });
  }
  mkdirSync(out, { recursive: true });
  for (const [index, { file, bytes, label }] of files.entries()) {
    writeFileSync(join(out, file), bytes);
    const position = `[${String(index + 1).padStart(String(files.length).length)}/${files.length}]`;
    console.log(`${position} ${file}  ${Math.round(bytes.length / 1024)} KB  ${label}`);
  }
  return files.length;
}

async function main(): Promise<void> {
  const options = parseOptions();
  const executablePath = findChromium();
  if (!executablePath) throw new UsageError(CHROMIUM_MISSING);
  const started = performance.now();

  let stop = async () => {};
  let baseUrl = options.baseUrl;
  if (!baseUrl) {
    if (options.build || !existsSync(join(ROOT, "dist", options.town, "print", "index.html"))) {
      console.log("正在构建站点 / building the site …");
      execFileSync("npm", ["run", "build", "--silent"], {
        cwd: ROOT,
        stdio: ["ignore", "ignore", "inherit"],
      });
    } else {
      console.log(
        "使用现有的 dist/（内容改过请加 --build） / using the existing dist/ (add --build after editing content)",
      );
    }
    const server = await preview({ root: ROOT, logLevel: "error", server: { host: "127.0.0.1", port: 0 } });
    baseUrl = `http://127.0.0.1:${server.port}`;
    stop = () => server.stop();
  }

  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const units = await fetchUnits(baseUrl, options.town);
    const jobs = jobsFor(options.town, units, options.letters);
    const { pages, bytes } = await printAll(browser, baseUrl, jobs, options.out);
    const words = options.docx
      ? await writeWordFiles(baseUrl, options.town, units, options.letters, options.out)
      : 0;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const wordLine = words > 0 ? `，另有 ${words} 个 Word 文件` : "";
    console.log(
      `✓ ${jobs.length} 个 PDF，共 ${pages} 页，${(bytes / 1024 / 1024).toFixed(1)} MB${wordLine}，用时 ${seconds} 秒，保存在 ${relative(process.cwd(), options.out) || "."}/` +
        ` / ${jobs.length} PDFs, ${pages} pages${words > 0 ? `, ${words} Word files` : ""}, in ${seconds} s`,
    );
  } finally {
    await browser.close();
    await stop();
  }
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`✗ ${error.message}`);
    process.exit(1);
  }
  throw error;
});
