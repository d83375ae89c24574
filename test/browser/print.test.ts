import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Model, type UnitRecord } from "../../src/lib/model/index.ts";
import { launchChromium, skipBrowserTests, watchPage } from "../helpers/browser.ts";
import { docxText, docxXml, pageSetup } from "../helpers/docx.ts";
import { PROJECT_ROOT, modelOf } from "../helpers/fixture.ts";
import { pdfInfo, pdfPageTexts, pdfTextWithoutSpaces, skipPdfTests } from "../helpers/poppler.ts";
import { dutySheet, LETTER_COPIES, LETTER_TERM } from "../../src/lib/print/index.ts";

const baseUrl = inject("baseUrl");
const TOWN = "zhangshanzi";
/** A4 in PDF points (210 × 297 mm), with Chromium's rounding. */
const A4 = { width: 595, height: 842 };

let model: Model;
let units: UnitRecord[];
let out: string;
let commandOutput: string;
let browser: Browser;

const skip = skipBrowserTests || skipPdfTests;

beforeAll(async () => {
  model = modelOf(PROJECT_ROOT);
  units = model.townById.get(TOWN)!.units;
  if (skip) return;
  browser = await launchChromium();
  // The real command, printing from the shared preview server: the booklet, every sheet and letter.
  out = mkdtempSync(join(tmpdir(), "duty-pdf-"));
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ["scripts/pdf.ts", TOWN, "--base-url", baseUrl, "--out", out, "--docx"],
    { cwd: PROJECT_ROOT },
  );
  commandOutput = stdout;
}, 300_000);

afterAll(async () => {
  await browser?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

const textOf = (file: string) => pdfTextWithoutSpaces(join(out, file));
const withoutSpaces = (text: string) => text.replace(/\s+/g, "");

describe.skipIf(skip)("npm run pdf", () => {
  it("writes the booklet, one sheet per unit and one letter per non-group unit, with a progress line each", () => {
    const letters = units.filter((u) => u.data.kind !== "group");
    const expected = [
      `${TOWN}-汇编.pdf`,
      ...units.map((u) => `${u.slug}.pdf`),
      ...letters.map((u) => `${u.slug}-责任书.pdf`),
    ];
    expect(
      readdirSync(out)
        .filter((file) => file.endsWith(".pdf"))
        .sort(),
    ).toEqual(expected.sort());
    const progress = commandOutput
      .split("\n")
      .filter((line) => /^\[\s*\d+\/\d+\]/.test(line) && line.includes(".pdf "));
    expect(progress).toHaveLength(expected.length);
    expect(commandOutput).toContain(`✓ ${expected.length} 个 PDF`);
    // Each progress line reports the page count pdfinfo reads.
    for (const file of ["police-station.pdf", `${TOWN}-汇编.pdf`]) {
      const line = progress.find((l) => l.includes(` ${file} `))!;
      expect(line).toContain(` ${pdfInfo(join(out, file)).pages} 页 `);
    }
  });

  it("prints the 张山子派出所 sheet on exactly one A4 page", () => {
    const info = pdfInfo(join(out, "police-station.pdf"));
    expect(info.pages).toBe(1);
    expect(Math.round(info.width)).toBe(A4.width);
    expect(Math.round(info.height)).toBe(A4.height);
  });

  it("puts every duty of every unit, word for word, in that unit's sheet", () => {
    const missing: string[] = [];
    for (const unit of units) {
      const text = textOf(`${unit.slug}.pdf`);
      for (const duty of unit.duties)
        if (!text.includes(withoutSpaces(duty.text))) missing.push(`${unit.slug}: ${duty.text}`);
    }
    expect(missing).toEqual([]);
  });

  it("fits a typical unit's sheet on one page", () => {
    const pages = units.map((unit) => pdfInfo(join(out, `${unit.slug}.pdf`)).pages);
    const onePage = pages.filter((n) => n === 1).length;
    expect(onePage / pages.length).toBeGreaterThanOrEqual(0.75);
  });

  it("gives the booklet a cover, contents and principles, then at least one page per unit", () => {
    const { pages } = pdfInfo(join(out, `${TOWN}-汇编.pdf`));
    expect(pages).toBeGreaterThanOrEqual(units.length + 3);
    const text = textOf(`${TOWN}-汇编.pdf`);
    expect(text).toContain("张山子镇安全生产职责清单汇编");
    expect(text).toContain("目录");
    for (const unit of units) expect(text).toContain(withoutSpaces(unit.data.name));
  });

  it("prints the police station's letter with its duties, the town's rules, lines to fill in where the sources set no target, and both signature blocks", () => {
    const text = textOf("police-station-责任书.pdf");
    const police = units.find((u) => u.slug === "police-station")!;
    for (const duty of police.duties) expect(text).toContain(withoutSpaces(duty.text));
    const town = model.towns.find((t) => t.id === TOWN)!;
    for (const rule of town.rules) expect(text).toContain(withoutSpaces(rule.text));
    // The screen says why 控制目标 is empty; the paper leaves ruled lines for the office.
    expect(text).not.toContain("没有规定控制目标");
    expect(text).toContain("二、控制目标（由甲方填写）");
    expect(text.match(/主要负责人（签字）/g)).toHaveLength(2);
    // What an office signs: the term and the copies; how the letter was made only under the signatures.
    expect(text).toContain(withoutSpaces(`${LETTER_TERM.label}${LETTER_TERM.text}`));
    expect(text).toContain(withoutSpaces(LETTER_COPIES));
    expect(text.indexOf("逐字引自来源文件")).toBeGreaterThan(text.lastIndexOf("主要负责人（签字）"));
  });
});

describe.skipIf(skip)("npm run pdf --docx", () => {
  it("writes a Word file beside each PDF, named like it, with a progress line each", () => {
    const pdfs = readdirSync(out).filter((file) => file.endsWith(".pdf"));
    const words = readdirSync(out).filter((file) => file.endsWith(".docx"));
    expect(words.sort()).toEqual(pdfs.map((file) => file.replace(/\.pdf$/, ".docx")).sort());
    const progress = commandOutput.split("\n").filter((line) => /^\[\s*\d+\/\d+\] \S+\.docx /.test(line));
    expect(progress).toHaveLength(words.length);
    expect(commandOutput).toContain(`另有 ${words.length} 个 Word 文件`);
  });

  it("gives the police station's letter its duties, the town's rules, blank lines and both signatures, on A4 in the 公文 margins", async () => {
    const bytes = new Uint8Array(readFileSync(join(out, "police-station-责任书.docx")));
    const text = await docxText(bytes);
    const police = units.find((u) => u.slug === "police-station")!;
    for (const duty of police.duties) expect(text).toContain(withoutSpaces(duty.text));
    for (const rule of model.townById.get(TOWN)!.rules) expect(text).toContain(withoutSpaces(rule.text));
    expect(text).toContain("二、控制目标（由甲方填写）");
    expect(text.match(/主要负责人（签字）/g)).toHaveLength(2);
    expect(pageSetup((await docxXml(bytes)).document)).toMatchObject({ width: 11906, height: 16838 });
  });

  it("gives every sheet its unit's duties word for word, and the booklet every unit", async () => {
    for (const unit of units) {
      const text = await docxText(new Uint8Array(readFileSync(join(out, `${unit.slug}.docx`))));
      for (const duty of unit.duties) expect(text, unit.slug).toContain(withoutSpaces(duty.text));
    }
    const booklet = await docxText(new Uint8Array(readFileSync(join(out, `${TOWN}-汇编.docx`))));
    for (const unit of units) expect(booklet).toContain(withoutSpaces(unit.data.name));
  });
});

describe.skipIf(skip)("下载 Word on the print pages", () => {
  it("makes the sheet's Word file in the browser on click, with its duties word for word and nothing fetched elsewhere", async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    const trouble = await watchPage(page, baseUrl);
    await page.goto(`${baseUrl}/${TOWN}/print/police-station/`);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "下载 Word" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("张山子派出所安全生产职责清单.docx");
    const text = await docxText(new Uint8Array(readFileSync((await download.path())!)));
    for (const duty of units.find((u) => u.slug === "police-station")!.duties)
      expect(text).toContain(withoutSpaces(duty.text));
    await expect.poll(() => page.locator("[data-download-status]").textContent()).toContain("已生成");
    expect(trouble.externalRequests).toEqual([]);
    expect(trouble.pageErrors).toEqual([]);
    expect(trouble.consoleErrors).toEqual([]);
    await page.close();
  });

  it("makes the letter's Word file on opening the letterDocxUrl of /api/units.json", async () => {
    const api = (await (await fetch(`${baseUrl}/api/units.json`)).json()) as Array<{
      id: string;
      letterDocxUrl: string | null;
    }>;
    const url = api.find((unit) => unit.id === `${TOWN}/police-station`)!.letterDocxUrl!;
    const page = await browser.newPage({ acceptDownloads: true });
    const [download] = await Promise.all([page.waitForEvent("download"), page.goto(`${baseUrl}${url}`)]);
    expect(download.suggestedFilename()).toBe("张山子派出所安全生产目标责任书.docx");
    const text = await docxText(new Uint8Array(readFileSync((await download.path())!)));
    expect(text).toContain("张山子镇安全生产目标责任书");
    expect(text.match(/主要负责人（签字）/g)).toHaveLength(2);
    await page.close();
  });
});

describe.skipIf(skip)("npm run pdf: a booklet and letters to fill in", () => {
  it("numbers every page, and gives in the contents the page each sheet starts on", () => {
    const pages = pdfPageTexts(join(out, `${TOWN}-汇编.pdf`));
    pages.forEach((text, index) => expect(text).toContain(`第${index + 1}页/共${pages.length}页`));
    const contents = pages.find((text) => text.startsWith("目录"))!;
    const entries = [...contents.matchAll(/表(\d+)[^表]*?条(\d+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(entries).toHaveLength(units.length);
    for (const [number, page] of entries) {
      expect(pages[page! - 1], `表 ${number} on page ${page}`).toMatch(
        new RegExp(`职责清单表${number}(?!\\d)`),
      );
      expect(pages[page! - 2] ?? "", `表 ${number} starts on page ${page}`).not.toMatch(
        new RegExp(`职责清单表${number}(?!\\d)`),
      );
    }
  });

  it("puts the quick reference on one page, and the town's 考核与责任追究 in a chapter of its own", () => {
    const pages = pdfPageTexts(join(out, `${TOWN}-汇编.pdf`));
    const quick = pages.findIndex((text) => text.startsWith("速查表"));
    expect(quick).toBeGreaterThan(0);
    // The next page is the principles: no row spilled over.
    expect(pages[quick + 1]).toMatch(/^原则/);
    const sectors = model.townById.get(TOWN)!.matrix.sectors.map((id) => model.sectorById.get(id)!.data.name);
    expect(sectors.filter((name) => pages[quick]!.includes(withoutSpaces(name))).length).toBeGreaterThan(
      sectors.length * 0.9,
    );
    const rules = pages.find((text) => text.startsWith("考核与责任追究"))!;
    for (const rule of model.townById.get(TOWN)!.rules)
      expect(rules).toContain(withoutSpaces(rule.text).slice(0, 20));
  });

  it("prints the shared duties in full on a sheet where they fit, says where they are where they do not, and leaves lines for 负责人 and 日期", () => {
    let full = 0;
    for (const unit of units) {
      const sheet = dutySheet(model, unit);
      const text = textOf(`${unit.slug}.pdf`);
      expect(text).toMatch(/负责人：.*联系电话：.*打印日期：/);
      for (const shared of sheet.shared) {
        const duties = shared.group.duties.map((duty) => withoutSpaces(duty.text));
        if (shared.inFull) {
          full += 1;
          for (const duty of duties) expect(text, unit.slug).toContain(duty);
          expect(pdfInfo(join(out, `${unit.slug}.pdf`)).pages, unit.slug).toBe(1);
        } else expect(text, unit.slug).toContain("一页印不下");
      }
    }
    expect(full).toBeGreaterThan(0);
  });

  it("keeps every letter's signatures on a page with the text before them", () => {
    for (const file of readdirSync(out).filter((name) => name.endsWith("-责任书.pdf"))) {
      const pages = pdfPageTexts(join(out, file));
      const last = pages.at(-1)!;
      expect(last, file).toContain("主要负责人（签字）");
      expect(last.indexOf("甲方："), file).toBeGreaterThan(20);
    }
  });
});

describe.skipIf(skipBrowserTests)("printing in Chromium", () => {
  it("lets short sheets share a page (连续排版), and a link opens with that layout", async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/${TOWN}/print/`);
    await page.locator("#sheet-picker-details summary").click();
    const pdfPages = async () =>
      Buffer.from(await page.pdf({ format: "A4", preferCSSPageSize: true }))
        .toString("latin1")
        .match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
    const onePerPage = await pdfPages();
    await page.getByLabel(/连续排版/).check();
    await page.waitForURL(/layout=continuous/);
    const continuous = await pdfPages();
    expect(continuous).toBeLessThan(onePerPage);
    // The link opens with the same layout.
    await page.goto(page.url());
    await expect(page.getByLabel(/连续排版/).isChecked()).resolves.toBe(true);
    await page.close();
  });

  it("prints the collapsed duties a unit shares with its group", async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/${TOWN}/units/police-station/`);
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".applies li.duty").first().isVisible()).resolves.toBe(true);
    await page.close();
  });
});
