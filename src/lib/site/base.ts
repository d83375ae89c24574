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
