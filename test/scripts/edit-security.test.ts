import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EditorStartError, startEditor, type RunningEditor } from "../../scripts/edit/server.ts";
import { MINIMAL_FIXTURE } from "../helpers/fixture.ts";

/**
 * The editor's server against requests a web page on another site, a rebound DNS name, a
 * second window or a broken form could send. Each case starts from its own scratch copy of
 * the minimal fixture, and says what the server answers and what is (not) on disk after.
 */

const POLICE = "units/testtown/police.yaml";
const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

interface Editor {
  root: string;
  content: string;
  editor: RunningEditor;
  origin: string;
  port: number;
  read(file: string): string;
}

async function scratchEditor(): Promise<Editor> {
  const root = mkdtempSync(join(tmpdir(), "duty-matrix-edit-security-"));
  temporary.push(root);
  const content = join(root, "content");
  cpSync(join(MINIMAL_FIXTURE, "content"), content, { recursive: true });
  const editor = await startEditor({ root, content, port: 0 });
  const origin = new URL(editor.url).origin;
  return {
    root,
    content,
    editor,
    origin,
    port: Number(new URL(editor.url).port),
    read: (file) => readFileSync(join(content, file), "utf8"),
  };
}

/** A raw HTTP request, so Host, Origin and Content-Type are exactly what a browser or attacker sends. */
function send(
  port: number,
  options: { method?: string; path?: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    const request = httpRequest(
      {
        host: "127.0.0.1",
        port,
        method: options.method ?? "POST",
        path: options.path ?? "/api/v1",
        headers: options.headers,
        // Without a host header of the case's own, none is sent (Node would add 127.0.0.1:port).
        setHost: options.headers !== undefined && "host" in options.headers,
        agent: false,
      },
      (response) => {
        let body = "";
        response.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
        response.on("end", () => done({ status: response.statusCode ?? 0, body }));
      },
    );
    request.on("error", fail);
    if (options.body !== undefined) request.write(options.body);
    request.end();
  });
}

/** The headers of the editor's own page: its origin, its token, JSON, and a tab id. */
function own(editor: Editor, tab = "tab-a", extra: Record<string, string> = {}): Record<string, string> {
  return {
    host: `127.0.0.1:${editor.port}`,
    origin: editor.origin,
    "content-type": "application/json; charset=utf-8",
    "x-editor-token": editor.editor.token,
    "x-editor-tab": tab,
    ...extra,
  };
}

const persist = (path: string, raw: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ action: "persistEntry", params: { entry: { path, raw }, assets: [], ...extra } });
const getEntry = (path: string) => JSON.stringify({ action: "getEntry", params: { branch: "main", path } });

let shared: Editor;
beforeAll(async () => {
  shared = await scratchEditor();
});
afterAll(async () => {
  await shared?.editor.close();
});

interface Refused {
  name: string;
  /** The request, made from the shared editor's own headers. */
  request: (editor: Editor) => {
    method?: string;
    path?: string;
    headers: Record<string, string>;
    body?: string;
  };
  status: number;
  /** A fragment of the bilingual message. */
  says: string;
}

const hostile = (editor: Editor, headers: Record<string, string>) => ({ ...own(editor), ...headers });

const REFUSED: Refused[] = [
  {
    name: "a plain HTML form posted from another site",
    request: (e) => ({
      headers: {
        host: `127.0.0.1:${e.port}`,
        origin: "http://evil.example",
        "content-type": "application/x-www-form-urlencoded",
        "sec-fetch-site": "cross-site",
      },
      body: `action=persistEntry&raw=${encodeURIComponent("name: x")}`,
    }),
    status: 403,
    says: "不是从本机编辑器页面发出的",
  },
  {
    name: "a no-cors fetch from another site (text/plain, no token)",
    request: (e) => ({
      headers: { host: `127.0.0.1:${e.port}`, origin: "http://evil.example", "content-type": "text/plain" },
      body: persist(POLICE, "name: x"),
    }),
    status: 403,
    says: "evil.example",
  },
  {
    name: "a JSON write with another site's Origin, even with the token",
    request: (e) => ({
      headers: hostile(e, { origin: "http://evil.example" }),
      body: persist(POLICE, "name: x"),
    }),
    status: 403,
    says: "refused",
  },
  {
    name: "a write the browser marks as cross-site",
    request: (e) => ({
      headers: hostile(e, { "sec-fetch-site": "cross-site" }),
      body: persist(POLICE, "name: x"),
    }),
    status: 403,
    says: "refused",
  },
  {
    name: "a write the browser marks as same-site (another port of this machine)",
    request: (e) => ({
      headers: hostile(e, { "sec-fetch-site": "same-site" }),
      body: persist(POLICE, "name: x"),
    }),
    status: 403,
    says: "refused",
  },
  {
    name: "a write with the origin of another port of this machine",
    request: (e) => ({
      headers: hostile(e, { origin: `http://127.0.0.1:${e.port + 1}` }),
      body: persist(POLICE, "name: x"),
    }),
    status: 403,
    says: "refused",
  },
  {
    name: "a write with no Origin at all",
    request: (e) => {
      const { origin: _origin, ...headers } = own(e);
      return { headers, body: persist(POLICE, "name: x") };
    },
    status: 403,
    says: "refused",
  },
  {
    name: "a write with the null Origin of a sandboxed frame",
    request: (e) => ({ headers: hostile(e, { origin: "null" }), body: persist(POLICE, "name: x") }),
    status: 403,
    says: "refused",
  },
  {
    name: "a write without the session token",
    request: (e) => ({ headers: hostile(e, { "x-editor-token": "" }), body: persist(POLICE, "name: x") }),
    status: 403,
    says: "会话令牌",
  },
  {
    name: "a write with a wrong token of the right length",
    request: (e) => ({
      headers: hostile(e, { "x-editor-token": "x".repeat(e.editor.token.length) }),
      body: persist(POLICE, "name: x"),
    }),
    status: 403,
    says: "session token",
  },
  {
    name: "a write with a token of another length",
    request: (e) => ({
      headers: hostile(e, { "x-editor-token": "short" }),
      body: persist(POLICE, "name: x"),
    }),
    status: 403,
    says: "session token",
  },
  {
    name: "a write under a rebound host name (DNS rebinding)",
    request: (e) => ({
      headers: hostile(e, { host: "evil.example", origin: "http://evil.example" }),
      body: persist(POLICE, "name: x"),
    }),
    status: 421,
    says: "只接受本机地址",
  },
  {
    name: "the configuration asked for under a rebound host name",
    request: () => ({ method: "GET", path: "/admin/config.json", headers: { host: "evil.example" } }),
    status: 421,
    says: "evil.example",
  },
  {
    name: "the page asked for under a rebound host name (it carries the token)",
    request: () => ({ method: "GET", path: "/admin/", headers: { host: "evil.example:80" } }),
    status: 421,
    says: "only at",
  },
  {
    name: "a check result read under a rebound host name",
    request: () => ({
      method: "GET",
      path: `/api/check/${encodeURIComponent(POLICE)}`,
      headers: { host: "evil.example" },
    }),
    status: 421,
    says: "only at",
  },
  {
    name: "a request naming this machine on another port",
    request: (e) => ({
      method: "GET",
      path: "/admin/config.json",
      headers: { host: `localhost:${e.port + 1}` },
    }),
    status: 421,
    says: "only at",
  },
  {
    name: "a request naming a public address of this machine",
    request: (e) => ({
      method: "GET",
      path: "/admin/config.json",
      headers: { host: `192.168.1.10:${e.port}` },
    }),
    status: 421,
    says: "Host 192.168.1.10",
  },
  {
    name: "the review list read without the token",
    request: (e) => ({ method: "GET", path: "/api/review", headers: { host: `127.0.0.1:${e.port}` } }),
    status: 403,
    says: "会话令牌",
  },
  {
    name: "a check result read by a page of another site",
    request: (e) => ({
      method: "GET",
      path: `/api/check/${encodeURIComponent(POLICE)}`,
      headers: { host: `127.0.0.1:${e.port}`, origin: "http://evil.example", "sec-fetch-site": "cross-site" },
    }),
    status: 403,
    says: "refused",
  },
  {
    name: "a write sent as text/plain from the editor's own origin",
    request: (e) => ({
      headers: hostile(e, { "content-type": "text/plain" }),
      body: persist(POLICE, "name: x"),
    }),
    status: 415,
    says: "JSON",
  },
  {
    name: "a delete of a source text (not a file the form edits)",
    request: (e) => ({
      headers: own(e),
      body: JSON.stringify({ action: "deleteFile", params: { path: "sources/texts/mini.txt" } }),
    }),
    status: 403,
    says: "sources/texts/mini.txt",
  },
  {
    name: "a delete of a town (the form never deletes towns)",
    request: (e) => ({
      headers: own(e),
      body: JSON.stringify({ action: "deleteFiles", params: { paths: ["jurisdictions/testtown.yaml"] } }),
    }),
    status: 403,
    says: "jurisdictions/testtown.yaml",
  },
  {
    name: "a write that climbs out of the content folder",
    request: (e) => ({ headers: own(e), body: persist("units/testtown/../../../outside.yaml", "name: x") }),
    status: 403,
    says: "outside.yaml",
  },
  {
    name: "a write to an absolute path",
    request: (e) => ({ headers: own(e), body: persist("/tmp/duty-matrix-owned.yaml", "name: x") }),
    status: 403,
    says: "/tmp/duty-matrix-owned.yaml",
  },
  {
    name: "a write to a source's text (only the importer writes it)",
    request: (e) => ({ headers: own(e), body: persist("sources/texts/mini.yaml", "title: x") }),
    status: 403,
    says: "sources/texts/mini.yaml",
  },
  {
    name: "a write to a folder below a town's units",
    request: (e) => ({ headers: own(e), body: persist("units/testtown/2019/police.yaml", "name: x") }),
    status: 403,
    says: "2019",
  },
  {
    name: "a write to another file beside site.yaml at the top of the content folder",
    request: (e) => ({ headers: own(e), body: persist("sites.yaml", "title: x") }),
    status: 403,
    says: "sites.yaml",
  },
  {
    name: "a write to site.yaml from another site, even with the token",
    request: (e) => ({
      headers: hostile(e, { origin: "http://evil.example" }),
      body: persist("site.yaml", "title: 被改了"),
    }),
    status: 403,
    says: "refused",
  },
  {
    name: "a write of a file that is not YAML",
    request: (e) => ({ headers: own(e), body: persist("units/testtown/police.html", "<script>") }),
    status: 403,
    says: "police.html",
  },
  {
    name: "a rebuild of the site started by another site",
    request: (e) => ({
      path: "/api/rebuild",
      headers: hostile(e, { origin: "http://evil.example", "x-editor-token": "" }),
      body: "{}",
    }),
    status: 403,
    says: "refused",
  },
  {
    name: "a rebuild started without the session token",
    request: (e) => ({ path: "/api/rebuild", headers: hostile(e, { "x-editor-token": "" }), body: "{}" }),
    status: 403,
    says: "会话令牌",
  },
  {
    name: "a body over the size limit",
    request: (e) => ({ headers: own(e), body: persist(POLICE, `name: ${"x".repeat(3 * 1024 * 1024)}`) }),
    status: 413,
    says: "请求太大",
  },
  {
    name: "a body that is not JSON",
    request: (e) => ({ headers: own(e), body: "{action: persistEntry" }),
    status: 400,
    says: "not JSON",
  },
  {
    name: "an action the form never sends (publishing a workflow entry)",
    request: (e) => ({
      headers: own(e),
      body: JSON.stringify({ action: "publishUnpublishedEntry", params: { collection: "x", slug: "y" } }),
    }),
    status: 400,
    says: "不支持的操作",
  },
  {
    name: "a save that uploads a file with the entry",
    request: (e) => ({
      headers: own(e),
      body: persist(POLICE, "name: x", {
        assets: [{ path: "media/x.html", content: "PHNjcmlwdD4=", encoding: "base64" }],
      }),
    }),
    status: 400,
    says: "附件",
  },
  {
    name: "a save that renames the file",
    request: (e) => ({
      headers: own(e),
      body: JSON.stringify({
        action: "persistEntry",
        params: {
          entry: { path: POLICE, raw: "name: x", newPath: "units/testtown/renamed.yaml" },
          assets: [],
        },
      }),
    }),
    status: 400,
    says: "renames",
  },
  {
    name: "an empty save",
    request: (e) => ({ headers: own(e), body: persist(POLICE, "") }),
    status: 400,
    says: "表单是空的",
  },
  {
    name: "a save of null",
    request: (e) => ({ headers: own(e), body: persist(POLICE, "null\n") }),
    status: 400,
    says: "would erase the file",
  },
  {
    name: "a save of an empty mapping",
    request: (e) => ({ headers: own(e), body: persist(POLICE, "{}\n") }),
    status: 400,
    says: "表单是空的",
  },
  {
    name: "a save of a list instead of a unit",
    request: (e) => ({ headers: own(e), body: persist(POLICE, "- a\n- b\n") }),
    status: 400,
    says: "表单是空的",
  },
  {
    name: "a save of YAML that does not parse",
    request: (e) => ({ headers: own(e), body: persist(POLICE, "name: [x\n") }),
    status: 400,
    says: "不是有效的 YAML",
  },
  {
    name: "a save with no file in it",
    request: (e) => ({ headers: own(e), body: JSON.stringify({ action: "persistEntry", params: {} }) }),
    status: 400,
    says: "nothing to save",
  },
];

/** Every file of the content folder with its text: nothing changed when this is the same. */
function snapshot(content: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of (readdirSync(content, { recursive: true, encoding: "utf8" }) as string[]).sort()) {
    try {
      files.set(name, readFileSync(join(content, name), "utf8"));
    } catch {
      // a folder
    }
  }
  return files;
}

describe("the editor's server refuses what its own page did not send, and writes nothing", () => {
  for (const bad of REFUSED)
    it(`refuses ${bad.name} with ${bad.status} and one bilingual message, leaving the content as it was`, async () => {
      const before = snapshot(shared.content);
      // The file was opened in this tab first, so a refusal is never "changed since opened".
      await send(shared.port, { headers: own(shared), body: getEntry(POLICE) });
      const answer = await send(shared.port, bad.request(shared));
      expect(answer.status, answer.body).toBe(bad.status);
      const { error } = JSON.parse(answer.body) as { error: string };
      expect(error).toContain(bad.says);
      expect(error).toMatch(/[\u4e00-\u9fff].* \/ [A-Za-z]/u);
      expect(error).not.toMatch(/\n\s+at /);
      expect(snapshot(shared.content)).toEqual(before);
      expect(existsSync("/tmp/duty-matrix-owned.yaml")).toBe(false);
      expect(existsSync(join(shared.root, "outside.yaml"))).toBe(false);
    });

  it("hands a rebound host name no proxy address of its own: the configuration names 127.0.0.1", async () => {
    const answer = await send(shared.port, {
      method: "GET",
      path: "/admin/config.json",
      headers: { host: `127.0.0.1:${shared.port}` },
    });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body).backend.proxy_url).toBe(`${shared.origin}/api/v1`);
  });

  it("writes the page's token into the page it serves, and nowhere else", async () => {
    const page = await send(shared.port, {
      method: "GET",
      path: "/admin/",
      headers: { host: `localhost:${shared.port}` },
    });
    expect(page.status).toBe(200);
    expect(page.body).toContain(`content="${shared.editor.token}"`);
    const config = await send(shared.port, {
      method: "GET",
      path: "/admin/config.json",
      headers: { host: `127.0.0.1:${shared.port}` },
    });
    expect(config.body).not.toContain(shared.editor.token);
  });
});

describe("no edit is lost: a save is compared with the version its window opened", () => {
  const marked = (text: string, note: string) => `${text.trimEnd()}\nnotes: ${note}\n`;

  it("refuses the second of two windows that opened the same file, and keeps the first one's edit", async () => {
    const e = await scratchEditor();
    try {
      const original = e.read(POLICE);
      await send(e.port, { headers: own(e, "first"), body: getEntry(POLICE) });
      await send(e.port, { headers: own(e, "second"), body: getEntry(POLICE) });
      expect(
        (
          await send(e.port, {
            headers: own(e, "first"),
            body: persist(POLICE, marked(original, "第一个窗口")),
          })
        ).status,
      ).toBe(200);
      const second = await send(e.port, {
        headers: own(e, "second"),
        body: persist(POLICE, marked(original, "第二个窗口")),
      });
      expect(second.status).toBe(409);
      expect(JSON.parse(second.body).error).toContain("在您打开之后被改过");
      expect(e.read(POLICE)).toContain("第一个窗口");
      expect(e.read(POLICE)).not.toContain("第二个窗口");
    } finally {
      await e.editor.close();
    }
  });

  it("still refuses the second window when it listed the collection after the first save (a list is not an opened form)", async () => {
    const e = await scratchEditor();
    try {
      const original = e.read(POLICE);
      await send(e.port, { headers: own(e, "first"), body: getEntry(POLICE) });
      await send(e.port, { headers: own(e, "second"), body: getEntry(POLICE) });
      await send(e.port, { headers: own(e, "first"), body: persist(POLICE, marked(original, "第一个窗口")) });
      // A relation field's choices, or the list beside the form, read the new version in the background.
      const listing = await send(e.port, {
        headers: own(e, "second"),
        body: JSON.stringify({
          action: "entriesByFolder",
          params: { branch: "main", folder: "units/testtown", extension: "yaml", depth: 1 },
        }),
      });
      expect(listing.status).toBe(200);
      expect(listing.body).toContain("第一个窗口");
      const second = await send(e.port, {
        headers: own(e, "second"),
        body: persist(POLICE, marked(original, "第二个窗口")),
      });
      expect(second.status).toBe(409);
      expect(e.read(POLICE)).toContain("第一个窗口");
    } finally {
      await e.editor.close();
    }
  });

  it("lets the same window save again after its own save", async () => {
    const e = await scratchEditor();
    try {
      const original = e.read(POLICE);
      await send(e.port, { headers: own(e), body: getEntry(POLICE) });
      expect(
        (await send(e.port, { headers: own(e), body: persist(POLICE, marked(original, "一")) })).status,
      ).toBe(200);
      expect(
        (await send(e.port, { headers: own(e), body: persist(POLICE, marked(original, "二")) })).status,
      ).toBe(200);
      expect(e.read(POLICE)).toContain("notes: 二");
    } finally {
      await e.editor.close();
    }
  });

  it("refuses a save over a file another program changed after the window opened it", async () => {
    const e = await scratchEditor();
    try {
      const original = e.read(POLICE);
      await send(e.port, { headers: own(e), body: getEntry(POLICE) });
      writeFileSync(join(e.content, POLICE), marked(original, "别的程序改的"));
      const answer = await send(e.port, { headers: own(e), body: persist(POLICE, marked(original, "表单")) });
      expect(answer.status).toBe(409);
      expect(e.read(POLICE)).toContain("别的程序改的");
    } finally {
      await e.editor.close();
    }
  });

  it("refuses a save over a file the window never opened", async () => {
    const e = await scratchEditor();
    try {
      const original = e.read(POLICE);
      const answer = await send(e.port, {
        headers: own(e, "never-read"),
        body: persist(POLICE, marked(original, "x")),
      });
      expect(answer.status).toBe(409);
      expect(e.read(POLICE)).toBe(original);
    } finally {
      await e.editor.close();
    }
  });

  it("refuses a delete by a window that opened the file before another window changed it", async () => {
    const e = await scratchEditor();
    try {
      const original = e.read(POLICE);
      await send(e.port, { headers: own(e, "first"), body: getEntry(POLICE) });
      await send(e.port, { headers: own(e, "second"), body: getEntry(POLICE) });
      await send(e.port, { headers: own(e, "first"), body: persist(POLICE, marked(original, "改过")) });
      const answer = await send(e.port, {
        headers: own(e, "second"),
        body: JSON.stringify({ action: "deleteFile", params: { path: POLICE } }),
      });
      expect(answer.status).toBe(409);
      expect(e.read(POLICE)).toContain("改过");
    } finally {
      await e.editor.close();
    }
  });

  it("keeps the version a save replaces, and the file a delete removes, under .backups/", async () => {
    const e = await scratchEditor();
    try {
      const original = e.read(POLICE);
      await send(e.port, { headers: own(e), body: getEntry(POLICE) });
      await send(e.port, { headers: own(e), body: persist(POLICE, marked(original, "新")) });
      await send(e.port, {
        headers: own(e),
        body: JSON.stringify({ action: "deleteFile", params: { path: POLICE } }),
      });
      expect(existsSync(join(e.content, POLICE))).toBe(false);
      const backups = (
        readdirSync(join(e.root, ".backups"), { recursive: true, encoding: "utf8" }) as string[]
      )
        .filter((name) => name.endsWith("police.yaml"))
        .map((name) => readFileSync(join(e.root, ".backups", name), "utf8"));
      expect(backups).toContain(original);
      expect(backups.some((text) => text.includes("notes: 新"))).toBe(true);
    } finally {
      await e.editor.close();
    }
  });

  it("saves the site's settings (site.yaml) and a new contact from the form, each in its own place", async () => {
    const e = await scratchEditor();
    try {
      const site = await send(e.port, {
        headers: own(e),
        body: persist("site.yaml", "title: 测试县乡镇安全生产职责矩阵\ntowns: [testtown]\n"),
      });
      expect(site.status, site.body).toBe(200);
      expect(e.read("site.yaml")).toContain("测试县乡镇安全生产职责矩阵");
      const path = "contacts/testtown/contact-20261204-101010.yaml";
      const contact = await send(e.port, {
        headers: own(e),
        body: persist(path, "unit: police\ndutyPhone: 0632-1234567\nchecked: 2026-12-01\n"),
      });
      expect(contact.status, contact.body).toBe(200);
      expect(e.read(path)).toContain("0632-1234567");
    } finally {
      await e.editor.close();
    }
  });

  it("saves a new unit (no file yet) and leaves no temporary file beside it", async () => {
    const e = await scratchEditor();
    try {
      const path = "units/testtown/unit-20261204-101010.yaml";
      const raw =
        "name: 测试司法所\nkind: department\njurisdiction: testtown\nsource: mini\nduties:\n  - { clause: 二1(1), text: 负责消防安全监督管理；, role: lead, sectors: [fire] }\n";
      const answer = await send(e.port, { headers: own(e), body: persist(path, raw) });
      expect(answer.status, answer.body).toBe(200);
      expect(e.read(path)).toContain("测试司法所");
      expect(
        readdirSync(join(e.content, "units", "testtown")).filter((name) => name.endsWith(".tmp")),
      ).toEqual([]);
    } finally {
      await e.editor.close();
    }
  });
});

describe("a source in the form", () => {
  const SOURCE = "sources/mini.yaml";

  it("saves a source's title, 文号 and date, and keeps its file, jurisdictions and sections whatever the form sends", async () => {
    const e = await scratchEditor();
    try {
      const original = e.read(SOURCE);
      await send(e.port, { headers: own(e), body: getEntry(SOURCE) });
      const form = [
        "title: 测试镇安全生产职责",
        "docNumber: 测试〔2024〕2号",
        "date: 2024-03-01",
        "jurisdictions: [othertown]",
        "kind: 意见",
        "file: ../../../etc/passwd",
        "encodedSections: []",
        "",
      ].join("\n");
      const saved = await send(e.port, { headers: own(e), body: persist(SOURCE, form) });
      expect(saved.status, saved.body).toBe(200);
      const after = parse(e.read(SOURCE)) as Record<string, unknown>;
      expect(after).toEqual({
        ...(parse(original) as Record<string, unknown>),
        title: "测试镇安全生产职责",
        docNumber: "测试〔2024〕2号",
        date: "2024-03-01",
      });
      // Emptied in the form, an optional fact leaves the file.
      const emptied = await send(e.port, {
        headers: own(e),
        body: persist(SOURCE, "title: 测试镇安全生产职责\ndocNumber: ''\n"),
      });
      expect(emptied.status, emptied.body).toBe(200);
      expect(parse(e.read(SOURCE))).not.toHaveProperty("docNumber");
      expect(parse(e.read(SOURCE))).toHaveProperty("file", "mini.txt");
    } finally {
      await e.editor.close();
    }
  });
});

describe("整理: moving, splitting, merging and renaming through the editor's server", () => {
  const WATER = "units/testtown/water.yaml";
  const ask = (e: Editor, operation: Record<string, unknown>, file = POLICE, tab = "tab-a") =>
    send(e.port, {
      path: "/api/restructure",
      headers: own(e, tab),
      body: JSON.stringify({ file, operation }),
    });
  const duties = (e: Editor, file: string) =>
    (parse(e.read(file)) as { duties: Array<{ clause: string; text: string }> }).duties;

  it("splits a duty before the words given and merges the pieces back, each step verbatim", async () => {
    const e = await scratchEditor();
    try {
      const original = e.read(POLICE);
      await send(e.port, { headers: own(e), body: getEntry(POLICE) });
      const split = await ask(e, { kind: "split", duty: 0, at: "安全" });
      expect(split.status, split.body).toBe(200);
      expect(duties(e, POLICE).map((d) => [d.clause, d.text])).toEqual([
        ["二1(1)", "负责消防"],
        ["二1(1)", "安全监督管理；"],
        ["二1(2)", "协助有关部门做好燃气安全工作。"],
      ]);
      const merged = await ask(e, { kind: "merge", duty: 0 });
      expect(merged.status, merged.body).toBe(200);
      expect(parse(e.read(POLICE))).toEqual(parse(original));
      // Two clauses are never one duty.
      const refused = await ask(e, { kind: "merge", duty: 0 });
      expect(refused.status).toBe(400);
      expect(JSON.parse(refused.body).error).toContain("同一条款");
      expect(parse(e.read(POLICE))).toEqual(parse(original));
    } finally {
      await e.editor.close();
    }
  });

  it("moves a duty to another unit of the town, and refuses a unit of another town", async () => {
    const e = await scratchEditor();
    try {
      await send(e.port, { headers: own(e), body: getEntry(POLICE) });
      const moved = await ask(e, { kind: "move", duty: 1, to: WATER });
      expect(moved.status, moved.body).toBe(200);
      expect(duties(e, POLICE).map((d) => d.clause)).toEqual(["二1(1)"]);
      expect(duties(e, WATER).map((d) => d.clause)).toEqual(["二2第1段", "二1(2)"]);
      const away = await ask(e, { kind: "move", duty: 0, to: "units/othertown/police.yaml" });
      expect(away.status).toBe(400);
      expect(duties(e, POLICE).map((d) => d.clause)).toEqual(["二1(1)"]);
    } finally {
      await e.editor.close();
    }
  });

  it("renames a unit: its file and address follow the pinyin of its short name, references to it follow, the old file kept in a backup", async () => {
    const e = await scratchEditor();
    try {
      // A group of the town that applies its duties to the water station, by id.
      writeFileSync(
        join(e.content, "units/testtown/all.yaml"),
        e.read(POLICE).replace("name: 测试派出所", "name: 各站所\nappliesTo:\n  units: [water, police]"),
      );
      await send(e.port, { headers: own(e), body: getEntry(WATER) });
      const renamed = await ask(e, { kind: "rename", name: "测试镇水务站" }, WATER);
      expect(renamed.status, renamed.body).toBe(200);
      const answer = JSON.parse(renamed.body) as { file: string };
      // 测试镇水务站 without its town is 水务站: shuiwuzhan.
      expect(answer.file).toBe("units/testtown/shuiwuzhan.yaml");
      expect(existsSync(join(e.content, WATER))).toBe(false);
      expect((parse(e.read(answer.file)) as { name: string }).name).toBe("测试镇水务站");
      expect(
        (parse(e.read("units/testtown/all.yaml")) as { appliesTo: { units: string[] } }).appliesTo.units,
      ).toEqual(["shuiwuzhan", "police"]);
      expect(readdirSync(join(e.root, ".backups")).length).toBeGreaterThan(0);
    } finally {
      await e.editor.close();
    }
  });

  it("refuses a change by a window that never opened the unit, and one from another site", async () => {
    const e = await scratchEditor();
    try {
      const original = e.read(POLICE);
      const unopened = await ask(e, { kind: "split", duty: 0, at: "安全" }, POLICE, "tab-b");
      expect(unopened.status).toBe(409);
      const foreign = await send(e.port, {
        path: "/api/restructure",
        headers: { ...own(e), origin: "http://evil.example", "sec-fetch-site": "cross-site" },
        body: JSON.stringify({ file: POLICE, operation: { kind: "split", duty: 0, at: "安全" } }),
      });
      expect(foreign.status).toBe(403);
      const odd = await ask(e, { kind: "split", duty: 0, at: "安全" }, "../../etc/passwd");
      expect(odd.status).toBe(400);
      expect(e.read(POLICE)).toBe(original);
    } finally {
      await e.editor.close();
    }
  });
});

describe("starting the editor", () => {
  it("says the port is taken, and which to use instead, when another program holds it", async () => {
    const holder = createServer();
    await new Promise<void>((done) => holder.listen(0, "127.0.0.1", done));
    const port = (holder.address() as { port: number }).port;
    const root = mkdtempSync(join(tmpdir(), "duty-matrix-edit-port-"));
    temporary.push(root);
    cpSync(join(MINIMAL_FIXTURE, "content"), join(root, "content"), { recursive: true });
    try {
      const error = await startEditor({ root, port }).then(
        (editor) => editor.close().then(() => undefined),
        (thrown: unknown) => thrown,
      );
      expect(error).toBeInstanceOf(EditorStartError);
      expect((error as EditorStartError).problem).toContain(`端口 ${port} 已被占用`);
      expect((error as EditorStartError).fix).toContain(`--port ${port + 1}`);
    } finally {
      holder.close();
    }
  });
});
