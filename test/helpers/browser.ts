import { existsSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";

/** Debian's Chromium; never a browser download (it fails on these machines). */
const CANDIDATES = [process.env["CHROMIUM_PATH"], "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(
  (path): path is string => Boolean(path),
);

export const chromiumPath = CANDIDATES.find((path) => existsSync(path));

/**
 * In CI a missing browser is a failure, never a silent skip. Elsewhere the browser tests
 * are skipped with a visible warning so `npm test` still runs on a machine without Chromium.
 */
export const skipBrowserTests = !chromiumPath && !process.env["CI"];
if (!chromiumPath) {
  const message = "找不到 Chromium（apt-get install -y chromium fonts-noto-cjk） / Chromium not found";
  if (process.env["CI"]) throw new Error(`${message}: browser tests are required in CI`);
  console.warn(`⚠ ${message}: browser tests skipped`);
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath!,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** What went wrong while a page loaded: console errors, uncaught errors, failed or external requests. */
export interface PageTrouble {
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
  externalRequests: string[];
}

/** Watches a page; requests to anything but the preview server are blocked and recorded. */
export async function watchPage(page: Page, baseUrl: string): Promise<PageTrouble> {
  const trouble: PageTrouble = {
    consoleErrors: [],
    pageErrors: [],
    failedRequests: [],
    externalRequests: [],
  };
  page.on("console", (message) => {
    if (message.type() === "error") trouble.consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => trouble.pageErrors.push(error.message));
  page.on("requestfailed", (request) => trouble.failedRequests.push(request.url()));
  page.on("response", (response) => {
    if (response.status() >= 400) trouble.failedRequests.push(`${response.status()} ${response.url()}`);
  });
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(baseUrl) || url.startsWith("data:")) return route.continue();
    trouble.externalRequests.push(url);
    return route.abort();
  });
  return trouble;
}
