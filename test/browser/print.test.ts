import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Model, type UnitRecord } from "../../src/lib/model/index.ts";
import { launchChromium, skipBrowserTests, watchPage } from "../helpers/browser.ts";
import { PROJECT_ROOT, modelOf } from "../helpers/fixture.ts";
import { pdfInfo, pdfTextWithoutSpaces, skipPdfTests } from "../helpers/poppler.ts";

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
    ["scripts/pdf.ts", TOWN, "--base-url", baseUrl, "--out", out],
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
    expect(readdirSync(out).sort()).toEqual(expected.sort());
    const progress = commandOutput.split("\n").filter((line) => /^\[\s*\d+\/\d+\]/.test(line));
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

  it("prints the police station's letter with its duties, the town's rules, the no-targets notice and both signature blocks", () => {
    const text = textOf("police-station-责任书.pdf");
    const police = units.find((u) => u.slug === "police-station")!;
    for (const duty of police.duties) expect(text).toContain(withoutSpaces(duty.text));
    const town = model.towns.find((t) => t.id === TOWN)!;
    for (const rule of town.rules) expect(text).toContain(withoutSpaces(rule.text));
    expect(text).toContain("张山子镇的来源文件没有规定控制目标");
    expect(text.match(/签字人/g)).toHaveLength(2);
  });
});

describe.skipIf(skipBrowserTests)("printing in Chromium", () => {
  it("prints only the units ticked in the booklet, and keeps the choice in the address", async () => {
    const page = await browser.newPage();
    const trouble = await watchPage(page, baseUrl);
    await page.goto(`${baseUrl}/${TOWN}/print/?units=police-station,traffic-police`);
    await page.emulateMedia({ media: "print" });
    const printed = () =>
      page.$$eval(".sheet[data-unit]", (sheets) =>
        sheets
          .filter((s) => getComputedStyle(s).display !== "none")
          .map((s) => (s as HTMLElement).dataset["unit"]),
      );
    expect(await printed()).toEqual(["police-station", "traffic-police"]);
    await page.emulateMedia({ media: "screen" });
    await page.getByRole("button", { name: "全选" }).click();
    await page.emulateMedia({ media: "print" });
    expect(await printed()).toHaveLength(units.length);
    expect(new URL(page.url()).searchParams.has("units")).toBe(false);
    await page.emulateMedia({ media: "screen" });
    await page.getByLabel(/张山子派出所/).uncheck();
    expect(new URL(page.url()).searchParams.get("units")?.split(",")).not.toContain("police-station");
    expect(trouble.consoleErrors).toEqual([]);
    await page.close();
  });

  it("opens the print dialog from the sheet's print button (a bundled script, not an inline handler)", async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/${TOWN}/print/police-station/`);
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

  it("hides navigation and search when printing an ordinary page, and prints collapsed duties", async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/${TOWN}/units/police-station/`);
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".site-header").isVisible()).resolves.toBe(false);
    await expect(page.locator(".print-links").isVisible()).resolves.toBe(false);
    await expect(page.locator(".applies li.duty").first().isVisible()).resolves.toBe(true);
    await page.close();
  });
});
