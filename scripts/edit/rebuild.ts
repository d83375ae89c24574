/**
 * 重新生成网站 from the form editor: the content check, then the Astro build into the site
 * folder, as `npm run build` does — one run at a time, its progress kept for the page to
 * poll — and, once built, the site served on a port of this machine so the page can link
 * to what changed.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { basePathFromEnv } from "../../src/lib/site/base.ts";
import { applySiteDefaults } from "../../src/lib/site/site-defaults.ts";
import { startSiteServer, type RunningSite } from "../lib/site-server.ts";

/** What the editor's page shows of a rebuild. */
export interface RebuildState {
  state: "idle" | "running" | "done" | "failed";
  /** The step under way or last done, in Chinese. */
  step: string;
  /** Seconds since the run started. */
  seconds: number;
  /** When it failed: the last lines it printed (the check's own bilingual report). */
  report?: string;
  /** When done: the address of the built site on this machine. */
  site?: string;
}

export interface Rebuilder {
  start(): boolean;
  state(): RebuildState;
  close(): Promise<void>;
}

/** Runs a command; resolves with its exit code and what it printed. */
function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString("utf8")).slice(-20_000);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.on("close", (code) => done({ code: code ?? 1, output }));
    child.on("error", (error) => done({ code: 1, output: String(error) }));
  });
}

export function rebuilder(options: {
  project: string;
  root: string;
  content: string;
  dist: string;
}): Rebuilder {
  let current: RebuildState = { state: "idle", step: "", seconds: 0 };
  let started = 0;
  let site: RunningSite | undefined;
  const env = {
    ...process.env,
    DUTY_MATRIX_CONTENT: options.content,
    DUTY_MATRIX_CACHE: join(options.root, "node_modules", ".astro-edit"),
  };

  async function go(): Promise<void> {
    current = { state: "running", step: "检查内容", seconds: 0 };
    const check = await run(
      process.execPath,
      [join(options.project, "scripts", "check.ts"), "--content", options.content, options.root],
      env,
      options.project,
    );
    if (check.code !== 0) {
      current = {
        state: "failed",
        step: "检查内容",
        seconds: elapsed(),
        report: check.output.trim().split("\n").slice(0, 40).join("\n"),
      };
      return;
    }
    current = { state: "running", step: "生成网页和搜索索引", seconds: elapsed() };
    const build = await run(
      process.execPath,
      [join(options.project, "node_modules", "astro", "bin", "astro.mjs"), "build", "--outDir", options.dist],
      env,
      options.project,
    );
    if (build.code !== 0) {
      current = {
        state: "failed",
        step: "生成网页",
        seconds: elapsed(),
        report: build.output.trim().split("\n").slice(-30).join("\n"),
      };
      return;
    }
    // The base path the build took (site.yaml's basePath unless BASE_PATH is set), read now: the form may have changed it.
    const served = { ...env };
    applySiteDefaults(options.content, served);
    const base = basePathFromEnv(served);
    site ??= await startSiteServer({ dist: options.dist, base, host: "127.0.0.1", port: 0 });
    current = { state: "done", step: "完成", seconds: elapsed(), site: `${site.origin}${base}` };
  }
  const elapsed = () => Math.round((Date.now() - started) / 1000);

  return {
    start() {
      if (current.state === "running") return false;
      started = Date.now();
      void go();
      return true;
    },
    state: () => (current.state === "running" ? { ...current, seconds: elapsed() } : current),
    async close() {
      await site?.close();
    },
  };
}
