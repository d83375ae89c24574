import { describe, expect, inject, it } from "vitest";
import { skipBrowserTests, useChromium, watchPage, NO_TROUBLE } from "../helpers/browser.ts";

const baseUrl = inject("baseUrl");
const chromium = useChromium();

async function open(path: string, width: number) {
  const page = await chromium().newPage({ viewport: { width, height: 900 } });
  const trouble = await watchPage(page, baseUrl);
  const response = await page.goto(`${baseUrl}${path}`, { waitUntil: "networkidle" });
  return { page, trouble, status: response?.status() };
}

describe.skipIf(skipBrowserTests)("pages in Chromium", () => {
  for (const width of [1280, 390]) {
    it(`loads the matrix page at ${width} px without console errors or outside requests`, async () => {
      const { page, trouble, status } = await open("/zhangshanzi/", width);
      expect(status).toBe(200);
      expect(trouble).toEqual(NO_TROUBLE);
      if (width >= 1000) {
        await expect(page.locator("table.matrix").isVisible()).resolves.toBe(true);
        expect(await page.locator("table.matrix thead th.unit-head").count()).toBeGreaterThanOrEqual(30);
        // The wide matrix scrolls in its own box; the page itself never scrolls sideways.
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, "the page must not scroll sideways").toBeLessThanOrEqual(0);
      } else {
        // Phones get the per-sector list; the wide table is hidden there.
        await expect(page.locator(".sector-list").isVisible()).resolves.toBe(true);
        await expect(page.locator("table.matrix").isVisible()).resolves.toBe(false);
        await expect(
          page.locator(".sector-list summary", { hasText: "烟花爆竹" }).textContent(),
        ).resolves.toContain("派出所");
      }
      await page.close();
    });

    it(`loads a unit page at ${width} px without console errors, showing its duties`, async () => {
      const { page, trouble, status } = await open("/zhangshanzi/units/police-station/", width);
      expect(status).toBe(200);
      expect(trouble).toEqual(NO_TROUBLE);
      await expect(page.locator("h1").textContent()).resolves.toBe("张山子派出所");
      await expect(page.locator("#d-s4c2i6p3 .duty-text").textContent()).resolves.toBe(
        "负责民用爆炸物品和烟花爆竹公共安全管理；",
      );
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, "the page must not scroll sideways").toBeLessThanOrEqual(0);
      await page.close();
    });
  }

  it("puts the town's calendar and rules a click away, in the first screen of each of its pages", async () => {
    for (const width of [1280, 390])
      for (const path of [
        "/zhangshanzi/",
        "/zhangshanzi/units/police-station/",
        "/zhangshanzi/calendar/",
        "/rules/zhangshanzi/",
        "/zhangshanzi/coverage/",
      ]) {
        const { page } = await open(path, width);
        for (const [label, href] of [
          ["工作日历", "/zhangshanzi/calendar/"],
          ["考核与追究", "/rules/zhangshanzi/"],
        ] as const) {
          const link = page.locator("[data-town-nav] a", { hasText: label });
          await expect(link.getAttribute("href"), `${path} ${width}`).resolves.toBe(href);
          const box = await link.boundingBox();
          expect(box!.y + box!.height, `${path} ${width}: ${label}`).toBeLessThanOrEqual(900);
        }
        await page.close();
      }
  });

  it("keeps the matrix header row in view while the table scrolls", async () => {
    const { page } = await open("/zhangshanzi/", 1280);
    const scroller = page.locator(".matrix-scroll");
    const before = await page.locator("th.unit-head").first().boundingBox();
    await scroller.evaluate((el) => el.scrollBy(0, 400));
    const after = await page.locator("th.unit-head").first().boundingBox();
    expect(after?.y).toBeCloseTo(before!.y, 0);
    await page.close();
  });

  it("keeps a long source's chapter index beside the text while it scrolls, and jumps to a chapter", async () => {
    const { page, trouble } = await open("/sources/zhangshanzi-2020-47/", 1280);
    await page.evaluate(() => window.scrollTo(0, 12_000));
    const toc = await page.locator("nav.source-toc").boundingBox();
    expect(toc!.y).toBeGreaterThanOrEqual(0);
    expect(toc!.y).toBeLessThan(50);
    await page.locator("nav.source-toc a", { hasText: "五、有关要求" }).click();
    await expect(page.locator(":target").getAttribute("data-clause")).resolves.toBe("五");
    // The second level is listed for the long chapters: 四's (一) and (二).
    await expect(page.locator("nav.source-toc li li a").allTextContents()).resolves.toEqual(
      expect.arrayContaining(["（一）共同职责", "四(二) 具体职责"]),
    );
    expect(trouble).toEqual(NO_TROUBLE);
    await page.close();
  });

  it("gives a phone a chapter bar that stays on top and a back-to-top button", async () => {
    const { page } = await open("/sources/collection-2023/", 390);
    await page.evaluate(() => window.scrollTo(0, 20_000));
    const bar = page.locator("details.source-toc-bar");
    expect((await bar.boundingBox())!.y).toBeCloseTo(0, 0);
    await expect(page.locator(".back-to-top").isVisible()).resolves.toBe(true);
    await bar.locator("summary").click();
    await bar.locator("a", { hasText: "篇三" }).click();
    await expect(page.locator(":target").getAttribute("data-clause")).resolves.toBe("篇三");
    await page.locator(".back-to-top").click();
    await page.waitForFunction(() => window.scrollY < 200);
    await page.close();
  });

  it("shows the coverage table on a phone as one card a sector, with the units' names", async () => {
    const { page } = await open("/zhangshanzi/coverage/", 390);
    const row = page.locator('.coverage-table tr[data-sector="occupational-health"]');
    expect((await row.locator("th").boundingBox())!.width).toBeGreaterThan(300);
    await expect(row.locator('td[data-label="其他单位"] a').allTextContents()).resolves.toContain("工会");
    await page.close();
  });

  it("lines the town page up with the header", async () => {
    const { page } = await open("/zhangshanzi/", 1280);
    const title = await page.locator(".site-title").boundingBox();
    const heading = await page.locator("main h1").boundingBox();
    expect(Math.abs(title!.x - heading!.x)).toBeLessThan(2);
    await page.close();
  });

  it("opens a guide on the home town, switches town, and remembers the choice for the guides and the lookup", async () => {
    const context = await chromium().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/guide/safety-deputy/`);
    await expect(page.locator("[data-guide-towns] [aria-current=page]").textContent()).resolves.toBe(
      "张山子镇",
    );
    await page.locator("[data-guide-towns] a", { hasText: "铜川镇" }).click();
    await page.waitForURL(/\/guide\/safety-deputy\/tongchuan\/$/);
    const towns = await page.$$eval("[data-duty-id]", (items) =>
      items.map((item) => (item as HTMLElement).dataset["dutyId"]!.split("/")[0]),
    );
    expect(new Set(towns)).toEqual(new Set(["tongchuan"]));
    // Another guide, and the lookup, now open on 铜川镇 too.
    await page.goto(`${baseUrl}/guide/mayor/`);
    await page.waitForURL(/\/guide\/mayor\/tongchuan\/$/);
    await page.goto(`${baseUrl}/lookup/`);
    await page.waitForSelector("html[data-lookup-ready='tongchuan']");
    await context.close();
  });

  it("jumps from a duty's clause link to that clause on the source page", async () => {
    const { page, trouble } = await open("/zhangshanzi/units/police-station/", 1280);
    await page.locator("#d-s4c2i6p3 a.clause-ref").click();
    await page.waitForURL(/\/sources\/zhangshanzi-2020-47\/#s4c2i6p3$/);
    await expect(page.locator(":target").getAttribute("data-clause")).resolves.toBe("四(二)6(3)");
    expect(trouble).toEqual(NO_TROUBLE);
    await page.close();
  });

  it("prints the common duties that apply even while their section is collapsed", async () => {
    const { page } = await open("/zhangshanzi/units/police-station/", 1280);
    const bodyVisibility = () =>
      page
        .locator(".applies details")
        .evaluate((d) => getComputedStyle(d, "::details-content").contentVisibility);
    await expect(bodyVisibility()).resolves.toBe("hidden");
    await page.emulateMedia({ media: "print" });
    await expect(bodyVisibility()).resolves.toBe("visible");
    await expect(page.locator("a.no-print").first().isVisible()).resolves.toBe(false);
    await page.close();
  });

  it("finds a duty through full-text search", async () => {
    const { page, trouble } = await open("/search/?q=烟花爆竹", 1280);
    await page.locator(".pagefind-ui__result").first().waitFor({ timeout: 10_000 });
    const links = await page
      .locator(".pagefind-ui__result a")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(links.some((href) => href?.includes("/zhangshanzi/units/police-station/"))).toBe(true);
    expect(trouble).toEqual(NO_TROUBLE);
    await page.close();
  });
});
