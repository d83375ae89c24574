import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { skipBrowserTests, useChromium } from "../helpers/browser.ts";
import { PAGE_TYPES } from "../helpers/page-types.ts";

const baseUrl = inject("baseUrl");
/** axe-core's browser bundle, injected into each page (the CSP is bypassed for the test only). */
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const chromium = useChromium();

async function open(path: string, ready?: string): Promise<Page> {
  const context = await chromium().newContext({ bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${baseUrl}${encodeURI(path)}`, { waitUntil: "networkidle" });
  if (ready) await page.waitForSelector(ready, { timeout: 10_000 });
  return page;
}

describe.skipIf(skipBrowserTests)("accessibility in Chromium", () => {
  for (const { path, ready } of PAGE_TYPES) {
    it(`finds no axe-core violation (WCAG 2.1 A/AA and best practice) on ${path}`, async () => {
      const page = await open(path, ready);
      await page.addScriptTag({ content: AXE });
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run: (
                d: Document,
                o: object,
              ) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }>;
            };
          }
        ).axe;
        const result = await axe.run(document, {
          runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"],
        });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      });
      expect(violations).toEqual([]);
      await page.context().close();
    });
  }

  it("sets body text at 16 px or more", async () => {
    const page = await open("/zhangshanzi/units/police-station/");
    const size = await page.evaluate(() =>
      parseFloat(getComputedStyle(document.querySelector(".duty-text")!).fontSize),
    );
    expect(size).toBeGreaterThanOrEqual(16);
    await page.context().close();
  });

  it("lets the keyboard reach the skip link first, then the lookup box, full-text search and its filters, the calendar filter and the print button", async () => {
    const reach = async (path: string, selector: string, ready?: string) => {
      const page = await open(path, ready);
      for (let presses = 0; presses < 40; presses++) {
        await page.keyboard.press("Tab");
        if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) {
          await page.context().close();
          return presses + 1;
        }
      }
      await page.context().close();
      return Infinity;
    };
    expect(await reach("/", ".skip-link")).toBe(1);
    expect(await reach("/lookup/", "#lookup-q", "html[data-lookup-ready]")).toBeLessThan(40);
    expect(
      await reach("/search/?q=液化气", ".pagefind-ui__search-input", ".pagefind-ui__result"),
    ).toBeLessThan(40);
    expect(
      await reach("/search/?q=液化气", ".pagefind-ui__filter-name", ".pagefind-ui__result"),
    ).toBeLessThan(40);
    expect(await reach("/zhangshanzi/calendar/", "#calendar-filter")).toBeLessThan(40);
    expect(await reach("/zhangshanzi/print/police-station/", "button[data-print]")).toBeLessThan(40);
  });
});
