import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import yaml from "js-yaml";
import { siteSchema } from "../../schemas/site.ts";
import { SITE_FILES } from "../content/index.ts";

/**
 * content/site.yaml's `siteUrl` and `basePath` as the defaults of SITE_URL and BASE_PATH:
 * a variable set when building still wins. Read before Astro's config takes its `base`, so
 * the build, `npm start` and the editor's rebuild all see the same address. A file the
 * check would refuse gives no defaults here; the check says what is wrong with it.
 */
export function applySiteDefaults(
  content: string,
  env: Record<string, string | undefined> = process.env,
): void {
  const path = SITE_FILES.map((name) => join(content, name)).find((file) => existsSync(file));
  if (!path) return;
  let raw: unknown;
  try {
    raw = yaml.load(readFileSync(path, "utf8").replace(/^\ufeff/, ""), { schema: yaml.CORE_SCHEMA });
  } catch {
    return;
  }
  const site = siteSchema.safeParse(raw);
  if (!site.success) return;
  if (!env["BASE_PATH"]?.trim() && site.data.basePath) env["BASE_PATH"] = site.data.basePath;
  if (!env["SITE_URL"]?.trim() && site.data.siteUrl) env["SITE_URL"] = site.data.siteUrl;
}
