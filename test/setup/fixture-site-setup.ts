import { rmSync } from "node:fs";
import { dirname } from "node:path";
import type { TestProject } from "vitest/node";
import { startSiteServer } from "../../scripts/lib/site-server.ts";
import { buildFixtureSite } from "../helpers/fixture-site.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** Base URL of the fixture site (test/helpers/fixture-site.ts) the behaviour tests run on. */
    fixtureUrl: string;
  }
}

/** Builds the small fixture site once for the browser tier and serves it as `npm start` would. */
export default async function setup(project: TestProject) {
  const dist = buildFixtureSite();
  const site = await startSiteServer({ dist, base: "/", host: "127.0.0.1", port: 0 });
  project.provide("fixtureUrl", site.origin);
  return async () => {
    await site.close();
    rmSync(dirname(dist), { recursive: true, force: true });
  };
}
