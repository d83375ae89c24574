/**
 * What `npm run bench` measured (bench/results.json), as the tables it prints and as
 * docs/性能.md, which is written from it and never by hand: a figure in the document is
 * always one the benchmark measured.
 */

/** One scenario of a run: the real content, or it plus N synthetic towns. */
export interface BenchResult {
  scenario: string;
  syntheticTowns: number;
  checkSeconds: number;
  /** How many times ours and the floor were built, alternated; the build figures are the medians. */
  buildRuns: number;
  buildSeconds: number;
  pagefindSeconds: number;
  floor: { pages: number; averageBytes: number; seconds: number };
  /** Our build without Pagefind over the floor: the median of the runs' ratios. */
  oursOverFloor: number;
  /** The lowest and highest of the runs' ratios: how far one run's figure can stray. */
  oursOverFloorRange: [number, number];
  pagefindMsPerPage: number;
  pages: number;
  pagesPerSecond: number;
  peakMb: number;
  distMb: number;
  wordMb: number;
  unitPageBytes: number;
  contentPageScriptBytes: number;
  lookupPageScriptBytes: number;
  allTownsIndexes: { raw: number; gzip: number };
  townIndex: { raw: number; gzip: number };
  latency: Array<{
    scope: string;
    firstAnswer: { raw: number; gzip: number; files: number };
    medianMs: number;
    p95Ms: number;
  }>;
  pagefind: { firstQueryBytes: number; secondQueryBytes: number };
}

/** A whole run, as bench/results.json holds it. */
export interface BenchReport {
  date: string;
  machine: string;
  totalSeconds: number;
  queries: number;
  /** How many jurisdictions the real content held when the run was made. */
  realTowns: number;
  importSeconds: { txt: number; docx: number };
  results: BenchResult[];
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

const kb = (bytes: number) => `${round(bytes / 1024, 1)}`;

/** Ours over the floor as a table cell: the median, and the runs' lowest–highest when there were several. */
function ratioCell(r: BenchResult): string {
  const [low, high] = r.oursOverFloorRange;
  return r.buildRuns > 1 ? `${r.oursOverFloor} (${low}–${high})` : `${r.oursOverFloor}`;
}

/** The run's three tables and the import line, in Markdown, as the command prints them. */
export function benchTables(report: BenchReport): string[] {
  const { results } = report;
  const towns = (r: BenchResult) =>
    r.syntheticTowns ? `${report.realTowns} + ${r.syntheticTowns}` : `${report.realTowns}`;
  return [
    `Machine: ${report.machine}; ${report.date}; whole run ${report.totalSeconds} s`,
    "",
    "| towns | pages | check s | build s | of which Pagefind s | pages/s | peak MB | dist MB | of which Word MB (%) |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...results.map(
      (r) =>
        `| ${towns(r)} | ${r.pages} | ${r.checkSeconds} | ${r.buildSeconds} | ${r.pagefindSeconds} | ${r.pagesPerSecond} | ${r.peakMb} | ${r.distMb} | ${r.wordMb} (${round((100 * r.wordMb) / r.distMb, 1)}) |`,
    ),
    "",
    "| towns | HTML pages (avg KB) | builds of each | ours without Pagefind s | bare Astro floor s | ours / floor (lowest–highest run) | Pagefind ms a page |",
    "|---|---:|---:|---:|---:|---:|---:|",
    ...results.map(
      (r) =>
        `| ${towns(r)} | ${r.floor.pages} (${kb(r.floor.averageBytes)}) | ${r.buildRuns} | ${round(r.buildSeconds - r.pagefindSeconds, 1)} | ${r.floor.seconds} | ${ratioCell(r)} | ${r.pagefindMsPerPage} |`,
    ),
    "",
    "| towns | unit page KB | JS on a unit page KB | JS on /lookup/ KB | all towns: first answer KB gzip (files) | all towns' indexes KB gzip | one town's index KB (gzip) | lookup all: median / p95 ms | lookup one town: median / p95 ms | Pagefind 1st / 2nd query KB |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...results.map((r) => {
      const [all, town] = r.latency;
      return `| ${towns(r)} | ${kb(r.unitPageBytes)} | ${kb(r.contentPageScriptBytes)} | ${kb(r.lookupPageScriptBytes)} | ${kb(all!.firstAnswer.gzip)} (${all!.firstAnswer.files}) | ${kb(r.allTownsIndexes.gzip)} | ${kb(r.townIndex.raw)} (${kb(r.townIndex.gzip)}) | ${all!.medianMs} / ${all!.p95Ms} | ${town!.medianMs} / ${town!.p95Ms} | ${kb(r.pagefind.firstQueryBytes)} / ${kb(r.pagefind.secondQueryBytes)} |`;
    }),
    "",
    `npm run import of 张发〔2020〕47号 (whole command, median of 3): .txt ${report.importSeconds.txt} s, .docx ${report.importSeconds.docx} s`,
  ];
}

/** The smallest and largest of some figures, as "a–b" (or "a" when they agree). */
function range(values: readonly number[]): string {
  const low = Math.min(...values);
  const high = Math.max(...values);
  return low === high ? `${low}` : `${low}–${high}`;
}

/** How often ours and the floor were built, as the guide says it. */
function repeatedRuns(results: readonly BenchResult[]): string {
  const repeated = results.filter((r) => r.buildRuns > 1);
  if (repeated.length === 0) return "";
  // One clause per number of runs, fewest pages first: 2356 页以内的情形各构建 5 次，9716 页的情形 3 次.
  const counts = [...new Set(repeated.map((r) => r.buildRuns))].sort((a, b) => b - a);
  const clauses = counts.map((runs, index) => {
    const pages = Math.max(...repeated.filter((r) => r.buildRuns === runs).map((r) => r.floor.pages));
    return index === 0
      ? `${pages} 页以内的情形各构建 ${runs} 次`
      : `${pages} 页以内的其余情形各构建 ${runs} 次`;
  });
  return `我们的构建和下限交替构建：${clauses.join("，")}，隔一次先建下限，每次构建前等磁盘做完上一次删除和写入留下的活（\`sync\`），免得算进下一次构建；表中的构建时间和倍数取中位数，括号里是各次倍数的最低和最高（在共用的机器上，同一个站点前后两次构建的用时可以差一半），其余情形各构建 1 次。`;
}

/** docs/性能.md: how the benchmark measures, the run's tables, and what they say, all from the report. */
export function performanceDoc(report: BenchReport): string {
  const { results } = report;
  const largest = results.reduce((a, b) => (b.pages > a.pages ? b : a));
  const synthetic = results.filter((r) => r.syntheticTowns > 0).map((r) => r.syntheticTowns);
  const latency = (scope: "all" | "town") => results.map((r) => r.latency[scope === "all" ? 0 : 1]!.medianMs);
  const firstAnswer = largest.latency[0]!.firstAnswer;
  return `# 性能（\`npm run bench\`）

本页由 \`npm run bench\` 按 \`bench/results.json\` 写出，不要手改；数字都是那次运行量出来的。

\`npm run bench\` 测量真实内容（${report.realTowns} 个辖区）以及“真实内容 + N 个合成乡镇”（N = ${synthetic.join("、")}）各自的代价。合成乡镇由 \`scripts/synthetic.ts\` 按固定种子生成：每个都照张山子镇的单位、职责、规则和原文复制，只换镇名和文号，写在 \`bench/tmp/\` 下，不动 \`content/\`。每种情形都测：内容校验和构建时间（其中 Pagefind 建索引的时间）、页数和每秒页数、构建峰值内存、\`dist\` 大小、单位页 HTML 大小、页面加载的 JavaScript、查询索引大小、在 Chromium 中逐键输入 ${report.queries} 个日常查询每个前缀的“按键 → 结果写入页面”延迟，以及 Pagefind 第一次和第二次全文搜索传输的字节数。同一次运行里还构建一个最简的 Astro 站点（\`scripts/lib/bare-astro.ts\`：一个路由、同样多的页面、每页同样的平均大小、没有内容层、没有集成、没有全文搜索）作“下限”。${repeatedRuns(results)}需要 Chromium 和 GNU time；\`npm run bench -- --towns 10\` 只跑部分情形。

## 这次运行（${report.date}）

${benchTables(report).join("\n")}

## 读表

- 构建时间随乡镇数线性增长：最大的情形 ${largest.pages} 页用 ${largest.buildSeconds} 秒（每秒 ${largest.pagesPerSecond} 页），峰值内存 ${largest.peakMb} MB；整个基准 ${report.totalSeconds} 秒。
- 与最简 Astro 站点比（第二表）：去掉 Pagefind 的构建用时是下限的 ${range(results.map((r) => r.oursOverFloor))} 倍；Pagefind 每页 ${range(results.map((r) => r.pagefindMsPerPage))} 毫秒。
- 这个倍数随磁盘的忙闲变化：下限按 Astro 的默认做法一次渲染一页，每页都等它的文件夹和文件写完；我们的构建同时渲染多页（\`astro.config.mjs\` 的 \`concurrency\`），主要受 CPU 限制。磁盘忙时下限变慢而我们的构建几乎不变，倍数变小；磁盘闲时两边都受 CPU 限制，倍数变大。所以同一份代码前后两次运行的倍数可以差很多，要看括号里的范围。
- 单位页 ${kb(largest.unitPageBytes)} KB，带 ${kb(largest.contentPageScriptBytes)} KB JavaScript；查询页的脚本 ${kb(largest.lookupPageScriptBytes)} KB。
- “全部辖区”按作答顺序取回各镇的索引，在浏览器里合并后作答：最大的情形第一次作答传 ${kb(firstAnswer.gzip)} KB（gzip，${firstAnswer.files} 个文件），全部索引合计 ${kb(largest.allTownsIndexes.gzip)} KB（gzip）。
- 按键延迟（从按键到页面更新完毕）的中位数：单个辖区 ${range(latency("town"))} 毫秒，全部辖区 ${range(latency("all"))} 毫秒。
- Word 文件的数据（每镇的 \`booklet.json\` 和 \`word.json\`）占 \`dist\` 的 ${range(results.map((r) => round((100 * r.wordMb) / r.distMb, 1)))}%；Word 文件都在点“下载 Word”时在浏览器里生成，构建时不生成。
`;
}

/** The markers around the README's benchmark table, which `npm run bench` rewrites. */
export const README_BENCH_MARKERS = ["<!-- bench:start -->", "<!-- bench:end -->"] as const;

/** The README's short table: build time against the bare Astro floor, with machine and date. */
export function readmeBenchTable(report: BenchReport): string {
  const [start, end] = README_BENCH_MARKERS;
  return [
    start,
    `构建用时与同样页数的最简 Astro 站点（下限）之比（\`npm run bench\`，${report.machine}，${report.date}；详见 [性能.md](docs/性能.md)）：`,
    "",
    "| HTML pages | builds of each (median) | build s | ours without Pagefind s | bare Astro floor s | ours / floor (lowest–highest run) | peak MB |",
    "|---:|---:|---:|---:|---:|---:|---:|",
    ...report.results.map(
      (r) =>
        `| ${r.floor.pages} | ${r.buildRuns} | ${r.buildSeconds} | ${round(r.buildSeconds - r.pagefindSeconds, 1)} | ${r.floor.seconds} | ${ratioCell(r)} | ${r.peakMb} |`,
    ),
    end,
  ].join("\n");
}

/** The README with its benchmark table replaced by this run's; the README unchanged when it has no markers. */
export function withReadmeBenchTable(readme: string, report: BenchReport): string {
  const [start, end] = README_BENCH_MARKERS;
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) return readme;
  return readme.slice(0, from) + readmeBenchTable(report) + readme.slice(to + end.length);
}
