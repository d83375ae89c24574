/**
 * npm run province -- <counties folder> [--out province-dist] [--jobs 2]
 *
 * A province as county shards. Each subfolder of the counties folder is a county: its name
 * is its id and address (`/<county>/`), its `content/` a content folder with its own
 * site.yaml. Each county is its own Astro build, several at once; a county is built again
 * only when its content or the code changed since its last build (a stamp beside its site).
 * Then the province's front page: links to the counties and one full-text search over all.
 */
import { spawn } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { cpus } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import {
  buildStamp,
  COUNTY_ID,
  countyAddress,
  countiesToBuild,
  provinceFrontPage,
  provinceLookupPage,
  PROVINCE_LINKS,
  PROVINCE_SCRIPT,
  PROVINCE_STYLE,
  type County,
} from "../src/lib/province/index.ts";
import { readSiteFile } from "../src/lib/content/index.ts";
import { DEFAULT_SITE_TITLE } from "../src/schemas/site.ts";
import { exitWithHelp } from "./lib/cli.ts";

exitWithHelp("province");

const ROOT = join(import.meta.dirname, "..");
/** Where each county's site keeps the stamp of the content and code it was built from. */
const STAMP_FILE = ".duty-matrix-stamp";
/** The project's folder for county builds under way (see buildCounty). */
const STAGING = ".province-build";

/** Every file under a folder, as paths relative to it and bytes. */
function filesUnder(folder: string): Array<{ path: string; bytes: Uint8Array }> {
  return (readdirSync(folder, { recursive: true, encoding: "utf8" }) as string[])
    .map((name) => join(folder, name))
    .filter((path) => statSync(path).isFile())
    .map((path) => ({ path: relative(folder, path), bytes: readFileSync(path) }));
}

/**
 * The project's code a county build needs, copied into each worker's own root; the lockfile
 * too, which keys the Word and Excel libraries bundled once for every county's build.
 */
const PROJECT_CODE = [
  "src",
  "public",
  "astro.config.mjs",
  "package.json",
  "package-lock.json",
  "tsconfig.json",
];

/**
 * The code's stamp: every file a county's build is given (PROJECT_CODE: src/, public/, the
 * config, the locked packages …), hashed as a county's content is (buildStamp).
 */
function codeStamp(): string {
  const files = PROJECT_CODE.flatMap((entry) => {
    const path = join(ROOT, entry);
    if (!existsSync(path)) return [];
    if (statSync(path).isDirectory())
      return filesUnder(path).map((file) => ({ ...file, path: `${entry}/${file.path}` }));
    return [{ path: entry, bytes: readFileSync(path) }];
  });
  return buildStamp(files, "");
}

/** A county's name: its site's title as its content/site.yaml gives it (read as the check reads it), else its folder name. */
function countyName(id: string, content: string): string {
  const title = readSiteFile(content, content, [])?.data.title;
  // A site.yaml that leaves out its title has the product's name: it does not tell counties apart.
  return title && title !== DEFAULT_SITE_TITLE ? title : id;
}

/**
 * A worker's own project root: a copy of the project's code (1.7 MB), a link to its
 * node_modules, and its own .astro/ and output. Astro writes a build's server files under
 * <root>/.astro/ and the working folder: builds side by side
 * in one root would overwrite each other's. The code is copied, not linked: through a link
 * the modules resolve outside the root and the build leaves the site's stylesheet out.
 */
function workerRoot(worker: number): string {
  const root = join(ROOT, STAGING, `worker-${worker}`);
  mkdirSync(root, { recursive: true });
  for (const entry of PROJECT_CODE)
    if (!existsSync(join(root, entry))) cpSync(join(ROOT, entry), join(root, entry), { recursive: true });
  if (!existsSync(join(root, "node_modules")))
    symlinkSync(join(ROOT, "node_modules"), join(root, "node_modules"));
  return root;
}

/** Builds one county's site under its base path into `out`, in a worker's root; resolves with the seconds it took. */
function buildCounty(root: string, id: string, content: string, out: string): Promise<number> {
  const started = performance.now();
  const built = join(root, "dist");
  rmSync(built, { recursive: true, force: true });
  return new Promise((done, fail) => {
    const astro = join(ROOT, "node_modules/astro/bin/astro.mjs");
    const child = spawn(process.execPath, [astro, "build", "--root", root, "--outDir", built], {
      cwd: root,
      env: {
        ...process.env,
        DUTY_MATRIX_CONTENT: content,
        BASE_PATH: countyAddress(id),
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let log = "";
    child.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
    child.on("close", (code) => {
      if (code !== 0) {
        fail(new Error(`${id} 构建失败 / failed to build:\n${log.slice(-4000)}`));
        return;
      }
      rmSync(join(built, ".prerender"), { recursive: true, force: true });
      rmSync(out, { recursive: true, force: true });
      mkdirSync(dirname(out), { recursive: true });
      cpSync(built, out, { recursive: true });
      rmSync(built, { recursive: true, force: true });
      done((performance.now() - started) / 1000);
    });
  });
}

/** Runs the builds, at most `jobs` at once, each worker in its own root, printing a line as each ends. */
async function buildAll(
  ids: readonly string[],
  jobs: number,
  build: (root: string, id: string) => Promise<number>,
): Promise<void> {
  const queue = [...ids];
  const worker = async (index: number) => {
    const root = workerRoot(index);
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      const seconds = await build(root, id);
      console.log(`✓ ${id} 已构建 / built in ${seconds.toFixed(1)} s`);
    }
  };
  try {
    await Promise.all(
      Array.from({ length: Math.max(1, Math.min(jobs, ids.length)) }, (_, index) => worker(index)),
    );
  } finally {
    rmSync(join(ROOT, STAGING), { recursive: true, force: true });
  }
}

/**
 * The province's own pages beside the counties: the front page (also at /search/, where the
 * lookup's full-text link leads), its script and styles, and the 谁负责？ page made from the
 * first county's, with the characters' readings it fetches for typos by sound.
 */
function writeProvincePages(out: string, title: string, counties: readonly County[]): void {
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), text);
  };
  const front = provinceFrontPage(title, counties);
  write("index.html", front);
  write(join(PROVINCE_LINKS.search, "index.html"), front);
  write("province.js", PROVINCE_SCRIPT);
  write("province.css", PROVINCE_STYLE);
  const lookups = counties.map((county) => {
    const page = join(out, county.id, "lookup", "index.html");
    // A county's site copied back in part (a CI artifact cut short) has a stamp but not its pages.
    if (!existsSync(page))
      throw new Error(
        `${county.id} 的站点不完整（没有 lookup/index.html）：删除 ${join(out, county.id)} 后重新运行 / ${county.id}'s site has no lookup page: delete its folder and run again`,
      );
    return { county, html: readFileSync(page, "utf8") };
  });
  if (!lookups[0]) return;
  write(
    join(PROVINCE_LINKS.lookup, "index.html"),
    provinceLookupPage(lookups[0].html, lookups, title, PROVINCE_LINKS),
  );
  cpSync(join(out, counties[0]!.id, "lookup-sounds.json"), join(out, "lookup-sounds.json"));
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: "string", default: "province-dist" },
      jobs: { type: "string", default: String(Math.max(1, cpus().length)) },
      title: { type: "string", default: "全省乡镇安全生产职责矩阵" },
      only: { type: "string" },
    },
  });
  const folder = positionals[0];
  if (!folder || !existsSync(folder)) {
    console.error(
      "用法 / usage: npm run province -- <各县文件夹 counties folder> [--out <文件夹>] [--jobs N]",
    );
    process.exit(1);
  }
  const out = resolve(values.out);
  const counties: County[] = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(folder, entry.name, "content")))
    .map((entry) => ({ id: entry.name, name: countyName(entry.name, join(folder, entry.name, "content")) }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const badId = counties.find((county) => !COUNTY_ID.test(county.id));
  if (badId) {
    console.error(
      `县文件夹名“${badId.id}”只能用小写英文字母、数字和连字符（它是网址的一段） / county folder names use lowercase letters, digits and hyphens: ${badId.id}`,
    );
    process.exit(1);
  }
  const code = codeStamp();
  const stamps = new Map(
    counties.map(({ id }) => [id, buildStamp(filesUnder(join(folder, id, "content")), code)] as const),
  );
  const lastBuilt = new Map(
    counties.map(({ id }) => {
      const stamp = join(out, id, STAMP_FILE);
      return [id, existsSync(stamp) ? readFileSync(stamp, "utf8") : undefined] as const;
    }),
  );
  // --only: the counties this run may build (one CI job a county); the others are left as they are.
  const only = values.only?.split(",").map((id) => id.trim());
  const unknown = only?.find((id) => !stamps.has(id));
  if (unknown) {
    console.error(`没有这个县的文件夹：${unknown} / no county folder: ${unknown}`);
    process.exit(1);
  }
  const changed = countiesToBuild(stamps, lastBuilt).filter((id) => !only || only.includes(id));
  for (const { id } of counties)
    if (!changed.includes(id)) console.log(`· ${id} 未改动，跳过 / unchanged, skipped`);
  const started = performance.now();
  await buildAll(changed, Number(values.jobs), async (root, id) => {
    const seconds = await buildCounty(root, id, resolve(folder, id, "content"), join(out, id));
    writeFileSync(join(out, id, STAMP_FILE), stamps.get(id)!);
    return seconds;
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (only) {
    // One CI job a county: the other counties' sites are in other jobs, so the front page, which
    // reads every county's, is left to the last run, without --only.
    console.log(
      `✓ 重建 ${changed.length} 个县，用时 ${seconds} s；全省首页由最后一次不带 --only 的运行写出 / ${changed.length} rebuilt; the front page is written by the run without --only`,
    );
    return;
  }
  writeProvincePages(out, values.title, counties);
  console.log(
    `✓ ${counties.length} 个县，重建 ${changed.length} 个，用时 ${seconds} s；全省首页 ${join(out, "index.html")} / ${counties.length} counties, ${changed.length} rebuilt`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
