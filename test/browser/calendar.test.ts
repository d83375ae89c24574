import { describe, expect, inject, it } from "vitest";
import { skipBrowserTests, useChromium, watchPage } from "../helpers/browser.ts";

const baseUrl = inject("baseUrl");
const chromium = useChromium();

describe.skipIf(skipBrowserTests)("the calendar page in Chromium", () => {
  it("shows only the chosen post's entries and offers that post's own .ics", async () => {
    const page = await chromium().newPage();
    const trouble = await watchPage(page, baseUrl);
    await page.goto(`${baseUrl}/zhangshanzi/calendar/`);
    const all = await page.locator(".calendar-entry:visible").count();
    await page.selectOption("#calendar-filter", "party-secretary");
    const whos = await page.$$eval(".calendar-entry", (items) =>
      items.filter((li) => !(li as HTMLElement).hidden).map((li) => (li as HTMLElement).dataset["who"]),
    );
    expect(whos.length).toBeGreaterThan(0);
    expect(whos.length).toBeLessThan(all);
    expect(new Set(whos)).toEqual(new Set(["party-secretary"]));
    await expect(page.locator("#calendar-ics").getAttribute("href")).resolves.toBe(
      "/zhangshanzi/calendar/party-secretary.ics",
    );
    // A month with none of the post's entries disappears instead of showing an empty heading.
    const emptyVisible = await page.$$eval(
      ".calendar-section",
      (sections) =>
        sections.filter(
          (s) => !(s as HTMLElement).hidden && !s.querySelector(".calendar-entry:not([hidden])"),
        ).length,
    );
    expect(emptyVisible).toBe(0);
    expect(trouble.consoleErrors).toEqual([]);
    await page.close();
  });
});
