/**
 * npm run bench — measures what the site costs to build and to use, for the real content
 * and for the real content plus N synthetic towns shaped like 张山子镇 (scripts/synthetic.ts).
 * Numbers come from here, never from timing assertions in tests.
 *
 * For each scenario: content check and astro build time (Pagefind's share parsed from the
 * build log), pages built and pages per second, peak memory of the build (GNU time), dist
 * size, HTML bytes of a unit page, JavaScript bytes a content page loads, lookup index bytes
 * (all towns, one town; raw and gzip), keystroke → DOM latency of the lookup in Chromium
 * (every prefix of 70 everyday queries), and the bytes Pagefind transfers for a first and a
 * second full-text query; and, in the same run, the floor: a bare Astro site of as many pages
 * of the same average size (scripts/lib/bare-astro.ts), with ours over it, Pagefind left out,
 * and Pagefind's time per page; ours and the floor are built several times each (buildRuns:
 * most often for the small sites), alternated (every other run the floor first), each on a
 * settled disk (settleDisk), and their medians kept with the lowest and highest ratio. Once per run: how long `npm run import` takes for 张发〔2020〕47号
 * as a text file and as a Word file (whole command, median of 3).
 *
 * Writes bench/results.json, docs/性能.md and the README's table, and prints the tables. Options:
 *   --towns 1,10,50,150   synthetic scenarios to run (default: 1,10,50,150); 0 = real content only
 */
import * as prettier from "prettier";
import { benchTables, performanceDoc, withReadmeBenchTable, type BenchReport } from "./lib/bench-report.ts";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { preview } from "astro";
import { chromium, type Browser } from "playwright-core";
import { lookupPath, searchQueryPath } from "../src/lib/site/index.ts";
import { CHROMIUM_ARGS, CHROMIUM_MISSING, findChromium } from "./lib/chromium.ts";
import { docxFromText } from "./lib/documents.ts";
import { htmlPages, writeBareSite } from "./lib/bare-astro.ts";
import { writeSyntheticContent } from "./synthetic.ts";
import { exitWithHelp } from "./lib/cli.ts";

exitWithHelp("bench");

const ROOT = join(import.meta.dirname, "..");
const WORK = join(ROOT, "bench", "tmp");
const CHROMIUM = findChromium();

/** Everyday queries, as typed on the phone; each prefix is a keystroke to measure. */
const QUERIES = [
  "液化气",
  "煤气罐",
  "天然气泄漏",
  "网吧",
  "网咖",
  "拖拉机载人",
  "拖拉机 拉人",
  "农用车拉人",
  "校车",
  "煤气中毒",
  "小旅馆",
  "快递",
  "渔船",
  "烟花爆竹",
  "放鞭炮",
  "农村家宴",
  "坝坝宴",
  "敬老院",
  "养老院",
  "庙会",
  "演唱会",
  "酒驾",
  "超载",
  "锅炉",
  "电梯",
  "水库",
  "防汛",
  "山火",
  "上坟烧纸",
  "溺水",
  "小孩下河游泳",
  "学校食堂",
  "幼儿园",
  "工地",
  "脚手架",
  "危房",
  "自建房",
  "农药",
  "杀猪",
  "化工厂",
  "加油站",
  "雷管",
  "职业病",
  "粉尘",
  "工伤",
  "无照经营",
  "广告牌",
  "夜市",
  "渡船",
  "采砂",
  "滑坡",
  "医疗废物",
  "诊所",
  "药店",
  "食物中毒",
  "农家乐",
  "景区",
  "扶贫",
  "停电",
  "私拉电线",
  "来料加工",
  "理发店",
  "商场",
  "车祸",
  "事故",
  "派出所",
  "三同时",
  "九小场所",
  "火",
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * What the Word documents add to a build: each town's booklet.json and word.json, the blocks
 * the print pages make .docx files from in the browser (built .docx files for every unit would
 * add about a third to the site at 150 towns, and take the build's time).
 */
function wordBytes(dist: string): number {
  return readdirSync(dist, { recursive: true, encoding: "utf8" })
    .filter((name) => /(^|\/)(word|booklet)\.json$/.test(name))
    .reduce((sum, name) => sum + statSync(join(dist, name)).size, 0);
}

function directoryBytes(path: string): number {
  return readdirSync(path, { recursive: true, encoding: "utf8" })
    .map((name) => join(path, name))
    .filter((file) => statSync(file).isFile())
    .reduce((sum, file) => sum + statSync(file).size, 0);
}

/** Runs a command under GNU time; returns wall seconds, peak resident memory and the output. */
function timed(
  command: string[],
  env: NodeJS.ProcessEnv,
): { seconds: number; peakMb: number; output: string } {
  const result = spawnSync("/usr/bin/time", ["-f", "@@%e %M", ...command], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: "utf8",
    maxBuffer: 64 * 2 ** 20,
  });
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) throw new Error(`${command.join(" ")} failed:\n${output.slice(-2000)}`);
  const [, seconds, kb] = /@@([\d.]+) (\d+)/.exec(output) ?? [];
  return { seconds: Number(seconds), peakMb: Math.round(Number(kb) / 1024), output };
}

interface Scenario {
  name: string;
  syntheticTowns: number;
  /** The folder holding content/, or undefined for the real content. */
  contentRoot: string | undefined;
}

/** Bytes of the scripts a built page loads (script src and module preloads under /_astro/). */
function scriptBytes(dist: string, htmlPath: string): number {
  const html = readFileSync(join(dist, htmlPath), "utf8");
  const sources = [
    ...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*href)="([^"]+)"/g),
  ].map((m) => m[1]!);
  return sources
    .filter((src) => src.startsWith("/"))
    .reduce((sum, src) => sum + statSync(join(dist, src)).size, 0);
}

function allTownsBytes(dist: string) {
  return readdirSync(join(dist, "lookup"))
    .filter((name) => name.endsWith(".json"))
    .map((name) => indexBytes(dist, name.replace(/\.json$/, "")))
    .reduce((sum, bytes) => ({ raw: sum.raw + bytes.raw, gzip: sum.gzip + bytes.gzip }), { raw: 0, gzip: 0 });
}

function indexBytes(dist: string, name: string) {
  const raw = readFileSync(join(dist, "lookup", `${name}.json`));
  return { raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
}

/**
 * Keystroke → DOM latency of the lookup for a scope (a town, or `all`), and the index bytes
 * fetched before the first answer — as gzip would send them (the files from dist/,
 * compressed here), since the preview server sends them uncompressed.
 */
async function lookupLatency(browser: Browser, baseUrl: string, scope: string, dist: string) {
  const page = await browser.newPage();
  const fetched: string[] = [];
  page.on("request", (request) => {
    const path = new URL(request.url()).pathname;
    if (/^\/lookup\/.+\.json$/.test(path)) fetched.push(path);
  });
  const started = Date.now();
  await page.goto(`${baseUrl}${lookupPath()}?town=${scope}`);
  await page.waitForSelector(`html[data-lookup-ready='${scope}']`, { timeout: 120_000 });
  const loadMs = Date.now() - started;
  const firstAnswer = fetched.reduce(
    (sum, path) => {
      const bytes = indexBytes(dist, path.replace(/^\/lookup\/|\.json$/g, ""));
      return { raw: sum.raw + bytes.raw, gzip: sum.gzip + bytes.gzip, files: sum.files + 1 };
    },
    { raw: 0, gzip: 0, files: 0 },
  );
  // Every prefix of every query is one keystroke; the page answers inside the input event.
  const timings = (await page.evaluate((queries: string[]) => {
    const input = document.getElementById("lookup-q") as HTMLInputElement;
    const times: number[] = [];
    for (const query of queries) {
      for (let end = 1; end <= query.length; end++) {
        input.value = query.slice(0, end);
        const start = performance.now();
        input.dispatchEvent(new Event("input", { bubbles: true }));
        // Reading layout forces style and layout, so the time includes the DOM update.
        void document.getElementById("lookup-answers")!.offsetHeight;
        times.push(performance.now() - start);
      }
    }
    return times;
  }, QUERIES)) as number[];
  await page.close();
  return {
    scope,
    firstAnswer,
    keystrokes: timings.length,
    loadMs,
    medianMs: round(median(timings)),
    p95Ms: round(percentile(timings, 95)),
    maxMs: round(Math.max(...timings)),
  };
}

/** Bytes Pagefind fetches for a first query (including its start-up) and for a second one. */
async function pagefindBytes(browser: Browser, baseUrl: string) {
  const page = await browser.newPage();
  let bytes = 0;
  page.on("response", async (response) => {
    if (!response.url().includes("/pagefind/")) return;
    bytes += (await response.body().catch(() => Buffer.alloc(0))).length;
  });
  await page.goto(`${baseUrl}${searchQueryPath("液化气")}`);
  await page.waitForSelector(".pagefind-ui__result", { timeout: 60_000 });
  await page.waitForLoadState("networkidle");
  const first = bytes;
  await page.fill(".pagefind-ui__search-input", "网吧");
  await page.waitForFunction(
    () => document.querySelector(".pagefind-ui__message")?.textContent?.includes("网吧"),
    null,
    {
      timeout: 60_000,
    },
  );
  await page.waitForLoadState("networkidle");
  const second = bytes - first;
  await page.close();
  return { firstQueryBytes: first, secondQueryBytes: second };
}

/**
 * Builds of each, alternated so ours and the floor meet the same moments of a shared
 * machine: one build of the same site took 15.5 s in one minute and 23.3 s in the next, and
 * single runs of the 2,356-page site gave ratios from 1.1 to 1.9. Small sites build in
 * seconds, so they get the most runs; the largest one run.
 */
function buildRuns(syntheticTowns: number): number {
  if (syntheticTowns <= 10) return 5;
  return syntheticTowns <= 50 ? 3 : 1;
}

/**
 * Waits until the file system has done the work left over from deleting and writing the last
 * build's files. Deleting a built site (thousands of folders) returns at once and the disk
 * does the rest later: left alone, that work was timed in whichever build came next.
 */
function settleDisk(): void {
  spawnSync("sync");
}

/**
 * Our build and the floor's, `runs` times each, alternated: each run's figures, the median
 * of each, and the median of the runs' ratios with their lowest and highest. Every other run
 * builds the floor first, so a machine slowing down or speeding up during the run favours
 * neither; each build starts on a settled disk, with the other's files already deleted. The
 * last build of ours stays in `dist`.
 */
function buildsAndFloor(dir: string, dist: string, env: NodeJS.ProcessEnv, runs: number) {
  const ours: Array<{ seconds: number; peakMb: number; pagefindMs: number; output: string }> = [];
  const floors: number[] = [];
  let html = { pages: 0, averageBytes: 0 };
  const buildOurs = () => {
    rmSync(dist, { recursive: true, force: true });
    settleDisk();
    const build = timed(["npx", "astro", "build", "--outDir", dist], env);
    const pagefindMs = Number(/Pagefind: \d+ pages indexed in (\d+) ms/.exec(build.output)?.[1]);
    ours.push({ ...build, pagefindMs });
    html = htmlPages(dist);
  };
  // The floor: a bare Astro site of as many pages of the same average size as ours has.
  const buildFloor = () => {
    const bare = join(dir, "floor");
    writeBareSite(bare, html.pages, html.averageBytes, join(ROOT, "content", "sources", "texts"));
    settleDisk();
    // Without Astro's telemetry, as our own build runs (astro.config.mjs turns it off).
    floors.push(timed(["npx", "astro", "build", "--root", bare], { ASTRO_TELEMETRY_DISABLED: "1" }).seconds);
    rmSync(bare, { recursive: true, force: true });
  };
  for (let run = 0; run < runs; run += 1) {
    // The first run builds ours first: the floor is shaped after its pages.
    if (run % 2 === 0) {
      buildOurs();
      buildFloor();
    } else {
      buildFloor();
      buildOurs();
    }
  }
  const ratios = ours.map((build, run) => (build.seconds - build.pagefindMs / 1000) / floors[run]!);
  const last = ours.at(-1)!;
  return {
    build: {
      seconds: median(ours.map((b) => b.seconds)),
      // The most memory any run took.
      peakMb: Math.max(...ours.map((b) => b.peakMb)),
      runs,
    },
    pagefindMs: median(ours.map((b) => b.pagefindMs)),
    pagefindPages: Number(/Pagefind: (\d+) pages indexed/.exec(last.output)?.[1]),
    pages: Number(/(\d+) page\(s\) built/.exec(last.output)?.[1]),
    html,
    floorSeconds: median(floors),
    oursOverFloor: round(median(ratios)),
    oursOverFloorRange: [round(Math.min(...ratios)), round(Math.max(...ratios))] as [number, number],
  };
}

async function measure(browser: Browser, scenario: Scenario) {
  const dir = join(WORK, scenario.name);
  const dist = join(dir, "dist");
  rmSync(dist, { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = scenario.contentRoot
    ? { DUTY_MATRIX_CONTENT: join(scenario.contentRoot, "content") }
    : {};
  const check = timed(["node", "scripts/check.ts", scenario.contentRoot ?? ROOT], env);
  const { build, pagefindMs, pagefindPages, pages, html, floorSeconds, oursOverFloor, oursOverFloorRange } =
    buildsAndFloor(dir, dist, env, buildRuns(scenario.syntheticTowns));

  const server = await preview({
    root: ROOT,
    outDir: dist,
    logLevel: "error",
    server: { host: "127.0.0.1", port: 0 },
  });
  const baseUrl = `http://127.0.0.1:${server.port}`;
  try {
    const latency = [
      await lookupLatency(browser, baseUrl, "all", dist),
      await lookupLatency(browser, baseUrl, "zhangshanzi", dist),
    ];
    const pagefind = await pagefindBytes(browser, baseUrl);
    return {
      scenario: scenario.name,
      syntheticTowns: scenario.syntheticTowns,
      checkSeconds: check.seconds,
      /** How many times ours and the floor were built; the figures are the runs' medians. */
      buildRuns: build.runs,
      buildSeconds: build.seconds,
      pagefindSeconds: round(pagefindMs / 1000, 1),
      /** The bare Astro site of as many HTML pages of the same average size, whole process. */
      floor: { pages: html.pages, averageBytes: html.averageBytes, seconds: floorSeconds },
      /** Our build without Pagefind over the floor: the median of the runs' ratios. */
      oursOverFloor,
      /** The lowest and highest of the runs' ratios. */
      oursOverFloorRange,
      /** Pagefind's time per page it indexed. */
      pagefindMsPerPage: round(pagefindMs / pagefindPages, 2),
      pages,
      pagesPerSecond: Math.round(pages / build.seconds),
      peakMb: build.peakMb,
      distMb: round(directoryBytes(dist) / 2 ** 20, 1),
      wordMb: round(wordBytes(dist) / 2 ** 20, 1),
      unitPageBytes: statSync(join(dist, "zhangshanzi/units/police-station/index.html")).size,
      contentPageScriptBytes: scriptBytes(dist, "zhangshanzi/units/police-station/index.html"),
      lookupPageScriptBytes: scriptBytes(dist, "lookup/index.html"),
      /** Every town's index together: what "全部辖区" would fetch if the reader asked for all. */
      allTownsIndexes: allTownsBytes(dist),
      townIndex: indexBytes(dist, "zhangshanzi"),
      latency,
      pagefind,
    };
  } finally {
    await server.stop();
  }
}

/** Wall time of the import command (a dry run into a scratch folder) for 004 as .txt and as .docx. */
async function importSeconds(): Promise<{ txt: number; docx: number }> {
  const scratch = join(WORK, "import");
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(join(scratch, "content"), { recursive: true });
  const text = join(ROOT, "content", "sources", "texts", "004_4e6002834ccb5faf.txt");
  const docx = join(scratch, "004.docx");
  writeFileSync(docx, await docxFromText(readFileSync(text, "utf8")));
  const run = (file: string) =>
    median(
      [1, 2, 3].map(() => {
        const started = performance.now();
        const result = spawnSync(
          process.execPath,
          [
            "scripts/import.ts",
            file,
            "--town",
            "bench-import",
            "--name",
            "张山子镇",
            "--out",
            join(scratch, "content"),
            "--dry-run",
          ],
          { cwd: ROOT, encoding: "utf8" },
        );
        if (result.status !== 0) throw new Error(`import failed: ${result.stderr}`);
        return (performance.now() - started) / 1000;
      }),
    );
  return { txt: round(run(text), 2), docx: round(run(docx), 2) };
}

async function main(): Promise<void> {
  if (!CHROMIUM) {
    console.error(`${CHROMIUM_MISSING} (the benchmark measures the lookup and search in a real browser)`);
    process.exit(1);
  }
  if (!existsSync("/usr/bin/time")) {
    console.error(
      "找不到 /usr/bin/time（apt-get install -y time） / GNU time not found: it measures the build's peak memory",
    );
    process.exit(1);
  }
  const { values } = parseArgs({ options: { towns: { type: "string", default: "1,10,50,150" } } });
  const counts = values.towns
    .split(",")
    .map(Number)
    .filter((n) => n > 0);
  const scenarios: Scenario[] = [
    { name: "real", syntheticTowns: 0, contentRoot: undefined },
    ...counts.map((n) => ({
      name: `synthetic-${n}`,
      syntheticTowns: n,
      contentRoot: join(WORK, `synthetic-${n}`),
    })),
  ];
  const started = performance.now();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const results: Array<Awaited<ReturnType<typeof measure>>> = [];
  try {
    for (const scenario of scenarios) {
      if (scenario.contentRoot) writeSyntheticContent(scenario.syntheticTowns, scenario.contentRoot, 1);
      console.error(`… ${scenario.name}`);
      results.push(await measure(browser, scenario));
    }
  } finally {
    await browser.close();
  }

  const imports = await importSeconds();
  const report: BenchReport = {
    date: new Date().toISOString().slice(0, 10),
    machine: `${cpus().length} × ${cpus()[0]?.model.trim() ?? "CPU"}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}`,
    totalSeconds: round((performance.now() - started) / 1000, 0),
    queries: QUERIES.length,
    // The real towns are the ones content/ holds today, however many that is.
    realTowns: readdirSync(join(ROOT, "content", "jurisdictions")).filter((name) => name.endsWith(".yaml"))
      .length,
    importSeconds: imports,
    results,
  };
  mkdirSync(join(ROOT, "bench"), { recursive: true });
  writeFileSync(join(ROOT, "bench", "results.json"), `${JSON.stringify(report, null, 2)}\n`);
  // The performance guide is written from the report, never by hand.
  writeFileSync(
    join(ROOT, "docs", "性能.md"),
    await prettier.format(performanceDoc(report), { parser: "markdown" }),
  );
  const readme = join(ROOT, "README.md");
  writeFileSync(
    readme,
    await prettier.format(withReadmeBenchTable(readFileSync(readme, "utf8"), report), { parser: "markdown" }),
  );
  console.log(benchTables(report).join("\n"));
  console.log("\n→ bench/results.json, docs/性能.md, README.md");
}

await main();
