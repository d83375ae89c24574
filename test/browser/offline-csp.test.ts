import { describe, expect, inject, it } from "vitest";
import { skipBrowserTests, useChromium, watchPage } from "../helpers/browser.ts";
import { PAGE_TYPES } from "../helpers/page-types.ts";

const baseUrl = inject("baseUrl");
const chromium = useChromium();

describe.skipIf(skipBrowserTests)("every page type, offline, under the Content-Security-Policy", () => {
  for (const { path, ready } of PAGE_TYPES) {
    it(`loads ${path} with no console error, no CSP violation and no request off this host`, async () => {
      const page = await chromium().newPage();
      const trouble = await watchPage(page, baseUrl);
      await page.goto(`${baseUrl}${encodeURI(path)}`, { waitUntil: "networkidle" });
      if (ready) await page.waitForSelector(ready, { timeout: 10_000 });
      const csp = await page.getAttribute('meta[http-equiv="content-security-policy"]', "content");
      expect(csp).toContain("default-src 'self'");
      expect(csp).not.toContain("unsafe-inline");
      expect(trouble.cspViolations).toEqual([]);
      expect(trouble.consoleErrors.filter((e) => !(path === "/no-such-page/" && /404/.test(e)))).toEqual([]);
      expect(trouble.pageErrors).toEqual([]);
      expect(trouble.externalRequests).toEqual([]);
      await page.close();
    });
  }
});
