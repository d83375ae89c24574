import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, skipBrowserTests, watchPage } from "../helpers/browser.ts";
import { PROJECT_ROOT } from "../helpers/fixture.ts";
import { writeFixtureContent } from "../helpers/fixture-site.ts";
import { serveStatic } from "../helpers/static-server.ts";

/**
 * `npm run province` on three counties of two towns each (the fixture site's content): each
 * county built under its own address, several at once, again only where something changed,
 * and a front page whose full-text search finds the duties of every county.
 */
const scratch = mkdtempSync(join(tmpdir(), "duty-matrix-province-"));
const counties = join(scratch, "counties");
const out = join(scratch, "out");
const COUNTIES = ["east-county", "north-county", "west-county"];

async function province(): Promise<string> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ["scripts/province.ts", counties, "--out", out, "--jobs", "2"],
    { cwd: PROJECT_ROOT },
  );
  return stdout;
}

let first: string;
let again: string;
let afterEdit: string;
beforeAll(async () => {
  for (const id of COUNTIES) writeFixtureContent(join(counties, id));
  first = await province();
  again = await province();
  const town = join(counties, "west-county", "content", "jurisdictions", "testtown.yaml");
  writeFileSync(town, readFileSync(town, "utf8").replace("测试镇", "测试西镇"));
  afterEdit = await province();
}, 240_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("npm run province", () => {
  it("builds every county the first time, under its own address, with a line and its time each", () => {
    for (const id of COUNTIES) expect(first).toMatch(new RegExp(`✓ ${id} 已构建 / built in \\d+\\.\\d s`));
    expect(first).toContain("重建 3 个");
    const page = readFileSync(join(out, "north-county", "index.html"), "utf8");
    expect(page).toContain('href="/north-county/testtown/"');
  });

  it("rebuilds nothing when nothing changed, and only the county whose content changed", () => {
    expect(again).toContain("重建 0 个");
    expect(afterEdit).toContain("重建 1 个");
    expect(afterEdit).toMatch(/✓ west-county 已构建/);
    expect(afterEdit).toMatch(/· east-county 未改动，跳过/);
    expect(readFileSync(join(out, "west-county", "testtown", "index.html"), "utf8")).toContain("测试西镇");
  });
});

describe.skipIf(skipBrowserTests)("the province's front page in Chromium", () => {
  it("finds a duty of every county in one search, each result under its county's address", async () => {
    const site = await serveStatic(out, "/");
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const trouble = await watchPage(page, site.origin);
      await page.goto(`${site.origin}/?q=${encodeURIComponent("水库")}`);
      await page.waitForSelector(".pagefind-ui__result-link");
      // Five results a page: load the rest.
      while (await page.locator(".pagefind-ui__button").isVisible())
        await page.locator(".pagefind-ui__button").click();
      const links = await page.$$eval(".pagefind-ui__result-link", (items) =>
        items.map((item) => item.getAttribute("href")!),
      );
      expect(new Set(links.map((link) => link.split("/")[1]))).toEqual(new Set(COUNTIES));
      for (const link of links.filter((link) => !link.includes("#")))
        expect((await fetch(`${site.origin}${link}`)).status, link).toBe(200);
      await expect(page.locator(".pagefind-ui__result-title").first().textContent()).resolves.toMatch(
        /-county · /,
      );
      expect(trouble).toEqual({
        consoleErrors: [],
        pageErrors: [],
        failedRequests: [],
        externalRequests: [],
      });
    } finally {
      await browser.close();
      await site.close();
    }
  });
});
