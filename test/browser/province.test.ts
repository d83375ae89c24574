import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { promisify } from "node:util";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, skipBrowserTests, watchPage, NO_TROUBLE } from "../helpers/browser.ts";
import { PROJECT_ROOT } from "../helpers/fixture.ts";
import { writeFixtureContent } from "../helpers/fixture-site.ts";
import { serveStatic } from "../helpers/static-server.ts";

/**
 * `npm run province` on three counties of two towns each (the fixture site's content): each
 * county built under its own address, several at once, again only where something changed,
 * and a front page whose full-text search finds the duties of every county, and whose
 * 谁负责？ answers from every county's towns.
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
    expect(page).toMatch(/<link rel="stylesheet" href="\/north-county\/_astro\/[^"]+\.css">/);
  });

  it("builds only the county --only names, into a folder of its own, and leaves the front page to the last run", async () => {
    const own = join(scratch, "one-county");
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["scripts/province.ts", counties, "--out", own, "--only", "north-county"],
      { cwd: PROJECT_ROOT },
    );
    expect(stdout).toMatch(/✓ north-county 已构建/);
    expect(stdout).toContain("全省首页由最后一次不带 --only 的运行写出");
    expect(readdirSync(own)).toEqual(["north-county"]);
  }, 120_000);

  it("stops with the county to build again when a county's site lacks its lookup page, and builds nothing", async () => {
    const copy = join(scratch, "cut-short");
    cpSync(out, copy, { recursive: true });
    rmSync(join(copy, "east-county", "lookup", "index.html"));
    const run = promisify(execFile)(process.execPath, ["scripts/province.ts", counties, "--out", copy], {
      cwd: PROJECT_ROOT,
    });
    await expect(run).rejects.toMatchObject({
      stderr: expect.stringContaining("east-county 的站点不完整（没有 lookup/index.html）"),
    });
    await expect(run).rejects.toMatchObject({ stdout: expect.not.stringContaining("已构建") });
  });

  it("rebuilds nothing when nothing changed, and only the county whose content changed", () => {
    expect(again).toContain("重建 0 个");
    expect(afterEdit).toContain("重建 1 个");
    expect(afterEdit).toMatch(/✓ west-county 已构建/);
    expect(afterEdit).toMatch(/· east-county 未改动，跳过/);
    expect(readFileSync(join(out, "west-county", "testtown", "index.html"), "utf8")).toContain("测试西镇");
  });
});

/** Serves the province, runs `visit` in a Chromium page, and expects no error, failed or outside request. */
async function inChromium(visit: (page: Page, origin: string) => Promise<void>): Promise<void> {
  const site = await serveStatic(out, "/");
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const trouble = await watchPage(page, site.origin);
    await visit(page, site.origin);
    expect(trouble).toEqual(NO_TROUBLE);
  } finally {
    await browser.close();
    await site.close();
  }
}

describe.skipIf(skipBrowserTests)("the province's front page in Chromium", () => {
  it("finds a duty of every county in one search, each result under its county's address", async () => {
    await inChromium(async (page, origin) => {
      await page.goto(`${origin}/?q=${encodeURIComponent("水库")}`);
      await page.waitForSelector(".pagefind-ui__result-link");
      // Five results a page: load the rest.
      while (await page.locator(".pagefind-ui__button").isVisible())
        await page.locator(".pagefind-ui__button").click();
      const links = await page.$$eval(".pagefind-ui__result-link", (items) =>
        items.map((item) => item.getAttribute("href")!),
      );
      expect(new Set(links.map((link) => link.split("/")[1]))).toEqual(new Set(COUNTIES));
      for (const link of links.filter((link) => !link.includes("#")))
        expect((await fetch(`${origin}${link}`)).status, link).toBe(200);
      await expect(page.locator(".pagefind-ui__result-title").first().textContent()).resolves.toMatch(
        /-county · /,
      );
    });
  });
});

/** The answers' towns as the page keys them, and the units they link to. */
async function answersOf(page: Page): Promise<{ towns: string[]; units: string[]; headings: string[] }> {
  return {
    towns: await page.$$eval("#lookup-answers section.town-answers", (items) =>
      items.map((item) => (item as HTMLElement).dataset["jurisdiction"]!),
    ),
    units: await page.$$eval("#lookup-answers li.answer a.answer-unit", (items) =>
      items.map((item) => item.getAttribute("href")!),
    ),
    headings: await page.$$eval(".town-answers-heading", (items) => items.map((item) => item.textContent!)),
  };
}

describe.skipIf(skipBrowserTests)("the province's 谁负责？ in Chromium", () => {
  it("answers from every county's towns, each town its own though two counties share its id, first from under 200 KB gzipped", async () => {
    await inChromium(async (page, origin) => {
      const sent: Array<Promise<number>> = [];
      page.on("response", (response) =>
        sent.push(
          response.body().then(
            (body) => gzipSync(body).length,
            () => 0,
          ),
        ),
      );
      await page.goto(`${origin}/lookup/?town=all&q=${encodeURIComponent("消防")}`);
      await page.waitForSelector("#lookup-answers li.answer");
      // The county site's stylesheet applies: the notice for pages opened from disk is hidden.
      await expect(page.locator("#needs-server").isVisible()).resolves.toBe(false);
      await expect(page.locator("#lookup-other-towns").isVisible()).resolves.toBe(false);
      const firstAnswerBytes = (await Promise.all(sent)).reduce((sum, bytes) => sum + bytes, 0);
      expect(firstAnswerBytes).toBeLessThan(200_000);
      if (await page.locator("#lookup-more-towns-button").isVisible()) {
        await page.locator("#lookup-more-towns-button").click();
        await page.waitForSelector("#lookup-more-towns", { state: "hidden" });
      }
      const all = await answersOf(page);
      // Two towns a county, both counties' testtown kept apart by their county.
      expect(new Set(all.towns).size).toBe(COUNTIES.length * 2);
      expect(new Set(all.towns.map((town) => town.split("/")[0]))).toEqual(new Set(COUNTIES));
      expect(all.headings.some((heading) => heading.includes("测试西镇（west-county）"))).toBe(true);
      for (const unit of new Set(all.units)) {
        expect(COUNTIES).toContain(unit.split("/")[1]);
        expect((await fetch(`${origin}${unit}`)).status, unit).toBe(200);
      }

      await page.goto(`${origin}/lookup/?town=west-county/testtown&q=${encodeURIComponent("消防")}`);
      await page.waitForSelector("#lookup-answers li.answer");
      const one = await answersOf(page);
      expect(new Set(one.towns)).toEqual(new Set(["west-county/testtown"]));
      expect(one.units.every((unit) => unit.startsWith("/west-county/testtown/"))).toBe(true);
      await expect(page.locator(".answer-summary-text").first().textContent()).resolves.toContain("测试西镇");
    });
  });
});
