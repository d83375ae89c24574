import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The floor for the benchmark: a bare Astro site of the same number of pages as a build of
 * ours, each page the average size of ours, its text cut from the source documents. One
 * route, no content layer, no integrations, no Pagefind: what Astro itself costs for that
 * much HTML on this machine.
 */

/** The average bytes of the HTML pages of a built site, and how many there are. */
export function htmlPages(dist: string): { pages: number; averageBytes: number } {
  let pages = 0;
  let bytes = 0;
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".html")) {
        pages += 1;
        bytes += statSync(path).size;
      }
    }
  };
  walk(dist);
  return { pages, averageBytes: pages === 0 ? 0 : Math.round(bytes / pages) };
}

/**
 * Writes the bare site's project into `folder` (it resolves astro from the project's
 * node_modules above it): `pages` pages of about `averageBytes` of HTML each.
 */
export function writeBareSite(
  folder: string,
  pages: number,
  averageBytes: number,
  sourceTexts: string,
): void {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(join(folder, "src", "pages"), { recursive: true });
  // A Chinese character is three bytes of UTF-8; the page's shell and tags take about 200.
  const characters = Math.max(200, Math.round((averageBytes - 200) / 3));
  const text = readdirSync(sourceTexts)
    .filter((name) => name.endsWith(".txt"))
    .map((name) => readFileSync(join(sourceTexts, name), "utf8"))
    .join("\n")
    .replace(/\s+/g, "");
  writeFileSync(
    join(folder, "astro.config.mjs"),
    'import { defineConfig } from "astro/config";\nexport default defineConfig({});\n',
  );
  writeFileSync(join(folder, "text.json"), JSON.stringify({ text, characters, pages }));
  writeFileSync(
    join(folder, "src", "pages", "[page].astro"),
    `---
import data from "../../text.json";
export function getStaticPaths() {
  return Array.from({ length: data.pages }, (_, index) => ({ params: { page: String(index) }, props: { index } }));
}
const { index } = Astro.props;
const start = (index * 7919) % Math.max(1, data.text.length - data.characters);
const body = data.text.slice(start, start + data.characters);
const paragraphs = body.match(/.{1,120}/gu) ?? [];
---
<html lang="zh-CN"><head><meta charset="utf-8" /><title>第 {index} 页</title></head>
<body><main><h1>第 {index} 页</h1>{paragraphs.map((p) => <p>{p}</p>)}</main></body></html>
`,
  );
}
