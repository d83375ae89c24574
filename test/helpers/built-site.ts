import { existsSync, readdirSync, readFileSync } from "node:fs";
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

/** Every HTML file in dist/, as URL paths. */
export function builtPages(): string[] {
  return (readdirSync(DIST, { recursive: true, encoding: "utf8" }) as string[])
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
