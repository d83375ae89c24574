import { describe, expect, it } from "vitest";
import {
  allowedHosts,
  contentRefusal,
  onlyFields,
  pathRefusal,
  ReadVersions,
  refusal,
  versionOf,
  type GuardedRequest,
} from "../../src/lib/editor/index.ts";
import { parse } from "yaml";

const PORT = 4322;
const TOKEN = "a-secret-token-of-the-session";
const own: GuardedRequest = {
  method: "POST",
  path: "/api/v1",
  host: `127.0.0.1:${PORT}`,
  origin: `http://127.0.0.1:${PORT}`,
  token: TOKEN,
  contentType: "application/json; charset=utf-8",
  fetchSite: "same-origin",
};

describe("who may talk to the editor (refusal)", () => {
  it("serves the editor's own page under each name of this machine", () => {
    for (const host of allowedHosts(PORT))
      expect(refusal({ ...own, host, origin: `http://${host}` }, PORT, TOKEN)).toBeUndefined();
  });

  it("refuses another host name (DNS rebinding) with 421, before anything else", () => {
    expect(refusal({ ...own, host: "evil.example" }, PORT, TOKEN)?.status).toBe(421);
    expect(refusal({ ...own, host: `127.0.0.1:${PORT + 1}` }, PORT, TOKEN)?.status).toBe(421);
    expect(refusal({ ...own, method: "GET", path: "/admin/", host: undefined }, PORT, TOKEN)?.status).toBe(
      421,
    );
  });

  it("refuses an API request from another origin or one the browser marks cross-site", () => {
    expect(refusal({ ...own, origin: "http://evil.example" }, PORT, TOKEN)?.status).toBe(403);
    expect(refusal({ ...own, fetchSite: "cross-site" }, PORT, TOKEN)?.status).toBe(403);
    expect(refusal({ ...own, origin: undefined }, PORT, TOKEN)?.status).toBe(403);
  });

  it("refuses an API request without the session token, or with another", () => {
    expect(refusal({ ...own, token: undefined }, PORT, TOKEN)?.message).toContain("会话令牌");
    expect(refusal({ ...own, token: "x" }, PORT, TOKEN)?.status).toBe(403);
    expect(
      refusal({ ...own, method: "GET", path: "/api/review", token: undefined }, PORT, TOKEN)?.status,
    ).toBe(403);
  });

  it("refuses a write that is not JSON (what a form or a no-cors fetch can send)", () => {
    expect(refusal({ ...own, contentType: "text/plain" }, PORT, TOKEN)?.status).toBe(415);
    expect(refusal({ ...own, contentType: "application/x-www-form-urlencoded" }, PORT, TOKEN)?.status).toBe(
      415,
    );
  });

  it("serves the page and its scripts without a token (they hold no content)", () => {
    expect(
      refusal({ ...own, method: "GET", path: "/admin/", token: undefined, origin: undefined }, PORT, TOKEN),
    ).toBeUndefined();
  });
});

describe("what a save may write", () => {
  const folders = ["units/testtown", "sectors"];

  it("allows the YAML files directly in the form's folders only", () => {
    expect(pathRefusal("units/testtown/police.yaml", folders)).toBeUndefined();
    expect(pathRefusal("sectors/fire.yaml", folders)).toBeUndefined();
    for (const path of [
      "units/testtown/../../sources/mini.yaml",
      "units/testtown/sub/police.yaml",
      "sources/texts/mini.txt",
      "/etc/passwd",
      "units/testtown/police.yml",
      "units/testtown/./police.yaml",
      42,
    ])
      expect(pathRefusal(path, folders)?.status, String(path)).toBe(403);
  });

  it("refuses an empty, null, list or broken form, and accepts a mapping of fields", () => {
    for (const raw of ["", "  \n", "null", "~", "[]", "{}", "- a", "name: [x", undefined])
      expect(contentRefusal("units/testtown/police.yaml", raw)?.status, String(raw)).toBe(400);
    expect(contentRefusal("units/testtown/police.yaml", "name: 派出所\n")).toBeUndefined();
  });

  it("takes only the editable fields of a form for a file the form edits in part, the rest from disk", () => {
    const disk = "# 来源文件\ntitle: 旧标题\ndocNumber: 某〔2020〕1号\nfile: a.txt\nencodedSections: [一]\n";
    const form =
      "title: 新标题\ndocNumber: ''\nfile: ../../etc/passwd\nencodedSections: []\nissuer: 某镇人民政府\n";
    expect(parse(onlyFields(disk, form, ["title", "docNumber", "issuer"]))).toEqual({
      title: "新标题",
      issuer: "某镇人民政府",
      file: "a.txt",
      encodedSections: ["一"],
    });
  });

  it("knows a file changed since a tab read it, or never read by that tab", () => {
    const versions = new ReadVersions();
    const first = versionOf("name: a\n");
    versions.record("tab", "units/t/a.yaml", first);
    expect(versions.changedSinceRead("tab", "units/t/a.yaml", first)).toBe(false);
    expect(versions.changedSinceRead("tab", "./units/t/a.yaml", first)).toBe(false);
    expect(versions.changedSinceRead("tab", "units/t/a.yaml", versionOf("name: b\n"))).toBe(true);
    expect(versions.changedSinceRead("other", "units/t/a.yaml", first)).toBe(true);
    // A file that is not there yet (a new entry) is nobody's to lose.
    expect(versions.changedSinceRead("other", "units/t/new.yaml", undefined)).toBe(false);
  });
});
