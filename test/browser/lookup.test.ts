import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { ROLES } from "../../src/domain/index.ts";
import { launchChromium, skipBrowserTests, watchPage, type PageTrouble } from "../helpers/browser.ts";

const baseUrl = inject("baseUrl");
let browser: Browser;
let page: Page;
let trouble: PageTrouble;

const ZSZ = "zhangshanzi";

/**
 * Everyday queries a clerk would type, each with the units (as printed in the sources)
 * that must be among the first three answers. The words are everyday ones on purpose:
 * most never occur in the duty text that answers them.
 */
const EVERYDAY_QUERIES: Array<{ query: string; top3: Array<[unit: string, town: string]> }> = [
  { query: "液化气", top3: [["张山子镇乡村规划建设监督管理办公室", ZSZ]] },
  { query: "煤气罐", top3: [["张山子镇乡村规划建设监督管理办公室", ZSZ]] },
  { query: "网吧", top3: [["镇文旅办", ZSZ]] },
  { query: "拖拉机载人", top3: [["镇农机站", ZSZ]] },
  { query: "农用车拉人", top3: [["各村", "collection-2023-part1"]] },
  {
    query: "校车",
    top3: [
      ["张山子交警中队", ZSZ],
      ["镇教委", ZSZ],
    ],
  },
  { query: "煤气中毒", top3: [["镇卫生院", ZSZ]] },
  { query: "小旅馆", top3: [["张山子派出所", ZSZ]] },
  { query: "快递", top3: [["张山子邮政支局", ZSZ]] },
  { query: "渔船", top3: [["镇畜牧水产站", ZSZ]] },
  { query: "农村家宴", top3: [["各村", "collection-2023-part1"]] },
  { query: "坝坝宴", top3: [["各村", "collection-2023-part1"]] },
  { query: "敬老院", top3: [["镇民政所", ZSZ]] },
  { query: "庙会", top3: [["张山子派出所", ZSZ]] },
  { query: "酒驾", top3: [["张山子交警中队", ZSZ]] },
  { query: "电梯", top3: [["张山子市场监管所", ZSZ]] },
  { query: "锅炉", top3: [["张山子市场监管所", ZSZ]] },
  { query: "水库", top3: [["镇水利站", ZSZ]] },
  { query: "山火", top3: [["镇林果桑蚕站", ZSZ]] },
  { query: "危房", top3: [["张山子镇乡村规划建设监督管理办公室", ZSZ]] },
  { query: "农药", top3: [["镇农业推广办公室", ZSZ]] },
  { query: "杀猪", top3: [["镇畜牧水产站", ZSZ]] },
  {
    query: "雷管",
    top3: [
      ["镇经委", ZSZ],
      ["张山子派出所", ZSZ],
    ],
  },
  { query: "职业病", top3: [["镇卫生院", ZSZ]] },
  { query: "无照经营", top3: [["张山子市场监管所", ZSZ]] },
  { query: "广告牌", top3: [["镇行政执法分局", ZSZ]] },
  { query: "渡船", top3: [["镇建设管理办公室", ZSZ]] },
  { query: "采砂", top3: [["张山子国土所", ZSZ]] },
  { query: "医疗废物", top3: [["镇卫生院", ZSZ]] },
  { query: "药店", top3: [["张山子食药监所", ZSZ]] },
  { query: "农家乐", top3: [["镇文旅办", ZSZ]] },
  { query: "停电", top3: [["张山子供电站", ZSZ]] },
  { query: "农民工", top3: [["镇劳动和社会保障所", ZSZ]] },
  { query: "溺水", top3: [["镇教委", ZSZ]] },
  { query: "扶贫", top3: [["镇扶贫办", ZSZ]] },
  { query: "着火", top3: [["张山子派出所", ZSZ]] },
  { query: "九小场所", top3: [["张山子派出所", ZSZ]] },
  { query: "公安", top3: [["张山子派出所", ZSZ]] },
  { query: "安监站", top3: [["镇应急管理办公室", ZSZ]] },
  { query: "天然气泄漏", top3: [["张山子镇乡村规划建设监督管理办公室", ZSZ]] },
];

beforeAll(async () => {
  if (skipBrowserTests) return;
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  trouble = await watchPage(page, baseUrl);
  await page.goto(`${baseUrl}/lookup/`);
  await page.waitForSelector("html[data-lookup-ready='all']");
});
afterAll(async () => {
  await browser?.close();
});

/** Types the query key by key into the box, as a clerk does, and waits for its answers. */
async function typeQuery(query: string): Promise<Array<{ unit: string; town: string; role: string }>> {
  await page.fill("#lookup-q", "");
  await page.locator("#lookup-q").pressSequentially(query);
  await page.waitForFunction((q) => document.getElementById("lookup-answers")?.dataset["query"] === q, query);
  return page.$$eval("#lookup-answers > [data-unit-name]", (items) =>
    items.map((item) => ({
      unit: (item as HTMLElement).dataset["unitName"]!,
      town: (item as HTMLElement).dataset["jurisdiction"]!,
      role: (item as HTMLElement).dataset["role"]!,
    })),
  );
}

describe.skipIf(skipBrowserTests)("谁负责？ lookup in Chromium", () => {
  it(`finds the responsible unit in the top three for ${EVERYDAY_QUERIES.length} everyday queries typed into the box`, async () => {
    const misses: string[] = [];
    for (const { query, top3 } of EVERYDAY_QUERIES) {
      const answers = (await typeQuery(query)).slice(0, 3);
      for (const [unit, town] of top3) {
        if (!answers.some((answer) => answer.unit === unit && answer.town === town))
          misses.push(`${query} → ${unit} (${town}); got ${answers.map((a) => a.unit).join("、")}`);
      }
    }
    expect(misses).toEqual([]);
    expect(EVERYDAY_QUERIES.length).toBeGreaterThanOrEqual(30);
  });

  it("puts the police station, which leads on fireworks, before the market regulator, which assists", async () => {
    const answers = await typeQuery("烟花爆竹");
    const police = answers.findIndex((a) => a.unit === "张山子派出所");
    const market = answers.findIndex((a) => a.unit === "张山子市场监管所");
    expect(police).toBe(0);
    expect(market).toBeGreaterThan(police);
    expect(answers[market]!.role).toBe("assist");
  });

  it("lists answers strongest role first among those matching the same words", async () => {
    const answers = await typeQuery("烟花爆竹");
    const ranks = answers.map((a) => ROLES.indexOf(a.role as (typeof ROLES)[number]));
    expect(ranks.every((rank) => rank >= 0)).toBe(true);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it("ranks units by how many words of a two-word query they match, and says which matched", async () => {
    const answers = await typeQuery("拖拉机 载人");
    expect(answers.slice(0, 2).map((a) => a.unit)).toContain("镇农机站");
    const farm = page.locator("#lookup-answers > [data-unit-name='镇农机站']");
    await expect(farm.locator(".answer-matched").textContent()).resolves.toBe("匹配：拖拉机、载人");
    await expect(page.locator("#lookup-words").textContent()).resolves.toContain("载人 → 载客");
    // The duty prints 载客, not 载人: both words are marked where the text has them.
    await expect(farm.locator("mark").allTextContents()).resolves.toEqual(["拖拉机", "载客"]);
  });

  it("answers queries of one to six characters", async () => {
    for (const query of ["火", "电梯", "液化气", "烟花爆竹", "拖拉机载人", "小孩下河游泳"]) {
      expect((await typeQuery(query)).length, query).toBeGreaterThan(0);
    }
  });

  it("links each answer to its unit page and the clause of its source", async () => {
    await typeQuery("快递");
    const first = page.locator("#lookup-answers > li").first();
    await expect(first.locator(".answer-unit").getAttribute("href")).resolves.toBe(
      "/zhangshanzi/units/post-office/",
    );
    const clause = await first.locator("a.clause-ref").getAttribute("href");
    expect(clause).toMatch(/^\/sources\/zhangshanzi-2020-47\/#s4c2i29p\d$/);
    await expect(first.locator("a.clause-ref").textContent()).resolves.toContain("张发〔2020〕47号 四(二)29");
  });

  it("shows suggested sectors and a full-text link when nothing matches, never a blank page", async () => {
    expect(await typeQuery("qwxyz")).toEqual([]);
    await expect(page.locator("#lookup-empty").isVisible()).resolves.toBe(true);
    expect(await page.locator("#lookup-suggestions a").count()).toBeGreaterThanOrEqual(3);
    await expect(page.locator("#lookup-fulltext-link").getAttribute("href")).resolves.toBe(
      "/search/?q=qwxyz",
    );
    await expect(page.locator("#lookup-status").textContent()).resolves.toContain("没有找到");
  });

  it("made no outside request and logged no error while typing", () => {
    expect(trouble).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [], externalRequests: [] });
  });

  it("renders answers on load from /lookup/?q=, each with the answer contract's attributes", async () => {
    const fresh = await browser.newPage();
    await watchPage(fresh, baseUrl);
    await fresh.goto(`${baseUrl}/lookup/?q=${encodeURIComponent("烟花爆竹")}`);
    await fresh.waitForSelector("#lookup-answers > li");
    const contract = await fresh.$$eval("#lookup-answers > li", (items) =>
      items.map((item) => Object.keys((item as HTMLElement).dataset).sort()),
    );
    for (const keys of contract) expect(keys).toEqual(["jurisdiction", "role", "unitName"]);
    await expect(fresh.locator("#lookup-answers > li").first().getAttribute("data-unit-name")).resolves.toBe(
      "张山子派出所",
    );
    await expect(fresh.inputValue("#lookup-q")).resolves.toBe("烟花爆竹");
    await fresh.close();
  });

  it("searches one town with its own index when a town is chosen", async () => {
    const fresh = await browser.newPage();
    const requested: string[] = [];
    fresh.on("request", (request) => requested.push(new URL(request.url()).pathname));
    await fresh.goto(`${baseUrl}/lookup/?q=${encodeURIComponent("事故")}&town=tongchuan`);
    await fresh.waitForSelector("html[data-lookup-ready='tongchuan']");
    const towns = await fresh.$$eval("#lookup-answers > li", (items) =>
      items.map((item) => (item as HTMLElement).dataset["jurisdiction"]),
    );
    expect(towns.length).toBeGreaterThan(0);
    expect(new Set(towns)).toEqual(new Set(["tongchuan"]));
    expect(requested).toContain("/lookup/tongchuan.json");
    expect(requested).not.toContain("/lookup/all.json");
    await fresh.close();
  });

  it("takes the home page's search box to the lookup with the query", async () => {
    const fresh = await browser.newPage();
    await fresh.goto(`${baseUrl}/`);
    await fresh.fill("#q", "网吧");
    await fresh.press("#q", "Enter");
    await fresh.waitForSelector("#lookup-answers > li");
    expect(new URL(fresh.url()).pathname).toBe("/lookup/");
    await expect(fresh.locator("#lookup-answers > li").first().getAttribute("data-unit-name")).resolves.toBe(
      "镇文旅办",
    );
    await fresh.close();
  });
});

describe.skipIf(skipBrowserTests)("full-text search (Pagefind) in Chromium", () => {
  it("returns per-duty sub-results with deep links, and narrows by jurisdiction and role filters", async () => {
    const fresh = await browser.newPage();
    const outside = await watchPage(fresh, baseUrl);
    await fresh.goto(`${baseUrl}/search/`);
    // Passed as a string: the test runner would otherwise rewrite the dynamic import.
    const found = (await fresh.evaluate(`(async () => {
      const pagefind = await import("/pagefind/pagefind.js");
      const filters = await pagefind.filters();
      const all = await pagefind.search("九小场所");
      const first = await all.results[0].data();
      const narrowed = await pagefind.search("安全", { filters: { 辖区: "铜川镇", 责任类型: "配合" } });
      const narrowedUrls = await Promise.all(narrowed.results.map(async (r) => (await r.data()).url));
      const byAlias = await pagefind.search("煤气罐");
      const aliasUrls = await Promise.all(byAlias.results.map(async (r) => (await r.data()).url));
      return {
        filterNames: Object.keys(filters).sort(),
        firstUrl: first.url,
        subUrls: first.sub_results.map((s) => s.url),
        narrowedUrls,
        aliasUrls,
      };
    })()`)) as {
      filterNames: string[];
      firstUrl: string;
      subUrls: string[];
      narrowedUrls: string[];
      aliasUrls: string[];
    };
    expect(found.filterNames).toEqual(["主体类别", "责任类型", "辖区", "领域"]);
    expect(found.firstUrl).toBe("/zhangshanzi/units/police-station/");
    expect(found.subUrls).toContain("/zhangshanzi/units/police-station/#d-s4c2i6p5");
    expect(found.narrowedUrls.length).toBeGreaterThan(0);
    for (const url of found.narrowedUrls) expect(url).toMatch(/^\/tongchuan\//);
    // 煤气罐 is printed nowhere; the sector's aliases make the gas lead findable anyway.
    expect(found.aliasUrls).toContain("/zhangshanzi/units/planning-office/");
    expect(outside.externalRequests).toEqual([]);
    await fresh.close();
  });

  it("shows results for /search/?q= with the filter panel, in Chinese", async () => {
    const fresh = await browser.newPage();
    await fresh.goto(`${baseUrl}/search/?q=${encodeURIComponent("烟花爆竹")}`);
    await fresh.waitForSelector(".pagefind-ui__result");
    await fresh.waitForSelector(".pagefind-ui__filter-panel :text('辖区')");
    await expect(fresh.locator(".pagefind-ui__message").textContent()).resolves.toContain("烟花爆竹");
    await fresh.close();
  });
});
