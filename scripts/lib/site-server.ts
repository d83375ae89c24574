/**
 * The built site served as an intranet web server would serve it: `dist/` under the base
 * path (e.g. /anquan/), a folder by its index.html, everything else the build's 404 page.
 * `npm start` uses it, so do the tests. It may face an office network (`--host`), so it
 * answers only GET and HEAD, never leaves `dist/` whatever the URL encodes (%2f, ..), never
 * shows a stack trace, and sends the security headers the pages' own CSP cannot set.
 */
import { createReadStream, existsSync, realpathSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".ics": "text/calendar; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  ".pdf": "application/pdf",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/**
 * Headers every answer carries. The pages set their own Content-Security-Policy as a
 * <meta>; what a <meta> cannot say (who may frame the site) is said here, and nothing here
 * narrows what the pages allow themselves.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'",
  "X-Frame-Options": "DENY",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "same-origin",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
};

export interface SiteServerOptions {
  /** The built site. */
  dist: string;
  /** The base path it was built for, with slashes at both ends: "/" or "/anquan/". */
  base: string;
  /** The address to listen on: 127.0.0.1 (this machine) or 0.0.0.0 (the office network). */
  host: string;
  /** The port, 0 for any free one. */
  port: number;
}

export interface RunningSite {
  /** The address to open, on this machine. */
  origin: string;
  server: Server;
  close(): Promise<void>;
}

/** The file a URL path names below `dist`, or why not: a folder to redirect, or nothing. */
export function fileForPath(
  dist: string,
  base: string,
  rawPath: string,
): { file: string } | { redirect: string } | { missing: true } | { bad: true } {
  if (!rawPath.startsWith(base)) return { missing: true };
  const segments: string[] = [];
  for (const raw of rawPath.slice(base.length).split("/")) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { bad: true };
    }
    // An encoded slash, a backslash, a NUL or a step up is no name of a file of the site.
    if (/[/\\\0]/.test(segment) || segment === "..") return { missing: true };
    if (segment !== "" && segment !== ".") segments.push(segment);
  }
  const path = join(dist, ...segments);
  if (!existsSync(path)) return { missing: true };
  // A link inside dist/ that leads out of it is not followed.
  const real = realpathSync(path);
  if (real !== realpathSync(dist) && !real.startsWith(realpathSync(dist) + sep)) return { missing: true };
  if (statSync(path).isDirectory()) {
    if (!rawPath.endsWith("/")) return { redirect: `${rawPath}/` };
    const index = join(path, "index.html");
    return existsSync(index) ? { file: index } : { missing: true };
  }
  return { file: path };
}

function answer(
  response: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body?: string | { file: string },
  head = false,
): void {
  response.writeHead(status, { ...SECURITY_HEADERS, "Cache-Control": "no-cache", ...headers });
  if (head || body === undefined) return void response.end();
  if (typeof body === "string") return void response.end(body);
  createReadStream(body.file)
    .on("error", () => response.destroy())
    .pipe(response);
}

const PLAIN_PAGE = (title: string, text: string) =>
  `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>${title}</title><p>${text}</p></html>`;

function serve(options: SiteServerOptions, request: IncomingMessage, response: ServerResponse): void {
  const head = request.method === "HEAD";
  if (request.method !== "GET" && !head)
    return answer(
      response,
      405,
      { Allow: "GET, HEAD", "Content-Type": TYPES[".html"]! },
      PLAIN_PAGE("405", "本网站只能浏览，不接受提交 / this site is read-only"),
    );
  const rawPath = (request.url ?? "/").split(/[?#]/)[0]!;
  const found = fileForPath(options.dist, options.base, rawPath);
  if ("bad" in found)
    return answer(
      response,
      400,
      { "Content-Type": TYPES[".html"]! },
      PLAIN_PAGE("400", "网址写法有误 / the address is malformed"),
      head,
    );
  if ("redirect" in found) return answer(response, 301, { Location: found.redirect }, undefined, head);
  if ("missing" in found) {
    const notFound = join(options.dist, "404.html");
    return answer(
      response,
      404,
      { "Content-Type": TYPES[".html"]! },
      existsSync(notFound) ? { file: notFound } : PLAIN_PAGE("404", "找不到这个页面 / not found"),
      head,
    );
  }
  answer(
    response,
    200,
    { "Content-Type": TYPES[extname(found.file)] ?? "application/octet-stream" },
    { file: found.file },
    head,
  );
}

/** Starts serving; resolves once listening. A port in use is an error with a code of EADDRINUSE. */
export async function startSiteServer(options: SiteServerOptions): Promise<RunningSite> {
  const server = createServer((request, response) => {
    try {
      serve(options, request, response);
    } catch (error) {
      // Said on the console of the machine that serves; the visitor sees no path or trace.
      console.error(error);
      if (!response.headersSent)
        answer(
          response,
          500,
          { "Content-Type": TYPES[".html"]! },
          PLAIN_PAGE("500", "服务器出错 / server error"),
        );
      else response.destroy();
    }
  });
  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(options.port, options.host, done);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${options.host === "0.0.0.0" || options.host === "::" ? "127.0.0.1" : options.host}:${port}`,
    server,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
