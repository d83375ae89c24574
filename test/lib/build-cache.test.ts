import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cachedBytes, codeHash } from "../../src/lib/site/build-cache.ts";

const scratch = mkdtempSync(join(tmpdir(), "duty-matrix-cache-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("cachedBytes", () => {
  it("makes a file once for one input and reads it back after, and makes it again for another input", async () => {
    const folder = join(scratch, "cache");
    let made = 0;
    const make = (text: string) => async () => {
      made += 1;
      return new TextEncoder().encode(text);
    };
    const first = await cachedBytes(folder, "input A", make("A"));
    const again = await cachedBytes(folder, "input A", make("not used"));
    const other = await cachedBytes(folder, "input B", make("B"));
    expect([first, again, other].map((bytes) => new TextDecoder().decode(bytes))).toEqual(["A", "A", "B"]);
    expect(made).toBe(2);
  });

  it("still gives the bytes when the cache cannot be written", async () => {
    const blocked = join(scratch, "a-file");
    writeFileSync(blocked, "");
    const bytes = await cachedBytes(join(blocked, "cache"), "input", async () => new Uint8Array([1, 2]));
    expect([...bytes]).toEqual([1, 2]);
  });
});

describe("codeHash", () => {
  it("changes when a source file of the code changes, and gives none with code missing", () => {
    const code = join(scratch, "code");
    mkdirSync(code, { recursive: true });
    writeFileSync(join(code, "render.ts"), "export const a = 1;");
    const before = codeHash([code]);
    expect(codeHash([code])).toBe(before);
    writeFileSync(join(code, "render.ts"), "export const a = 2;");
    expect(codeHash([code])).not.toBe(before);
    expect(codeHash([code, join(scratch, "nowhere")])).toBeUndefined();
  });
});
