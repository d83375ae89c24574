import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import writeExcelFile from "write-excel-file/node";
import { parse, type HTMLElement } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeSyntheticContent } from "../../scripts/synthetic.ts";
import { COUNTY_GAP_LABEL } from "../../src/lib/county/index.ts";
import {
  countyOverviewWorkbook,
  withPrintSetup,
  type CountyOverviewTables,
} from "../../src/lib/export/index.ts";
import { GENERAL_SECTOR } from "../../src/domain/index.ts";
import { leadUnitsForSector } from "../../src/lib/model/index.ts";
import { skipBrowserTests, useChromium, watchPage, NO_TROUBLE } from "../helpers/browser.ts";
import { brokenLinks, builtPages, text } from "../helpers/built-site.ts";
import { modelOf, PROJECT_ROOT } from "../helpers/fixture.ts";
import { serveStatic } from "../helpers/static-server.ts";

/**
 * Two deployments beside the sample site (which the other site tests build): one real town
 * with its office's contacts, and a county of 12 synthetic towns. Each is built from its own
 * content folder with its own content/site.yaml, as an office would build it.
 */
const scratch = mkdtempSync(join(tmpdir(), "duty-matrix-deployments-"));
const TODAY = new Date().toISOString().slice(0, 10);

/** Builds a content folder into its own dist/; returns the build's log. */
function build(content: string, out: string): string {
  const result = spawnSync("npx", ["astro", "build", "--outDir", out], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      DUTY_MATRIX_CONTENT: content,
      BASE_PATH: "",
      SITE_URL: "",
    },
    encoding: "utf8",
  });
  const log = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) throw new Error(`astro build failed:\n${log}`);
  return log;
}

function pageIn(out: string, path: string): HTMLElement {
  return parse(readFileSync(join(out, path, path.endsWith(".html") ? "" : "index.html"), "utf8"));
}

// --- One real town, with contacts -------------------------------------------------------

const ONE = {
  content: join(scratch, "one", "content"),
  out: join(scratch, "one", "dist"),
  title: "山亭区张山子镇安全生产职责矩阵",
};
/** The units that lead 烟花爆竹 in 张山子镇 by its matrix: their contacts are what a 烟花爆竹 read-out names. */
const fireworksLeads: Array<{ slug: string; label: string; phone: string }> = [];
/** A unit whose contact was checked long ago, and one with none. */
const STALE = "emergency-office";
const WITHOUT = "water-station";

function writeOneTown(): void {
  cpSync(join(PROJECT_ROOT, "content"), ONE.content, { recursive: true });
  writeFileSync(
    join(ONE.content, "site.yaml"),
    `title: ${ONE.title}\nregion: 山东省枣庄市山亭区\ntowns: [zhangshanzi]\nhome: zhangshanzi\ncontactMaxAgeDays: 180\n`,
  );
  const model = modelOf(PROJECT_ROOT);
  const town = model.townById.get("zhangshanzi")!;
  leadUnitsForSector(town.matrix, "fireworks").forEach((key, index) => {
    const unit = model.units.get(key)!;
    fireworksLeads.push({
      slug: unit.slug,
      label: unit.label,
      phone: `0632-88${String(index).padStart(5, "0")}`,
    });
  });
  expect(fireworksLeads.length).toBeGreaterThan(0);
  const folder = join(ONE.content, "contacts", "zhangshanzi");
  mkdirSync(folder, { recursive: true });
  for (const lead of fireworksLeads)
    writeFileSync(
      join(folder, `${lead.slug}.yaml`),
      `unit: ${lead.slug}\nperson: 测试联系人\ndutyPhone: ${lead.phone}\nchecked: ${TODAY}\n`,
    );
  writeFileSync(
    join(folder, `${STALE}.yaml`),
    `unit: ${STALE}\nperson: 测试联系人\nofficePhone: "13812345678"\nchecked: 2020-01-01\n`,
  );
}

// --- A county of 12 synthetic towns -------------------------------------------------------

const COUNTY = {
  root: join(scratch, "county"),
  out: join(scratch, "county", "dist"),
  title: "某某县乡镇安全生产职责矩阵",
  base: "/xian/",
  siteUrl: "http://10.0.0.9",
};
/** The town whose 农机站 is made to assist instead of lead: the county shows its gap. */
const GAP_TOWN = "synthetic-3";
let countyTowns: Array<{ id: string; name: string }> = [];

function writeCounty(): void {
  countyTowns = writeSyntheticContent(12, COUNTY.root).towns;
  const content = join(COUNTY.root, "content");
  writeFileSync(
    join(content, "site.yaml"),
    `title: ${COUNTY.title}\nregion: 某某县\ntowns: [${countyTowns.map((town) => town.id).join(", ")}]\n` +
      `siteUrl: ${COUNTY.siteUrl}\nbasePath: ${COUNTY.base}\n`,
  );
  const unit = join(content, "units", GAP_TOWN, "farm-machinery-station.yaml");
  writeFileSync(unit, readFileSync(unit, "utf8").replace(/role: lead/g, "role: assist"));
}

let oneLog = "";
let countyLog = "";
beforeAll(() => {
  writeOneTown();
  oneLog = build(ONE.content, ONE.out);
  writeCounty();
  // site.yaml's basePath and siteUrl are the defaults: nothing set in the environment.
  const result = spawnSync("npx", ["astro", "build", "--outDir", COUNTY.out], {
    cwd: PROJECT_ROOT,
    env: {
      ...Object.fromEntries(
        Object.entries(process.env).filter(([key]) => key !== "BASE_PATH" && key !== "SITE_URL"),
      ),
      DUTY_MATRIX_CONTENT: join(COUNTY.root, "content"),
    },
    encoding: "utf8",
  });
  countyLog = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) throw new Error(`astro build failed:\n${countyLog}`);
}, 600_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("a one-town deployment (site.yaml serving 张山子镇, with contacts)", () => {
  it("carries the site's name on every page's title, header and footer", () => {
    expect(oneLog).toContain("Complete!");
    for (const path of ["/", "/lookup/", "/zhangshanzi/", `/zhangshanzi/units/${WITHOUT}/`]) {
      const html = pageIn(ONE.out, path);
      expect(text(html.querySelector("title")), path).toMatch(new RegExp(` · ${ONE.title}$`));
      expect(text(html.querySelector(".site-title")), path).toBe(ONE.title);
      expect(text(html.querySelector(".site-footer")), path).toContain(`${ONE.title} · 山东省枣庄市山亭区`);
    }
  });

  it("publishes that town only: no other town, no 范本 or 汇编, and no page that compares towns", () => {
    const pages = builtPages(ONE.out);
    const towns = new Set(
      pages.map((path) => path.split("/")[1]).filter((part) => part && !part.includes(".")),
    );
    for (const other of [
      "tongchuan",
      "xxzhen",
      "guangxi-template",
      "collection-2023-part1",
      "posts",
      "county",
      "sectors",
    ])
      expect(towns.has(other), other).toBe(false);
    const nav = pageIn(ONE.out, "/")
      .querySelectorAll(".site-nav a")
      .map((a) => text(a));
    expect(nav).toContain("张山子镇");
    expect(nav).not.toContain("岗位对照");
    expect(nav).not.toContain("县域对照");
    expect(brokenLinks(ONE.out)).toEqual([]);
  });

  it("has no town picker in the lookup, and the home page says the one town is what is asked", () => {
    expect(text(pageIn(ONE.out, "/").querySelector("[data-search-scope]"))).toBe("查的是张山子镇的文件。");
    const select = pageIn(ONE.out, "/lookup/").querySelector("#lookup-town")!;
    expect(select.hasAttribute("hidden")).toBe(true);
    expect(select.querySelectorAll("option").map((option) => option.getAttribute("value"))).toEqual([
      "zhangshanzi",
    ]);
  });

  it("shows a unit's contact as 本单位维护, marks an old one 待核实, and says where to add a missing one", () => {
    const lead = fireworksLeads[0]!;
    const card = pageIn(ONE.out, `/zhangshanzi/units/${lead.slug}/`).querySelector(".contact-card")!;
    expect(text(card)).toContain(lead.phone);
    expect(text(card)).toContain("本单位维护");
    expect(text(card)).not.toContain("待核实");
    expect(text(pageIn(ONE.out, `/zhangshanzi/units/${STALE}/`).querySelector(".contact-card"))).toContain(
      "待核实",
    );
    const missing = text(pageIn(ONE.out, `/zhangshanzi/units/${WITHOUT}/`).querySelector(".contact-missing"));
    expect(missing).toContain(`content/contacts/zhangshanzi/${WITHOUT}.yaml`);
    expect(missing).toContain("npm run edit");
  });

  it("prints the contact on the unit's duty sheet and its Word data, and gives it in /api/units.json", () => {
    const lead = fireworksLeads[0]!;
    const labels = pageIn(ONE.out, `/zhangshanzi/print/${lead.slug}/`).querySelectorAll(".sheet-meta dt");
    const sheet = text(labels.find((label) => text(label) === "联系")?.nextElementSibling);
    expect(sheet).toContain(`值班电话 ${lead.phone}（本单位维护，核实于 ${TODAY}）`);
    expect(readFileSync(join(ONE.out, "zhangshanzi", "word.json"), "utf8")).toContain(lead.phone);
    const units = JSON.parse(readFileSync(join(ONE.out, "api", "units.json"), "utf8")) as Array<{
      id: string;
      contact: { dutyPhone?: string; maintainedBy: string; stale: boolean } | null;
    }>;
    expect(units.find((unit) => unit.id === `zhangshanzi/${lead.slug}`)!.contact).toMatchObject({
      dutyPhone: lead.phone,
      maintainedBy: "本单位维护",
      stale: false,
    });
    expect(units.find((unit) => unit.id === `zhangshanzi/${STALE}`)!.contact?.stale).toBe(true);
    expect(units.find((unit) => unit.id === `zhangshanzi/${WITHOUT}`)!.contact).toBeNull();
  });
});

const chromium = useChromium();

describe.skipIf(skipBrowserTests)("the one-town deployment in Chromium", () => {
  it("reads out the lead's duty phone in the lookup's summary, marked as the office's own data", async () => {
    const server = await serveStatic(ONE.out, "/");
    try {
      const page = await chromium().newPage();
      const trouble = await watchPage(page, server.origin);
      await page.goto(`${server.origin}/lookup/?q=${encodeURIComponent("烟花爆竹")}`);
      await page.waitForSelector('html[data-lookup-ready="zhangshanzi"] #lookup-answers li.answer');
      expect(await page.isVisible("#lookup-town")).toBe(false);
      const summary = await page.textContent(".answer-summary");
      const named = fireworksLeads.filter((lead) => summary!.includes(lead.label));
      expect(named.length).toBeGreaterThan(0);
      for (const lead of named) expect(summary).toContain(`${lead.label}（值班电话 ${lead.phone}）`);
      expect(summary).toContain("本单位维护");
      expect(trouble).toEqual(NO_TROUBLE);
      await page.close();
    } finally {
      await server.close();
    }
  });
});

describe("a county deployment (site.yaml serving 12 towns, with its own address and sub-path)", () => {
  it("takes its sub-path and address from site.yaml, and prints no warning", () => {
    expect(countyLog).toContain("Complete!");
    expect(countyLog.split("\n").filter((line) => /\bWARN\b/.test(line))).toEqual([]);
    expect(brokenLinks(COUNTY.out, COUNTY.base)).toEqual([]);
    const ics = readFileSync(join(COUNTY.out, "synthetic-1", "calendar.ics"), "utf8").replace(/\r\n /g, "");
    expect(ics).toContain(`URL:${COUNTY.siteUrl}${COUNTY.base}synthetic-1/`);
  });

  it("publishes the 12 towns only, and links the county overview from the home page and the navigation", () => {
    const home = pageIn(COUNTY.out, "/");
    expect(
      home.querySelectorAll("[data-town-name]").map((card) => card.getAttribute("data-town-name")),
    ).toEqual(countyTowns.map((town) => town.name));
    expect(existsSync(join(COUNTY.out, "zhangshanzi"))).toBe(false);
    expect(existsSync(join(COUNTY.out, "guangxi-template"))).toBe(false);
    expect(home.querySelector(".county-link a")?.getAttribute("href")).toBe(`${COUNTY.base}county/`);
    expect(home.querySelectorAll(".site-nav a").map((a) => text(a))).toContain("县域对照");
    expect(text(home.querySelector("title"))).toBe(`谁负责？ · ${COUNTY.title}`);
  });

  it("sets each town's lead units per sector exactly as that town's own matrix marks them 主责", () => {
    const table = pageIn(COUNTY.out, "/county/").querySelector("#county-overview")!;
    const columns = table.querySelectorAll("thead th[data-town]").map((th) => th.getAttribute("data-town"));
    expect(columns).toEqual(countyTowns.map((town) => town.id));
    for (const town of countyTowns) {
      const matrix = pageIn(COUNTY.out, `/${town.id}/`);
      const fromMatrix = new Map(
        matrix.querySelectorAll("tr[data-sector]").map((row) => [
          row.getAttribute("data-sector")!,
          row
            .querySelectorAll('td[data-role="lead"]')
            .map((td) => td.getAttribute("data-unit"))
            .sort(),
        ]),
      );
      const fromCounty = new Map(
        table.querySelectorAll("tbody tr[data-sector]").map((row) => [
          row.getAttribute("data-sector")!,
          row
            .querySelector(`td[data-town="${town.id}"]`)!
            .querySelectorAll("a[data-unit]")
            .map((a) => a.getAttribute("data-unit"))
            .sort(),
        ]),
      );
      // 综合 is left out of the county table (every leader leads it); every other row is the matrix's.
      fromMatrix.delete(GENERAL_SECTOR);
      for (const [sector, leads] of fromMatrix)
        expect(fromCounty.get(sector), `${town.id} ${sector}`).toEqual(leads);
      for (const [sector, leads] of fromCounty)
        if (!fromMatrix.has(sector)) expect(leads, `${town.id} ${sector}`).toEqual([]);
    }
  });

  it("marks the sectors a town leaves without a lead while most towns name one, and only those", () => {
    const table = pageIn(COUNTY.out, "/county/").querySelector("#county-overview")!;
    const gaps = table
      .querySelectorAll("td.county-gap")
      .map((td) => [td.getAttribute("data-town"), td.parentNode!.getAttribute("data-sector")]);
    expect(gaps.length).toBeGreaterThan(0);
    for (const [town, sector] of gaps) {
      expect(town).toBe(GAP_TOWN);
      const row = table.querySelector(`tr[data-sector="${sector}"]`)!;
      const withLead = row.querySelectorAll("td").filter((td) => td.querySelector("a[data-unit]")).length;
      expect(withLead * 2).toBeGreaterThan(countyTowns.length);
    }
    const list = text(pageIn(COUNTY.out, "/county/").querySelector(".county-gap-list"));
    expect(list).toContain(countyTowns.find((town) => town.id === GAP_TOWN)!.name);
  });

  it("publishes the overview's tables, whose Excel workbook holds every town and the gaps", async () => {
    // No workbook is built: the page's button makes it in the browser, from overview.json.
    expect(existsSync(join(COUNTY.out, "county", "overview.xlsx"))).toBe(false);
    const tables = JSON.parse(
      readFileSync(join(COUNTY.out, "county", "overview.json"), "utf8"),
    ) as CountyOverviewTables;
    const { data, options } = countyOverviewWorkbook(tables);
    const xlsx = await withPrintSetup(
      new Uint8Array(await writeExcelFile(data, options).toBuffer()),
      options.sheet,
    );
    const zip = await JSZip.loadAsync(xlsx);
    const strings = await zip.file("xl/sharedStrings.xml")?.async("string");
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const all = `${strings ?? ""}${sheet}`;
    for (const town of countyTowns) expect(all).toContain(town.name);
    expect(all).toContain(COUNTY_GAP_LABEL);
  });
});
