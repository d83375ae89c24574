import { pathToFileURL } from "node:url";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { skipBrowserTests, useChromium } from "../helpers/browser.ts";
import { DIST } from "../helpers/built-site.ts";

const chromium = useChromium();

/** Someone double-clicks dist/…/index.html: the pages that need a server say so, in Chinese. */
describe.skipIf(skipBrowserTests)("pages opened from disk (file://)", () => {
  for (const [path, feature] of [
    ["lookup", "“谁负责？”查询"],
    ["search", "全文搜索"],
  ] as const) {
    it(`explain on /${path}/ that it needs a web server, and how to start one`, async () => {
      const page = await chromium().newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto(pathToFileURL(join(DIST, path, "index.html")).href);
      const note = page.locator("#needs-server");
      await expect(note.isVisible()).resolves.toBe(true);
      const text = await note.innerText();
      expect(text).toContain(`${feature}需要通过网站服务器打开`);
      expect(text).toContain("npm start");
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it("does not show that note when the same page is served over HTTP", async () => {
    const { inject } = await import("vitest");
    const page = await chromium().newPage();
    await page.goto(`${inject("baseUrl")}/lookup/`);
    await expect(page.locator("#needs-server").isVisible()).resolves.toBe(false);
    await page.close();
  });
});
