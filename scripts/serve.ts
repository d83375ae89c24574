/**
 * npm start (after the build) — serves dist/ at http://localhost:4321/ (and its BASE_PATH),
 * on this machine only; `--host` serves the office network (all interfaces, or the address
 * given), `--port` another port. See scripts/lib/site-server.ts for what it answers.
 * Usage: node scripts/serve.ts [--host [address]] [--port 4321]
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { basePathFromEnv } from "../src/lib/site/base.ts";
import { applySiteDefaults } from "../src/lib/site/site-defaults.ts";
import { contentFolder } from "../src/lib/content/registry.ts";
import { startSiteServer } from "./lib/site-server.ts";
import { exitWithHelp } from "./lib/cli.ts";

exitWithHelp("serve");

const ROOT = resolve(import.meta.dirname, "..");

/** --host alone means every interface (as astro preview reads it); --host <address> that one. */
function options(argv: readonly string[]): { host: string; port: number } | string {
  let host = "127.0.0.1";
  let port = 4321;
  for (let i = 0; i < argv.length; i += 1) {
    const argument = argv[i]!;
    const [flag, inline] = argument.split("=", 2) as [string, string | undefined];
    const next = inline ?? (argv[i + 1]?.startsWith("--") ? undefined : argv[i + 1]);
    if (flag === "--host") {
      host = next ?? "0.0.0.0";
      if (inline === undefined && next !== undefined) i += 1;
    } else if (flag === "--port") {
      port = Number(next);
      if (inline === undefined) i += 1;
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        return `端口 --port 应是 0–65535 的整数，现在是 ${next ?? "空"} / --port must be an integer 0–65535`;
    } else
      return `不认识的参数 ${argument}；可用 --host、--port / unknown option ${argument}: use --host or --port`;
  }
  return { host, port };
}

const parsed = options(process.argv.slice(2));
if (typeof parsed === "string") {
  console.error(parsed);
  process.exit(1);
}
const dist = join(ROOT, "dist");
if (!existsSync(join(dist, "index.html"))) {
  console.error(
    "还没有构建网站：先运行 npm run build（npm start 会自动构建） / the site is not built: run npm run build first",
  );
  process.exit(1);
}
// Served under the base path the build took: site.yaml's basePath unless BASE_PATH says otherwise.
applySiteDefaults(contentFolder({ root: ROOT }));
const base = basePathFromEnv();
try {
  const site = await startSiteServer({ dist, base, ...parsed });
  const local = `http://localhost:${new URL(site.origin).port}${base}`;
  console.log(`网站已启动 / the site is served at:\n\n  ${local}\n`);
  if (parsed.host !== "127.0.0.1" && parsed.host !== "localhost")
    console.log(
      `办公室的其他电脑用 http://<本机 IP>:${new URL(site.origin).port}${base} 访问 / other computers: http://<this machine's IP>:${new URL(site.origin).port}${base}`,
    );
  console.log("按 Ctrl+C 停止 / Ctrl+C stops it");
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.on(signal, () => void site.close().then(() => process.exit(0)));
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") {
    console.error(
      `端口 ${parsed.port} 已被占用（也许网站已经在运行） / port ${parsed.port} is in use (perhaps the site is running already)\n  修改 / Fix: npm start -- --port ${parsed.port + 1}`,
    );
    process.exit(1);
  }
  throw error;
}
