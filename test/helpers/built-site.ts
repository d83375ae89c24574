import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import { PROJECT_ROOT } from "./fixture.ts";

export const DIST = join(PROJECT_ROOT, "dist");

const parsedPages = new Map<string, HTMLElement>();

/** Reads a built page by its URL path, e.g. `/zhangshanzi/` → dist/zhangshanzi/index.html (parsed once). */
export function page(urlPath: string): HTMLElement {
  const clean = urlPath.split("#")[0]!;
  const cached = parsedPages.get(clean);
  if (cached) return cached;
  const file = join(DIST, clean, clean.endsWith(".html") ? "" : "index.html");
  if (!existsSync(file)) throw new Error(`not built: ${urlPath} (${file})`);
  const parsed = parse(readFileSync(file, "utf8"));
  parsedPages.set(clean, parsed);
  return parsed;
}

export function json<T>(urlPath: string): T {
  return JSON.parse(readFileSync(join(DIST, urlPath), "utf8")) as T;
}

/** Every HTML file in dist/ (or another build), as URL paths. */
export function builtPages(dist = DIST): string[] {
  return (readdirSync(dist, { recursive: true, encoding: "utf8" }) as string[])
    .filter((f) => f.endsWith(".html"))
    .map(
      (f) =>
        `/${f
          .split("\\")
          .join("/")
          .replace(/index\.html$/, "")}`,
    );
}

/** Visible text, white space collapsed. */
export function text(element: HTMLElement | null | undefined): string {
  return (element?.textContent ?? "").replace(/\s+/g, " ").trim();
}

/**
 * Every internal link, script, stylesheet and form of a build that leads nowhere: each
 * `href`, `src` and `action` that starts with "/" must start with the base path and name a
 * built page or file, and its #anchor must exist on that page. Same-page #anchors too.
 * Returns `page → target` for each broken one.
 */
export function brokenLinks(dist: string, base = "/"): string[] {
  const pages = builtPages(dist);
  const known = new Set(pages);
  const parsed = new Map<string, HTMLElement>();
  const load = (path: string): HTMLElement => {
    const file = path.endsWith(".html") ? join(dist, path) : join(dist, path, "index.html");
    if (!parsed.has(path)) parsed.set(path, parse(readFileSync(file, "utf8")));
    return parsed.get(path)!;
  };
  const broken: string[] = [];
  for (const path of pages) {
    const html = load(path);
    const targets = [
      ...html.querySelectorAll("a[href], link[href]").map((el) => el.getAttribute("href")!),
      ...html.querySelectorAll("script[src], img[src]").map((el) => el.getAttribute("src")!),
      ...html.querySelectorAll("form[action]").map((el) => el.getAttribute("action")!),
    ];
    for (const href of targets) {
      if (href.startsWith("#")) {
        if (!html.getElementById(decodeURIComponent(href.slice(1)))) broken.push(`${path} → ${href}`);
        continue;
      }
      if (!href.startsWith("/")) continue;
      if (!href.startsWith(base)) {
        broken.push(`${path} → ${href} (outside ${base})`);
        continue;
      }
      const [target, anchor] = splitHref(href.slice(base.length - 1));
      const file = join(dist, target!);
      const isFile = existsSync(file) && statSync(file).isFile();
      if (!known.has(target!) && !isFile) broken.push(`${path} → ${href}`);
      else if (anchor && !isFile && !load(target!).getElementById(decodeURIComponent(anchor)))
        broken.push(`${path} → ${href}`);
    }
  }
  return broken;
}

/** `/x/?q=1#a` → ["/x/", "a"]. */
function splitHref(href: string): [string, string | undefined] {
  const [beforeHash, anchor] = href.split("#");
  return [beforeHash!.split("?")[0]!, anchor];
}
