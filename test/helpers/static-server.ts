import { startSiteServer } from "../../scripts/lib/site-server.ts";

/**
 * The built site served the way `npm start` serves it (scripts/lib/site-server.ts), on a
 * free port of this machine, under `base` (e.g. /anquan/).
 */
export async function serveStatic(
  dist: string,
  base: string,
): Promise<{ origin: string; close: () => Promise<void> }> {
  const site = await startSiteServer({ dist, base, host: "127.0.0.1", port: 0 });
  return { origin: site.origin, close: site.close };
}
