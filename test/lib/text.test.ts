import { describe, expect, it } from "vitest";
import { decodeDetected, detectEncoding } from "../../src/lib/content/index.ts";
import { containsVerbatim, normaliseForComparison, trimSourceLine } from "../../src/lib/sources/index.ts";

describe("verbatim comparison", () => {
  it("ignores ASCII, ideographic and no-break spaces but nothing else", () => {
    expect(normaliseForComparison("每半年 1 次\u3000党委会\u00a0")).toBe("每半年1次党委会");
    expect(trimSourceLine("\u3000\u3000(1)负责；  ")).toBe("(1)负责；");
  });

  it("finds a quote whose spacing differs from the source", () => {
    expect(containsVerbatim("每半年主持召开 1 次党委会", "每半年主持召开1次党委会")).toBe(true);
  });

  it("rejects a quote with one character changed, even a corrected misprint", () => {
    expect(containsVerbatim("打击非法守猎捕猎行为。", "打击非法狩猎捕猎行为。")).toBe(false);
  });

  it("rejects a changed punctuation mark", () => {
    expect(containsVerbatim("负责消防安全监督管理；", "负责消防安全监督管理。")).toBe(false);
  });

  it("never matches an empty quote", () => {
    expect(containsVerbatim("任何文字", "  ")).toBe(false);
  });
});

describe("detectEncoding", () => {
  const text = "name: 测试\nkind: 镇\n";
  it("tells UTF-8 (with and without BOM), UTF-16 (with and without BOM), GB18030 and binary apart", () => {
    const utf8 = new TextEncoder().encode(text);
    expect(detectEncoding(utf8)).toEqual({ kind: "utf-8", bom: false });
    expect(detectEncoding(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ kind: "utf-8", bom: true });
    expect(detectEncoding(new Uint8Array(Buffer.from(`\ufeff${text}`, "utf16le")))).toEqual({
      kind: "utf-16le",
      bom: true,
    });
    expect(detectEncoding(new Uint8Array(Buffer.from(text, "utf16le")))).toEqual({
      kind: "utf-16le",
      bom: false,
    });
    expect(detectEncoding(new Uint8Array([0xb2, 0xe2, 0xca, 0xd4]))).toEqual({ kind: "gb18030" });
    expect(detectEncoding(new Uint8Array([...utf8, 0, 1]))).toEqual({ kind: "binary" });
  });

  it("decodes what it detected, without the BOM", () => {
    const bytes = new Uint8Array(Buffer.from(`\ufeff${text}`, "utf16le"));
    expect(decodeDetected(bytes, detectEncoding(bytes))).toBe(text);
  });
});
