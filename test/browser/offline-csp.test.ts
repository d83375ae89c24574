import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium, skipBrowserTests, watchPage } from "../helpers/browser.ts";

const baseUrl = inject("baseUrl");
let browser: Browser;
beforeAll(async () => {
  if (!skipBrowserTests) browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** One page of every type the site builds, and what shows that its scripts ran. */
const PAGE_TYPES: Array<{ path: string; ready?: string }> = [
  { path: "/" },
  { path: "/lookup/?q=液化气", ready: "html[data-lookup-ready] #lookup-answers li.answer" },
  { path: "/search/?q=液化气", ready: ".pagefind-ui__result" },
  { path: "/zhangshanzi/" },
  { path: "/zhangshanzi/units/police-station/" },
  { path: "/zhangshanzi/sectors/fire/" },
  { path: "/sectors/fire/" },
  { path: "/posts/" },
  { path: "/posts/party-secretary/" },
  { path: "/sources/" },
  { path: "/sources/zhangshanzi-2020-47/" },
  { path: "/principles/" },
  { path: "/principles/three-musts/" },
  { path: "/glossary/" },
  { path: "/guide/" },
  { path: "/guide/party-secretary/" },
  { path: "/rules/" },
  { path: "/rules/guangxi-template/" },
  { path: "/zhangshanzi/calendar/" },
  { path: "/zhangshanzi/coverage/" },
  { path: "/zhangshanzi/print/?units=police-station", ready: "[data-picker-status]:not(:empty)" },
  { path: "/zhangshanzi/print/police-station/" },
  { path: "/zhangshanzi/print/police-station/letter/" },
  { path: "/no-such-page/" },
];

describe.skipIf(skipBrowserTests)("every page type, offline, under the Content-Security-Policy", () => {
  for (const { path, ready } of PAGE_TYPES) {
    it(`loads ${path} with no console error, no CSP violation and no request off this host`, async () => {
      const page = await browser.newPage();
      const trouble = await watchPage(page, baseUrl);
      const violations: string[] = [];
      page.on("console", (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      await page.goto(`${baseUrl}${encodeURI(path)}`, { waitUntil: "networkidle" });
      if (ready) await page.waitForSelector(ready, { timeout: 10_000 });
      const csp = await page.getAttribute('meta[http-equiv="content-security-policy"]', "content");
      expect(csp).toContain("default-src 'self'");
      expect(csp).not.toContain("unsafe-inline");
      expect(violations).toEqual([]);
      expect(trouble.consoleErrors.filter((e) => !(path === "/no-such-page/" && /404/.test(e)))).toEqual([]);
      expect(trouble.pageErrors).toEqual([]);
      expect(trouble.externalRequests).toEqual([]);
      await page.close();
    });
  }
});
