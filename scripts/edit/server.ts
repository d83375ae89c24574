/**
 * The form editor's local server (`npm run edit`). It serves Decap CMS from node_modules
 * at /admin/ (nothing from the internet), and the file API Decap's proxy backend speaks at
 * /api/v1 by passing it to decap-server, Decap's own local backend, run as a child process
 * on the content folder. Two things happen on the way:
 *
 * - a save (`persistEntry`) is not written as the form formats it: the form's data is applied
 *   to the file on disk (comments, key order, quoting and flow lists kept) and the result is
 *   formatted by Prettier as `npm test` expects;
 * - after a save, /api/check/<file> returns the content check's problems for that file,
 *   with the same bilingual messages `npm run check` prints, and /api/review the unit files
 *   that still carry import guesses.
 *
 * It listens on 127.0.0.1 only: it can write files, so it is never served to a network.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createServer as createNetServer } from "node:net";
import { stripTypeScriptTypes } from "node:module";
import { dirname, extname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import * as prettier from "prettier";
import {
  checkAndBuild,
  formatProblem,
  readContentFiles,
  type ContentInput,
} from "../../src/lib/content/index.ts";
import { editorConfig, mergeFormIntoYaml, type EditorTown } from "../../src/lib/editor/index.ts";
import { unitsToReview } from "../../src/lib/review/index.ts";

const HERE = dirname(fileURLToPath(import.meta.url));
const PROJECT = resolve(HERE, "../..");
const DECAP_DIST = join(PROJECT, "node_modules/decap-cms/dist");
const DECAP_SERVER = join(PROJECT, "node_modules/decap-server/dist/index.js");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".woff2": "font/woff2",
};

export interface EditorOptions {
  /** The project whose content is edited: messages name files relative to it. */
  root: string;
  /** The content folder (default <root>/content). */
  content?: string;
  /** The port to listen on, 0 for any free one. */
  port: number;
}

export interface RunningEditor {
  /** The editor's address: open it in a browser. */
  url: string;
  close(): Promise<void>;
}

/** The towns as the jurisdictions folder names them, and any units/<town>/ folder without one. */
function editorTowns(input: ContentInput, content: string): EditorTown[] {
  const towns = [...input.jurisdictions]
    .sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id))
    .map((entry) => ({ id: entry.id, name: entry.data.name }));
  const unitsFolder = join(content, "units");
  if (existsSync(unitsFolder))
    for (const folder of readdirSync(unitsFolder).sort())
      if (statSync(join(unitsFolder, folder)).isDirectory() && !towns.some((town) => town.id === folder))
        towns.push({ id: folder, name: folder });
  return towns;
}

/** What the check says about one file of the content folder, for the editor's panel. */
export function checkOfFile(root: string, content: string, entryPath: string) {
  const { model, problems } = checkAndBuild(readContentFiles(root, content), content);
  const file = relative(root, join(content, entryPath)).split(sep).join("/");
  const mine = problems.filter((problem) => problem.file === file);
  return {
    file,
    passed: model !== undefined,
    problems: mine.map((problem) => ({ ...problem, report: formatProblem(problem) })),
    elsewhere: problems.length - mine.length,
    otherFiles: [...new Set(problems.filter((p) => p.file !== file).map((p) => p.file))].slice(0, 5),
  };
}

/** A free port on this machine, for decap-server. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createNetServer();
    probe.once("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => done(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function startDecapServer(content: string): Promise<{ child: ChildProcess; api: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [DECAP_SERVER], {
    cwd: content,
    env: {
      ...process.env,
      PORT: String(port),
      BIND_HOST: "127.0.0.1",
      MODE: "fs",
      GIT_REPO_DIRECTORY: content,
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const api = `http://127.0.0.1:${port}/api/v1`;
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) break;
    try {
      const answer = await fetch(api, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ action: "info", params: {} }),
      });
      if (answer.ok) return { child, api };
    } catch {
      // not listening yet
    }
    await new Promise((wait) => setTimeout(wait, 100));
  }
  child.kill();
  throw new Error(
    "decap-server 没有启动：请运行 npm install 后重试 / decap-server did not start: run npm install and try again",
  );
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer) {
  response.writeHead(status, { "content-type": type, "cache-control": "no-store" });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, value: unknown) {
  send(response, status, TYPES[".json"]!, JSON.stringify(value));
}

/** A file below `folder`, or undefined for a path that leaves it. */
function fileBelow(folder: string, path: string): string | undefined {
  const file = resolve(folder, `.${sep}${decodeURIComponent(path)}`);
  return file.startsWith(folder + sep) && existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** The form's YAML applied to the file on disk, formatted as the project formats YAML. */
async function keptFormat(content: string, path: string, formText: string): Promise<string> {
  const file = resolve(content, path);
  const before = existsSync(file) ? readFileSync(file, "utf8") : null;
  const merged = mergeFormIntoYaml(before, formText);
  const options = (await prettier.resolveConfig(join(PROJECT, "content", "x.yaml"))) ?? {};
  return prettier.format(merged, { ...options, parser: "yaml" });
}

interface DataFile {
  path: string;
  raw: string;
}

export async function startEditor(options: EditorOptions): Promise<RunningEditor> {
  const root = resolve(options.root);
  const content = resolve(options.content ?? join(root, "content"));
  const decap = await startDecapServer(content);
  // decap-server goes when this process goes, however it ends.
  const stopDecap = () => decap.child.kill();
  process.once("exit", stopDecap);
  const adminFolder = HERE;

  async function proxy(request: IncomingMessage, response: ServerResponse) {
    const text = await readBody(request);
    let body: { action?: string; params?: { entry?: DataFile; dataFiles?: DataFile[] } };
    try {
      body = JSON.parse(text);
    } catch {
      return sendJson(response, 400, { error: "请求不是 JSON / the request is not JSON" });
    }
    if (body.action === "persistEntry" && body.params) {
      const files = body.params.dataFiles ?? (body.params.entry ? [body.params.entry] : []);
      for (const file of files)
        if (/\.ya?ml$/.test(file.path)) file.raw = await keptFormat(content, file.path, file.raw);
    }
    const answer = await fetch(decap.api, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    send(
      response,
      answer.status,
      answer.headers.get("content-type") ?? TYPES[".json"]!,
      Buffer.from(await answer.arrayBuffer()),
    );
  }

  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? "/", `http://${request.headers.host ?? "127.0.0.1"}`);
      const path = url.pathname;
      if (request.method === "POST" && path === "/api/v1") return await proxy(request, response);
      if (path === "/" || path === "/admin") {
        response.writeHead(302, { location: "/admin/" });
        return response.end();
      }
      if (path === "/admin/")
        return send(response, 200, TYPES[".html"]!, readFileSync(join(adminFolder, "admin.html")));
      if (path === "/admin/config.json") {
        const { input } = readContentFiles(root, content);
        const config = editorConfig(editorTowns(input, content), `${url.origin}/api/v1`);
        return sendJson(response, 200, config);
      }
      if (path === "/admin/admin.js") {
        const source = readFileSync(join(adminFolder, "admin.ts"), "utf8");
        return send(response, 200, TYPES[".js"]!, stripTypeScriptTypes(source));
      }
      if (path === "/admin/admin.css")
        return send(response, 200, TYPES[".css"]!, readFileSync(join(adminFolder, "admin.css")));
      if (path.startsWith("/admin/decap/")) {
        const file = fileBelow(DECAP_DIST, path.slice("/admin/decap/".length));
        if (file)
          return send(response, 200, TYPES[extname(file)] ?? "application/octet-stream", readFileSync(file));
      }
      if (path.startsWith("/api/check/"))
        return sendJson(
          response,
          200,
          checkOfFile(root, content, decodeURIComponent(path.slice("/api/check/".length))),
        );
      if (path === "/api/review") {
        const { input } = readContentFiles(root, content);
        return sendJson(response, 200, {
          units: unitsToReview(input.units),
          towns: editorTowns(input, content),
        });
      }
      send(response, 404, "text/plain; charset=utf-8", `找不到 / not found: ${path}`);
    } catch (error) {
      sendJson(response, 500, { error: error instanceof Error ? error.message : String(error) });
    }
  });

  await new Promise<void>((done) => server.listen(options.port, "127.0.0.1", done));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  return {
    url: `http://127.0.0.1:${port}/admin/`,
    async close() {
      process.off("exit", stopDecap);
      stopDecap();
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    },
  };
}
