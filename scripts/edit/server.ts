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
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createServer as createNetServer } from "node:net";
import { stripTypeScriptTypes } from "node:module";
import { dirname, extname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import * as prettier from "prettier";
import {
  COLLECTIONS,
  formatProblem,
  readContentFiles,
  type ContentInput,
} from "../../src/lib/content/index.ts";
import { checkAndBuild } from "../../src/lib/pipeline/index.ts";
import {
  contentRefusal,
  editorConfig,
  MAX_IMPORT_REQUEST_BYTES,
  MAX_REQUEST_BYTES,
  mergeFormIntoYaml,
  onlyFields,
  pathRefusal,
  ReadVersions,
  refusal,
  SOURCE_FIELDS_EDITED,
  staleRefusal,
  TAB_HEADER,
  TOKEN_HEADER,
  versionOf,
  type EditorCollection,
  type EditorConfig,
  type EditorTown,
  type Refusal,
} from "../../src/lib/editor/index.ts";
import { backupFolder, removeWithBackup, writeWithBackup } from "../lib/safe-write.ts";
import { rebuilder } from "./rebuild.ts";
import { importRequest } from "./import-route.ts";
import { restructure, unitStructure } from "./restructure-route.ts";
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
  /** Where 重新生成网站 builds the site (default <root>/dist). */
  dist?: string;
}

/** Why the editor could not start, and what to do: printed as two lines, no stack trace. */
export class EditorStartError extends Error {
  /** What is wrong. */
  readonly problem: string;
  /** What to do. */
  readonly fix: string;

  constructor(problem: string, fix: string) {
    super(problem);
    this.problem = problem;
    this.fix = fix;
  }
}

export interface RunningEditor {
  /** The editor's address: open it in a browser. */
  url: string;
  /** The session token the editor's page carries (for tests that speak to the API). */
  token: string;
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

/** The request's body, or undefined once it grows past the limit (the rest is not read). */
async function readBody(request: IncomingMessage, limit = MAX_REQUEST_BYTES): Promise<string | undefined> {
  if (Number(request.headers["content-length"] ?? 0) > limit) return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

const TOO_LARGE: Refusal = {
  status: 413,
  message: `请求太大（上限 ${MAX_REQUEST_BYTES / 1024 / 1024} MB），没有保存 / the request is larger than ${MAX_REQUEST_BYTES / 1024 / 1024} MB and was not saved`,
};

/** The editor's pages by address: the form (Decap) and the 导入 page. */
/** Modules the editor's pages import (./dom.ts …), served from this folder with types stripped. */
const BROWSER_MODULES = new Set(["/admin/structure-panel.ts", "/admin/dom.ts"]);
const PAGES: Record<string, string> = { "/admin/": "admin.html", "/admin/import/": "import.html" };

/** The actions of Decap's proxy backend the form uses; anything else is refused. */
const READS = new Set(["info", "entriesByFolder", "entriesByFiles", "getEntry", "getMedia"]);
const WRITES = new Set(["persistEntry", "deleteFile", "deleteFiles"]);

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
async function keptFormat(before: string | null, formText: string): Promise<string> {
  const merged = mergeFormIntoYaml(before, formText);
  const options = (await prettier.resolveConfig(join(PROJECT, "content", "x.yaml"))) ?? {};
  return prettier.format(merged, { ...options, parser: "yaml" });
}

interface DataFile {
  path: string;
  raw: string;
  newPath?: string;
}

interface ProxyBody {
  action?: string;
  params?: {
    entry?: DataFile;
    dataFiles?: DataFile[];
    assets?: unknown[];
    path?: string;
    paths?: string[];
  };
}

/** A source's metadata file (sources/x.yaml), of which the form edits only some fields. */
function isSourceFile(path: string): boolean {
  return path.startsWith(`${COLLECTIONS.sources.folder}/`);
}

/** The folders the form writes, and those it may delete from. */
function formFolders(config: EditorConfig): {
  writable: string[];
  writableFiles: string[];
  deletable: string[];
} {
  const edited = config.collections.filter((collection) => !collection.hide);
  const folderOf = (collection: EditorCollection) => collection.folder ?? [];
  return {
    writable: edited.flatMap(folderOf),
    writableFiles: edited.flatMap((collection) => (collection.files ?? []).map((file) => file.file)),
    deletable: edited.filter((collection) => collection.delete).flatMap(folderOf),
  };
}

/** A file's text on disk, or null when there is none. */
function onDisk(content: string, path: string): string | null {
  const file = resolve(content, path);
  return existsSync(file) ? readFileSync(file, "utf8") : null;
}

export async function startEditor(options: EditorOptions): Promise<RunningEditor> {
  const root = resolve(options.root);
  const content = resolve(options.content ?? join(root, "content"));
  const decap = await startDecapServer(content);
  // decap-server goes when this process goes, however it ends.
  const stopDecap = () => decap.child.kill();
  process.once("exit", stopDecap);
  const adminFolder = HERE;
  // The secret the editor's page carries in every API request: only a page this server
  // served (to this machine, under its own host name) knows it.
  const token = randomBytes(24).toString("base64url");
  const versions = new ReadVersions();
  const builds = rebuilder({
    project: PROJECT,
    root,
    content,
    dist: resolve(options.dist ?? join(root, "dist")),
  });
  const folders = () =>
    formFolders(editorConfig(editorTowns(readContentFiles(root, content).input, content), ""));
  const refuse = (response: ServerResponse, why: Refusal) =>
    sendJson(response, why.status, { error: why.message });

  /** A save: every file checked first (place, content, not changed since this tab read it), then written. */
  async function persist(tab: string, body: ProxyBody, response: ServerResponse) {
    const params = body.params ?? {};
    const files = params.dataFiles ?? (params.entry ? [params.entry] : []);
    if (files.length === 0)
      return refuse(response, { status: 400, message: "没有要保存的文件 / nothing to save" });
    if ((params.assets ?? []).length > 0 || files.some((file) => file.newPath))
      return refuse(response, {
        status: 400,
        message: "表单编辑器不上传附件、不改文件名 / the form editor neither uploads media nor renames files",
      });
    const { writable, writableFiles } = folders();
    const planned: Array<{ path: string; text: string; before: string | null }> = [];
    for (const file of files) {
      const why = pathRefusal(file.path, writable, writableFiles) ?? contentRefusal(file.path, file.raw);
      if (why) return refuse(response, why);
      const before = onDisk(content, file.path);
      if (versions.changedSinceRead(tab, file.path, before === null ? undefined : versionOf(before)))
        return refuse(response, staleRefusal(file.path));
      // Of a source, the form edits only what the document says about itself.
      const raw = isSourceFile(file.path) ? onlyFields(before, file.raw, SOURCE_FIELDS_EDITED) : file.raw;
      planned.push({ path: file.path, text: await keptFormat(before, raw), before });
    }
    const backup = backupFolder(root, "edit");
    for (const file of planned) {
      writeWithBackup(content, file.path, file.text, backup);
      versions.record(tab, file.path, versionOf(file.text));
    }
    sendJson(response, 200, { message: "entry persisted" });
  }

  async function remove(tab: string, body: ProxyBody, response: ServerResponse) {
    const paths = body.action === "deleteFiles" ? (body.params?.paths ?? []) : [body.params?.path];
    const { deletable } = folders();
    for (const path of paths) {
      const why = pathRefusal(path, deletable);
      if (why) return refuse(response, why);
      const before = onDisk(content, path!);
      if (before !== null && versions.changedSinceRead(tab, path!, versionOf(before)))
        return refuse(response, staleRefusal(path!));
    }
    const backup = backupFolder(root, "edit");
    for (const path of paths) removeWithBackup(content, path!, backup);
    sendJson(response, 200, { message: `deleted ${paths.join(", ")}` });
  }

  async function proxy(request: IncomingMessage, response: ServerResponse) {
    const text = await readBody(request);
    if (text === undefined) {
      // The rest of the body is not read: the connection closes after the answer.
      response.shouldKeepAlive = false;
      refuse(response, TOO_LARGE);
      response.once("finish", () => request.destroy());
      return;
    }
    let body: ProxyBody;
    try {
      body = JSON.parse(text) as ProxyBody;
    } catch {
      return refuse(response, { status: 400, message: "请求不是 JSON / the request is not JSON" });
    }
    const tab = String(request.headers[TAB_HEADER] ?? "");
    const action = String(body?.action ?? "");
    if (action === "persistEntry") return persist(tab, body, response);
    if (action === "deleteFile" || action === "deleteFiles") return remove(tab, body, response);
    if (!READS.has(action) && !WRITES.has(action))
      return refuse(response, { status: 400, message: `不支持的操作 ${action} / unsupported action` });
    const answer = await fetch(decap.api, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const bytes = Buffer.from(await answer.arrayBuffer());
    // What this tab opened in its form: a later save from it is checked against that version.
    // Only an opened entry counts — a list or a relation field's choices read files in the
    // background, and a form opened before them still holds the older version.
    if (answer.ok && action === "getEntry") {
      const read = JSON.parse(bytes.toString("utf8")) as unknown;
      for (const entry of Array.isArray(read) ? read : [read]) {
        const file = (entry as { data?: unknown; file?: { path?: unknown } } | null) ?? {};
        if (typeof file.data === "string" && typeof file.file?.path === "string")
          versions.record(tab, file.file.path, versionOf(file.data));
      }
    }
    send(response, answer.status, answer.headers.get("content-type") ?? TYPES[".json"]!, bytes);
  }

  let port = options.port;
  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? "/", `http://127.0.0.1:${port}`);
      const path = url.pathname;
      const header = (name: string) => {
        const value = request.headers[name];
        return Array.isArray(value) ? value[0] : value;
      };
      const why = refusal(
        {
          method: request.method ?? "GET",
          path,
          host: header("host"),
          origin: header("origin"),
          token: header(TOKEN_HEADER),
          contentType: header("content-type"),
          fetchSite: header("sec-fetch-site"),
        },
        port,
        token,
      );
      if (why) {
        request.resume();
        return refuse(response, why);
      }
      // The host the page was asked for (checked above): its API is at the same one.
      const origin = `http://${header("host")!.toLowerCase()}`;
      if (request.method === "POST" && path === "/api/v1") return await proxy(request, response);
      if (path === "/" || path === "/admin") {
        response.writeHead(302, { location: "/admin/" });
        return response.end();
      }
      // The editor's pages, each with the session token written in.
      const page = PAGES[path];
      if (page)
        return send(
          response,
          200,
          TYPES[".html"]!,
          readFileSync(join(adminFolder, page), "utf8").replace("{{EDITOR_TOKEN}}", token),
        );
      if (path === "/admin/import.js") {
        const source = readFileSync(join(adminFolder, "import-page.ts"), "utf8");
        return send(response, 200, TYPES[".js"]!, stripTypeScriptTypes(source));
      }
      if (path === "/admin/config.json") {
        const { input } = readContentFiles(root, content);
        const config = editorConfig(editorTowns(input, content), `${origin}/api/v1`);
        return sendJson(response, 200, config);
      }
      // The modules the editor's pages import, as JavaScript.
      if (BROWSER_MODULES.has(path)) {
        const source = readFileSync(join(adminFolder, path.slice("/admin/".length)), "utf8");
        return send(response, 200, TYPES[".js"]!, stripTypeScriptTypes(source));
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
      if (request.method === "POST" && (path === "/api/import/preview" || path === "/api/import/write")) {
        const text = await readBody(request, MAX_IMPORT_REQUEST_BYTES);
        if (text === undefined) {
          response.shouldKeepAlive = false;
          refuse(response, {
            status: 413,
            message: `文件太大（上限 30 MB） / the file is over 30 MB`,
          });
          response.once("finish", () => request.destroy());
          return;
        }
        const answer = await importRequest(text, content, path.endsWith("/write"));
        return sendJson(response, answer.status, answer.body);
      }
      if (path.startsWith("/api/structure/")) {
        const answer = unitStructure(
          { root, content, versions },
          String(request.headers[TAB_HEADER] ?? ""),
          decodeURIComponent(path.slice("/api/structure/".length)),
        );
        if ("message" in answer) return refuse(response, answer);
        return sendJson(response, 200, answer);
      }
      if (path === "/api/restructure" && request.method === "POST") {
        const text = await readBody(request);
        if (text === undefined) {
          response.shouldKeepAlive = false;
          refuse(response, { status: 413, message: "请求太大 / the request is too large" });
          response.once("finish", () => request.destroy());
          return;
        }
        let body: unknown;
        try {
          body = JSON.parse(text);
        } catch {
          return refuse(response, { status: 400, message: "请求不是 JSON / the request is not JSON" });
        }
        const answer = await restructure(
          { root, content, versions },
          String(request.headers[TAB_HEADER] ?? ""),
          body,
        );
        if ("message" in answer) return refuse(response, answer);
        return sendJson(response, 200, answer);
      }
      if (path === "/api/rebuild" && request.method === "POST") {
        request.resume();
        return builds.start()
          ? sendJson(response, 202, builds.state())
          : refuse(response, {
              status: 409,
              message: "网站正在生成，请稍候 / the site is being built already",
            });
      }
      if (path === "/api/rebuild") return sendJson(response, 200, builds.state());
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

  try {
    await new Promise<void>((done, fail) => {
      server.once("error", fail);
      server.listen(options.port, "127.0.0.1", done);
    });
  } catch (error) {
    stopDecap();
    process.off("exit", stopDecap);
    if ((error as NodeJS.ErrnoException).code === "EADDRINUSE")
      throw new EditorStartError(
        `端口 ${options.port} 已被占用（也许编辑器已经在运行：打开 http://127.0.0.1:${options.port}/admin/ 看看） / port ${options.port} is in use (perhaps the editor is running already)`,
        `用另一个端口：npm run edit -- --port ${options.port + 1} / use another port: npm run edit -- --port ${options.port + 1}`,
      );
    throw error;
  }
  const address = server.address();
  port = typeof address === "object" && address ? address.port : options.port;
  return {
    url: `http://127.0.0.1:${port}/admin/`,
    token,
    async close() {
      await builds.close();
      process.off("exit", stopDecap);
      stopDecap();
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    },
  };
}
