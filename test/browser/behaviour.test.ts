import { readFileSync } from "node:fs";
import JSZip from "jszip";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium, skipBrowserTests, watchPage, NO_TROUBLE } from "../helpers/browser.ts";
import { docxText } from "../helpers/docx.ts";
import { FIXTURE_TOWNS } from "../helpers/fixture-site.ts";

/**
 * What the pages do — the lookup's box, town picker and address, the booklet's picker, the
 * print buttons — on the small fixture site (two towns of two units each), so these tests
 * hold whatever the real documents say.
 */
const site = inject("fixtureUrl");
const { first, second } = FIXTURE_TOWNS;
const ANSWER = "#lookup-answers li.answer";

let browser: Browser;
beforeAll(async () => {
  if (!skipBrowserTests) browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The names on the answer cards, once the answers for `query` are shown. */
async function answersFor(page: Page, query: string): Promise<string[]> {
  await page.waitForFunction((q) => document.getElementById("lookup-answers")?.dataset["query"] === q, query);
  return page.$$eval(ANSWER, (items) => items.map((item) => (item as HTMLElement).dataset["unitName"]!));
}

describe.skipIf(skipBrowserTests)("the lookup page's behaviour", () => {
  it("answers as the clerk types, and puts the query and the town in the address so a reload shows the same", async () => {
    const page = await browser.newPage();
    const trouble = await watchPage(page, site);
    await page.goto(`${site}/lookup/?town=${first}`);
    await page.waitForSelector(`html[data-lookup-ready='${first}']`);
    await page.locator("#lookup-q").pressSequentially("消防");
    expect(await answersFor(page, "消防")).toEqual(["测试派出所"]);
    await page.waitForFunction(() => new URL(location.href).searchParams.get("q") === "消防");
    expect(new URL(page.url()).searchParams.get("town")).toBe(first);
    // Checked before the reload, which may cut short a request still under way (the favicon).
    expect(trouble).toEqual(NO_TROUBLE);
    await page.reload();
    await page.waitForSelector(`html[data-lookup-ready='${first}']`);
    await expect(page.inputValue("#lookup-q")).resolves.toBe("消防");
    expect(await answersFor(page, "消防")).toEqual(["测试派出所"]);
    await page.close();
  });

  it("remembers the chosen town for the next visit and the home page's box", async () => {
    const page = await browser.newPage();
    await page.goto(`${site}/lookup/`);
    await page.waitForSelector("html[data-lookup-ready]");
    await page.selectOption("#lookup-town", second);
    await page.waitForSelector(`html[data-lookup-ready='${second}']`);
    await page.goto(`${site}/lookup/`);
    await page.waitForSelector(`html[data-lookup-ready='${second}']`);
    await expect(page.inputValue("#lookup-town")).resolves.toBe(second);
    await page.goto(`${site}/`);
    await page.fill("#q", "液化气");
    await page.press("#q", "Enter");
    await page.waitForSelector(ANSWER);
    expect(new URL(page.url()).pathname).toBe("/lookup/");
    const towns = await page.$$eval(ANSWER, (items) =>
      items.map((item) => (item as HTMLElement).dataset["jurisdiction"]),
    );
    expect(new Set(towns)).toEqual(new Set([second]));
    await page.close();
  });

  it("groups all towns' answers by town when 全部辖区 is chosen", async () => {
    const page = await browser.newPage();
    await page.goto(`${site}/lookup/?town=all&q=${encodeURIComponent("消防")}`);
    await page.waitForSelector(ANSWER);
    const towns = await page.$$eval(ANSWER, (items) =>
      items.map((item) => (item as HTMLElement).dataset["jurisdiction"]),
    );
    expect(new Set(towns)).toEqual(new Set([first, second]));
    await page.close();
  });

  it("never leaves a blank page: suggested sectors, the full-text link and the documents' own rules when nothing matches", async () => {
    const page = await browser.newPage();
    await page.goto(`${site}/lookup/?town=${first}`);
    await page.waitForSelector(`html[data-lookup-ready='${first}']`);
    await page.locator("#lookup-q").pressSequentially("qwxyz");
    expect(await answersFor(page, "qwxyz")).toEqual([]);
    await expect(page.locator("#lookup-empty").isVisible()).resolves.toBe(true);
    expect(await page.locator("#lookup-suggestions a").count()).toBeGreaterThan(0);
    await expect(page.locator("#lookup-fulltext-link").getAttribute("href")).resolves.toBe(
      "/search/?q=qwxyz",
    );
    await expect(page.locator("#lookup-fulltext-link").textContent()).resolves.toContain("qwxyz");
    await expect(page.locator("#lookup-status").textContent()).resolves.toContain("没有找到");
    await page.close();
  });

  it("makes every link and button of an answer at least 44 px tall on a phone", async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(`${site}/lookup/?town=${first}&q=${encodeURIComponent("燃气")}`);
    await phone.waitForSelector(ANSWER);
    const heights = await phone.$$eval(
      `${ANSWER} a, ${ANSWER} button, ${ANSWER} summary, .copy-summary`,
      (items) => items.map((item) => [item.textContent, item.getBoundingClientRect().height] as const),
    );
    expect(heights.length).toBeGreaterThan(2);
    expect(heights.filter(([, height]) => height < 44)).toEqual([]);
    await phone.close();
  });
});

describe.skipIf(skipBrowserTests)("the print pages' behaviour", () => {
  it("prints only the units ticked in the booklet, and keeps the choice in the address", async () => {
    const page = await browser.newPage();
    const trouble = await watchPage(page, site);
    await page.goto(`${site}/${first}/print/?units=police`);
    await page.emulateMedia({ media: "print" });
    const printed = () =>
      page.$$eval(".sheet[data-unit], .contents tr[data-unit]", (items) =>
        items
          .filter((item) => getComputedStyle(item).display !== "none")
          .map((item) => `${item.tagName}:${(item as HTMLElement).dataset["unit"]}`),
      );
    expect(await printed()).toEqual(["TR:police", "ARTICLE:police"]);
    await page.emulateMedia({ media: "screen" });
    await page.getByRole("button", { name: "全选" }).click();
    await page.emulateMedia({ media: "print" });
    expect(await printed()).toHaveLength(4);
    expect(new URL(page.url()).searchParams.has("units")).toBe(false);
    await page.emulateMedia({ media: "screen" });
    await page
      .locator("#sheet-picker-details")
      .evaluate((details) => ((details as HTMLDetailsElement).open = true));
    await page.getByLabel(/测试水利站/).uncheck();
    expect(new URL(page.url()).searchParams.get("units")?.split(",")).toEqual(["police"]);
    expect(trouble.consoleErrors).toEqual([]);
    await page.close();
  });

  it("makes the booklet's Word file in the browser, on click and on opening ?download=docx", async () => {
    const page = await browser.newPage();
    await page.goto(`${site}/${first}/print/`);
    const [clicked] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "下载 Word" }).click(),
    ]);
    expect(clicked.suggestedFilename()).toBe("测试镇安全生产职责清单汇编.docx");
    const text = await docxText(new Uint8Array(readFileSync((await clicked.path())!)));
    expect(text).toContain("负责消防安全监督管理");
    expect(text).toContain("每季度至少检查1次水库安全");
    const [opened] = await Promise.all([
      page.waitForEvent("download"),
      page.goto(`${site}/${first}/print/?download=docx`),
    ]);
    expect(opened.suggestedFilename()).toBe(clicked.suggestedFilename());
    await page.close();
  });

  it("makes the town's 清单 as an Excel workbook in the browser, on click and on opening ?download=xlsx", async () => {
    const page = await browser.newPage();
    await page.goto(`${site}/${first}/`);
    const [clicked] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Excel 表格" }).click(),
    ]);
    expect(clicked.suggestedFilename()).toBe("测试镇职责清单.xlsx");
    const zip = await JSZip.loadAsync(readFileSync((await clicked.path())!));
    const strings = await zip.file("xl/sharedStrings.xml")!.async("string");
    expect(strings).toContain("负责消防安全监督管理；");
    expect(await zip.file("xl/worksheets/sheet1.xml")!.async("string")).toContain('fitToWidth="1"');
    const [opened] = await Promise.all([
      page.waitForEvent("download"),
      page.goto(`${site}/${first}/?download=xlsx`),
    ]);
    expect(opened.suggestedFilename()).toBe(clicked.suggestedFilename());
    await page.close();
  });

  it("makes the 县域对照 as an Excel workbook in the browser, with every town, on click", async () => {
    const page = await browser.newPage();
    await page.goto(`${site}/county/`);
    const [clicked] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "下载 Excel（.xlsx）" }).click(),
    ]);
    expect(clicked.suggestedFilename()).toBe("县域对照.xlsx");
    const zip = await JSZip.loadAsync(readFileSync((await clicked.path())!));
    const strings = await zip.file("xl/sharedStrings.xml")!.async("string");
    for (const town of ["测试镇", "样例乡"]) expect(strings).toContain(town);
    expect(await zip.file("xl/worksheets/sheet1.xml")!.async("string")).toContain('fitToWidth="1"');
    await page.waitForFunction(() =>
      document.querySelector("[data-download-status]")?.textContent?.includes("已生成：县域对照.xlsx"),
    );
    await page.close();
  });

  it("keeps 连续排版 in the address, with boxes of at least 24 px", async () => {
    const page = await browser.newPage();
    await page.goto(`${site}/${first}/print/`);
    await page
      .locator("#sheet-picker-details")
      .evaluate((details) => ((details as HTMLDetailsElement).open = true));
    const box = await page.locator('#sheet-picker input[name="unit"]').first().boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(24);
    expect(box!.height).toBeGreaterThanOrEqual(24);
    await page.getByLabel(/连续排版/).check();
    await page.waitForURL(/layout=continuous/);
    await page.goto(page.url());
    await expect(page.getByLabel(/连续排版/).isChecked()).resolves.toBe(true);
    await page.close();
  });

  it("opens the print dialog from the sheet's print button (a bundled script, not an inline handler)", async () => {
    const page = await browser.newPage();
    await page.goto(`${site}/${first}/print/police/`);
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await page.getByRole("button", { name: "打印职责清单" }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.close();
  });

  it("hides navigation and search when printing an ordinary page", async () => {
    const page = await browser.newPage();
    await page.goto(`${site}/${first}/units/police/`);
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".site-header").isVisible()).resolves.toBe(false);
    await expect(page.locator(".print-links").isVisible()).resolves.toBe(false);
    await page.close();
  });
});
