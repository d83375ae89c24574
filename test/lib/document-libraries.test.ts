import { describe, expect, it } from "vitest";
import {
  DOCUMENT_LIBRARIES,
  libraryEntry,
  libraryFileName,
  librariesKey,
  libraryUrl,
} from "../../src/integrations/document-libraries.ts";

describe("the Word and Excel libraries bundled once per lockfile", () => {
  it("are bundled again when the lockfile changes, and not otherwise", () => {
    const lockfile = JSON.stringify({ packages: { "node_modules/docx": { version: "9.0.0" } } });
    expect(librariesKey(lockfile)).toBe(librariesKey(lockfile));
    expect(librariesKey(lockfile.replace("9.0.0", "9.0.1"))).not.toBe(librariesKey(lockfile));
  });

  it("are named by library and key, so a browser never keeps an old copy", () => {
    expect(libraryFileName("write-excel-file/browser", "abc123")).toBe("write-excel-file-browser.abc123.js");
    expect(libraryFileName("docx", "abc123")).not.toBe(libraryFileName("docx", "def456"));
  });

  it("are imported from under the base path, with or without its last slash", () => {
    expect(libraryUrl("/", "jszip", "k")).toBe("/_vendor/jszip.k.js");
    expect(libraryUrl("/anquan/", "jszip", "k")).toBe("/anquan/_vendor/jszip.k.js");
    expect(libraryUrl("/anquan", "jszip", "k")).toBe("/anquan/_vendor/jszip.k.js");
  });

  it("re-export a default export only where the pages' scripts import one", () => {
    const entries = Object.fromEntries(
      DOCUMENT_LIBRARIES.map((library) => [library.id, libraryEntry(library)]),
    );
    expect(entries["docx"]).toBe('export * from "docx";\n');
    expect(entries["jszip"]).toContain('export { default } from "jszip";');
    expect(entries["write-excel-file/browser"]).toContain(
      'export { default } from "write-excel-file/browser";',
    );
  });
});
