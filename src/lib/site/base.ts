/**
 * The deployment's base path, as Astro's `base` and every internal URL use it: "/" at the
 * root of a host, "/anquan/" under a sub-path. Written once here; astro.config.mjs and
 * paths.ts both read it. No side effects, so the config can import it.
 */

/** "anquan", "/anquan" or "/anquan/" → "/anquan/"; empty or undefined → "/". */
export function normaliseBasePath(value: string | undefined): string {
  const trimmed = (value ?? "").trim().replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}

/** The base path a build is asked for: BASE_PATH in the environment. */
export function basePathFromEnv(env: Record<string, string | undefined> = process.env): string {
  return normaliseBasePath(env["BASE_PATH"]);
}

/** Where `npm start` serves the site, and the site's address when SITE_URL is not set. */
export const DEFAULT_SITE_ORIGIN = "http://localhost:4321";

/**
 * The deployment's address without its path ("http://10.1.2.3", "https://aq.example.gov.cn"),
 * for the links that leave the site: a calendar event opened on a phone cannot follow a
 * relative link. SITE_URL in the environment; a path in it is ignored (BASE_PATH says that).
 * Anything that is not an http(s) address is refused with a message saying what to write.
 */
export function siteOriginFromEnv(env: Record<string, string | undefined> = process.env): string {
  const value = env["SITE_URL"]?.trim();
  if (!value) return DEFAULT_SITE_ORIGIN;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    url = new URL("invalid:");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new Error(
      `SITE_URL="${value}" 不是网址，请写成 http://10.1.2.3 或 https://域名 / SITE_URL must be an http(s) address such as http://10.1.2.3`,
    );
  return url.origin;
}
