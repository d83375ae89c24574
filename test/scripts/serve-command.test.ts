import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SECURITY_HEADERS, startSiteServer, type RunningSite } from "../../scripts/lib/site-server.ts";
import { PROJECT_ROOT } from "../helpers/fixture.ts";

/**
 * What `npm start` answers, on a small built site of its own (a page, a folder, the 404
 * page, a file outside it and a link out of it), under a sub-path as nginx would serve it.
 */
const root = mkdtempSync(join(tmpdir(), "duty-matrix-serve-"));
const dist = join(root, "dist");
let site: RunningSite;

beforeAll(async () => {
  mkdirSync(join(dist, "zhangshanzi"), { recursive: true });
  writeFileSync(join(dist, "index.html"), "<p>首页</p>");
  writeFileSync(join(dist, "404.html"), "<p>找不到页面</p>");
  writeFileSync(join(dist, "zhangshanzi", "index.html"), "<p>张山子镇</p>");
  writeFileSync(join(root, "secret.txt"), "not of the site");
  symlinkSync(join(root, "secret.txt"), join(dist, "linked.txt"));
  site = await startSiteServer({ dist, base: "/anquan/", host: "127.0.0.1", port: 0 });
});
afterAll(async () => {
  await site?.close();
  rmSync(root, { recursive: true, force: true });
});

/** The raw path is sent as written (no normalising of .. or %2f by a client library). */
function get(
  path: string,
  method = "GET",
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  const { port } = new URL(site.origin);
  return new Promise((done, fail) => {
    const sent = request({ host: "127.0.0.1", port, path, method }, (response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
      response.on("end", () => done({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    sent.on("error", fail);
    sent.end();
  });
}

describe("the site server of npm start", () => {
  it("serves a page and a folder's index under the base path, with the security headers", async () => {
    const home = await get("/anquan/");
    expect(home.status).toBe(200);
    expect(home.body).toContain("首页");
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(home.headers[name.toLowerCase()]).toBe(value);
    expect((await get("/anquan/zhangshanzi/")).body).toContain("张山子镇");
  });

  it("sends a folder's address without its slash to the address with one", async () => {
    const answer = await get("/anquan/zhangshanzi");
    expect(answer.status).toBe(301);
    expect(answer.headers["location"]).toBe("/anquan/zhangshanzi/");
  });

  for (const [name, path] of [
    ["an encoded slash", "/anquan/%2f"],
    ["an encoded climb out of the site", "/anquan/zhangshanzi%2f..%2f..%2fsecret.txt"],
    ["a plain climb out of the site", "/anquan/../secret.txt"],
    ["an encoded backslash", "/anquan/zhangshanzi%5c..%5c..%5csecret.txt"],
    ["a NUL byte", "/anquan/index.html%00.txt"],
    ["a link in the build that leads out of it", "/anquan/linked.txt"],
    ["a path outside the base", "/secret.txt"],
  ] as const)
    it(`answers ${name} with the 404 page, never a file outside dist/ or a stack trace`, async () => {
      const answer = await get(path);
      expect(answer.status).toBe(404);
      expect(answer.body).toContain("找不到页面");
      expect(answer.body).not.toContain("not of the site");
      expect(answer.body).not.toMatch(/Error|at .+:\d+/);
    });

  it("answers a malformed escape with 400 in Chinese and English, not a stack trace", async () => {
    const answer = await get("/anquan/%E0%A4%A");
    expect(answer.status).toBe(400);
    expect(answer.body).toContain("网址写法有误 / the address is malformed");
  });

  it("refuses a port that is not a number, or an option it does not know, in one bilingual line", () => {
    for (const [args, says] of [
      [["--port", "abc"], "--port must be an integer 0–65535"],
      [["--hots"], "unknown option --hots"],
    ] as const) {
      const result = spawnSync(process.execPath, ["scripts/serve.ts", ...args], {
        cwd: PROJECT_ROOT,
        encoding: "utf8",
        timeout: 20_000,
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(says);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it("accepts no writes: POST, PUT and DELETE are 405", async () => {
    for (const method of ["POST", "PUT", "DELETE"]) {
      const answer = await get("/anquan/", method);
      expect(answer.status).toBe(405);
      expect(answer.headers["allow"]).toBe("GET, HEAD");
    }
  });
});
