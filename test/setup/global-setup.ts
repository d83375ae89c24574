import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { startSiteServer } from "../../scripts/lib/site-server.ts";
import { PROJECT_ROOT } from "../helpers/fixture.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** Base URL of the one site server all browser tests share. */
    baseUrl: string;
  }
}

/**
 * `npm test` builds before running vitest; when vitest runs alone and dist/ is missing,
 * build here so the built-site tests never read a stale or absent site silently.
 */
export default async function setup(project: TestProject) {
  if (!existsSync(join(PROJECT_ROOT, "dist", "index.html"))) {
    execFileSync("npx", ["astro", "build"], { cwd: PROJECT_ROOT, stdio: "inherit" });
  }
  // The browser tests read the site as `npm start` serves it (its headers included).
  const site = await startSiteServer({
    dist: join(PROJECT_ROOT, "dist"),
    base: "/",
    host: "127.0.0.1",
    port: 0,
  });
  project.provide("baseUrl", site.origin);
  return site.close;
}
