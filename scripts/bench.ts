/**
 * npm run bench — measures what the site costs to build and to use. Numbers come from
 * here, never from timing assertions in tests.
 *
 *   lookup: the "谁负责？" box in Chromium — time from a keystroke (input event) to the
 *           answers being in the DOM, over every prefix of many everyday queries, for the
 *           all-towns index and each town's; index bytes raw and gzip per jurisdiction.
 *
 * Writes bench/results.json and prints a Markdown table. Options:
 *   --no-build   reuse dist/ as it is (default: build first and time it)
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { preview } from "astro";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_MISSING, findChromium } from "./lib/chromium.ts";

const ROOT = join(import.meta.dirname, "..");
const DIST = join(ROOT, "dist");
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

function directoryBytes(path: string): number {
  return readdirSync(path, { recursive: true, encoding: "utf8" })
    .map((name) => join(path, name))
    .filter((file) => statSync(file).isFile())
    .reduce((sum, file) => sum + statSync(file).size, 0);
}

async function main(): Promise<void> {
  if (!CHROMIUM) {
    console.error(`${CHROMIUM_MISSING} (the lookup benchmark runs in a real browser)`);
    process.exit(1);
  }
  let buildSeconds: number | null = null;
  if (!process.argv.includes("--no-build") || !existsSync(join(DIST, "index.html"))) {
    const started = performance.now();
    execFileSync("npm", ["run", "build", "--silent"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
    buildSeconds = round((performance.now() - started) / 1000, 1);
  }

  const indexFiles = readdirSync(join(DIST, "lookup")).filter((name) => name.endsWith(".json"));
  const indexBytes = indexFiles
    .map((name) => {
      const raw = readFileSync(join(DIST, "lookup", name));
      const index = JSON.parse(raw.toString("utf8")) as { duties: unknown[]; units: unknown[] };
      return {
        scope: name.replace(/\.json$/, ""),
        units: index.units.length,
        duties: index.duties.length,
        rawBytes: raw.length,
        gzipBytes: gzipSync(raw, { level: 9 }).length,
      };
    })
    .sort((a, b) => (a.scope === "all" ? -1 : b.scope === "all" ? 1 : b.rawBytes - a.rawBytes));

  const server = await preview({ root: ROOT, logLevel: "error", server: { host: "127.0.0.1", port: 0 } });
  const baseUrl = `http://127.0.0.1:${server.port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
  });
  const latency: Array<{
    scope: string;
    keystrokes: number;
    loadMs: number;
    medianMs: number;
    p95Ms: number;
    maxMs: number;
  }> = [];
  try {
    for (const scope of ["all", "zhangshanzi"]) {
      const page = await browser.newPage();
      const started = Date.now();
      await page.goto(`${baseUrl}/lookup/${scope === "all" ? "" : `?town=${scope}`}`);
      await page.waitForSelector(`html[data-lookup-ready='${scope}']`);
      const loadMs = Date.now() - started;
      // Every prefix of every query is one keystroke; the page answers inside the input event.
      const timings = (await page.evaluate((queries: string[]) => {
        const input = document.getElementById("lookup-q") as HTMLInputElement;
        const times: number[] = [];
        for (let round = 0; round < 3; round++) {
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
        }
        return times;
      }, QUERIES)) as number[];
      latency.push({
        scope,
        keystrokes: timings.length,
        loadMs,
        medianMs: round(median(timings)),
        p95Ms: round(percentile(timings, 95)),
        maxMs: round(Math.max(...timings)),
      });
      await page.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }

  const results = {
    date: new Date().toISOString().slice(0, 10),
    machine: `${cpus().length} × ${cpus()[0]?.model.trim() ?? "CPU"}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}`,
    buildSeconds,
    distBytes: directoryBytes(DIST),
    lookup: { queries: QUERIES.length, latency, indexBytes },
  };
  mkdirSync(join(ROOT, "bench"), { recursive: true });
  writeFileSync(join(ROOT, "bench", "results.json"), `${JSON.stringify(results, null, 2)}\n`);

  const kb = (bytes: number) => `${round(bytes / 1024, 1)} KB`;
  const lines = [
    `Machine: ${results.machine}; date ${results.date}${buildSeconds === null ? "" : `; build ${buildSeconds} s`}`,
    "",
    "| 谁负责？ lookup | keystrokes | index load | median | p95 | max |",
    "|---|---:|---:|---:|---:|---:|",
    ...latency.map(
      (l) =>
        `| ${l.scope} | ${l.keystrokes} | ${l.loadMs} ms | ${l.medianMs} ms | ${l.p95Ms} ms | ${l.maxMs} ms |`,
    ),
    "",
    "| lookup index | units | duties | raw | gzip |",
    "|---|---:|---:|---:|---:|",
    ...indexBytes.map(
      (i) => `| ${i.scope} | ${i.units} | ${i.duties} | ${kb(i.rawBytes)} | ${kb(i.gzipBytes)} |`,
    ),
  ];
  console.log(lines.join("\n"));
  console.log("\n→ bench/results.json");
}

await main();
