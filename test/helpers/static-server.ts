import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".csv": "text/csv; charset=utf-8",
  ".ics": "text/calendar; charset=utf-8",
  ".svg": "image/svg+xml",
  ".wasm": "application/wasm",
  ".pf_meta": "application/octet-stream",
};

/**
 * A plain static file server for a build, the way an intranet web server publishes it:
 * `dist` is served under `base` (e.g. /anquan/), everything else is 404 (with the build's
 * 404 page), and a folder serves its index.html. Loopback only.
 */
export async function serveStatic(
  dist: string,
  base: string,
): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    let file: string | undefined;
    if (path.startsWith(base)) {
      const relative = normalize(path.slice(base.length)).replace(/^(\.\.[/\\])+/, "");
      file = join(dist, relative);
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    }
    if (!file || !existsSync(file)) {
      response.writeHead(404, { "Content-Type": TYPES[".html"] });
      createReadStream(join(dist, "404.html")).pipe(response);
      return;
    }
    response.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
