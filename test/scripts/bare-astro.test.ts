import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { htmlPages, writeBareSite } from "../../scripts/lib/bare-astro.ts";

const scratch = mkdtempSync(join(tmpdir(), "duty-matrix-floor-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("the benchmark's floor", () => {
  it("counts a built site's HTML pages and their average size, in every folder", () => {
    const dist = join(scratch, "dist");
    mkdirSync(join(dist, "a", "b"), { recursive: true });
    writeFileSync(join(dist, "index.html"), "x".repeat(100));
    writeFileSync(join(dist, "a", "b", "index.html"), "x".repeat(300));
    writeFileSync(join(dist, "a", "data.json"), "x".repeat(5000));
    expect(htmlPages(dist)).toEqual({ pages: 2, averageBytes: 200 });
  });

  it("writes a one-route Astro project of as many pages, each with text of about the average size", () => {
    const texts = join(scratch, "texts");
    mkdirSync(texts, { recursive: true });
    writeFileSync(join(texts, "a.txt"), "安全生产\n".repeat(5000));
    const bare = join(scratch, "bare");
    writeBareSite(bare, 40, 12_200, texts);
    const data = JSON.parse(readFileSync(join(bare, "text.json"), "utf8")) as {
      pages: number;
      characters: number;
      text: string;
    };
    expect(data.pages).toBe(40);
    // (12,200 bytes − 200 for the shell) / 3 bytes a character.
    expect(data.characters).toBe(4000);
    expect(data.text).not.toMatch(/\s/);
    expect(readFileSync(join(bare, "src", "pages", "[page].astro"), "utf8")).toContain("getStaticPaths");
  });
});
