import { afterAll, beforeAll } from "vitest";
import { chromium, type Browser, type Page } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_MISSING, findChromium } from "../../scripts/lib/chromium.ts";

/** Debian's Chromium; never a browser download (it fails on these machines). */
export const chromiumPath = findChromium();

/**
 * In CI a missing browser is a failure, never a silent skip. Elsewhere the browser tests
 * are skipped with a visible warning so `npm test` still runs on a machine without Chromium.
 */
export const skipBrowserTests = !chromiumPath && !process.env["CI"];
if (!chromiumPath) {
  if (process.env["CI"]) throw new Error(`${CHROMIUM_MISSING}: browser tests are required in CI`);
  console.warn(`⚠ ${CHROMIUM_MISSING}: browser tests skipped`);
}

export async function launchChromium(): Promise<Browser> {
  const lang = process.env["LANG"] ?? "";
  return chromium.launch({
    executablePath: chromiumPath!,
    args: CHROMIUM_ARGS,
    // A UTF-8 locale, as every desktop has: without one (CI runs under env -i), Chromium
    // names a download whose name is Chinese "download".
    env: { ...process.env, LANG: /utf-?8/i.test(lang) ? lang : "C.UTF-8" },
  });
}

/** What went wrong while a page loaded: console errors, uncaught errors, failed or external requests. */
export interface PageTrouble {
  consoleErrors: string[];
  /** What the browser refused under the Content-Security-Policy, as it said so on the console. */
  cspViolations: string[];
  pageErrors: string[];
  failedRequests: string[];
  externalRequests: string[];
}

/** A page that went wrong in no way watchPage sees. */
export const NO_TROUBLE: PageTrouble = {
  consoleErrors: [],
  cspViolations: [],
  pageErrors: [],
  failedRequests: [],
  externalRequests: [],
};

/** Watches a page; requests to anything but the preview server are blocked and recorded. */
export async function watchPage(page: Page, baseUrl: string): Promise<PageTrouble> {
  const trouble: PageTrouble = {
    consoleErrors: [],
    cspViolations: [],
    pageErrors: [],
    failedRequests: [],
    externalRequests: [],
  };
  page.on("console", (message) => {
    if (message.type() === "error") trouble.consoleErrors.push(message.text());
    if (/Content Security Policy/i.test(message.text())) trouble.cspViolations.push(message.text());
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

/**
 * One Chromium for a test file: launched before its tests (unless browser tests are
 * skipped) and closed after. Returns a getter, since the browser exists only once launched.
 */
export function useChromium(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (!skipBrowserTests) browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}
