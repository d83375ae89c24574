/**
 * Who may talk to the form editor's server. It writes files on this machine, so a request
 * is served only when it comes from the editor's own page: the Host names this machine and
 * port (a rebound DNS name does not), a write's Origin is the editor's own, and every API
 * request carries the session token the server put into the page (which another site can
 * neither read nor send: a form or a no-cors fetch cannot set the header).
 */
import { timingSafeEqual } from "node:crypto";

/** The header the editor's page sends its session token in. */
export const TOKEN_HEADER = "x-editor-token";
/** The header naming the browser tab that sends a request, so each tab's reads are its own. */
export const TAB_HEADER = "x-editor-tab";
/** The largest request body the editor accepts: a unit file is a few dozen kilobytes. */
export const MAX_REQUEST_BYTES = 2 * 1024 * 1024;
/** The largest import request: a document of up to 30 MB, sent as base64. */
export const MAX_IMPORT_REQUEST_BYTES = 42 * 1024 * 1024;

/** What the guard needs of a request. */
export interface GuardedRequest {
  method: string;
  path: string;
  host: string | undefined;
  origin: string | undefined;
  token: string | undefined;
  contentType: string | undefined;
  /** What the browser says of the request's origin (Sec-Fetch-Site), when it says. */
  fetchSite: string | undefined;
}

/** Why a request is refused: an HTTP status and one bilingual sentence. */
export interface Refusal {
  status: number;
  message: string;
}

/** The host names under which this machine's editor answers, on its port. */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`];
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Undefined when the request may be served; else why not. */
export function refusal(request: GuardedRequest, port: number, token: string): Refusal | undefined {
  const hosts = allowedHosts(port);
  if (!request.host || !hosts.includes(request.host.toLowerCase()))
    return {
      status: 421,
      message: `编辑器只接受本机地址 http://127.0.0.1:${port}/ 的请求 / the editor answers only at http://127.0.0.1:${port}/ (Host ${request.host ?? "missing"})`,
    };
  // The page and its scripts are no secret; the API reads and writes the content.
  if (!request.path.startsWith("/api/")) return undefined;
  // A page of another site may have the browser send requests here; none of them may act.
  if (request.fetchSite && !["same-origin", "none"].includes(request.fetchSite))
    return { status: 403, message: crossSite(request.origin) };
  if (request.origin !== undefined && !hosts.some((host) => request.origin === `http://${host}`))
    return { status: 403, message: crossSite(request.origin) };
  if (request.method === "POST") {
    if (request.origin === undefined) return { status: 403, message: crossSite(undefined) };
    if (!/^application\/json(?:;|$)/i.test(request.contentType ?? ""))
      return {
        status: 415,
        message: "请求应是 JSON（Content-Type: application/json） / the request must be JSON",
      };
  }
  if (!request.token || !sameSecret(request.token, token))
    return {
      status: 403,
      message:
        "缺少编辑器的会话令牌：请从 npm run edit 打印的地址打开编辑器，或刷新页面 / missing or wrong session token: open the editor from the address npm run edit printed, or reload the page",
    };
  return undefined;
}

function crossSite(origin: string | undefined): string {
  return `拒绝：请求不是从本机编辑器页面发出的（来源 ${origin ?? "未知"}） / refused: the request does not come from the editor's own page (origin ${origin ?? "unknown"})`;
}
