/**
 * Where Debian's Chromium is, for the PDF command, the benchmark and the browser tests.
 * Never a browser download: it fails on these machines, and an office intranet has none.
 */
import { existsSync } from "node:fs";

/** The places Debian and Ubuntu put Chromium. */
const SYSTEM_PATHS = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

/** What to do about a missing browser, in Chinese and English. */
export const CHROMIUM_MISSING =
  "找不到 Chromium：请安装（sudo apt-get install -y chromium fonts-noto-cjk），或用 CHROMIUM_PATH 指明路径 / " +
  "Chromium not found: install it (apt-get install -y chromium fonts-noto-cjk) or set CHROMIUM_PATH";

/**
 * The browser to use: CHROMIUM_PATH when set (and only it, so a wrong setting is reported
 * rather than silently replaced), else the first system path that exists.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const chosen = env["CHROMIUM_PATH"];
  if (chosen) return existsSync(chosen) ? chosen : undefined;
  return SYSTEM_PATHS.find((path) => existsSync(path));
}

/** Flags for headless runs in containers: no sandbox (no user namespaces), no background traffic. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
