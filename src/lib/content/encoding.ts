/**
 * What encoding a text file's bytes are in, for every reader of text files: the content
 * check (which accepts UTF-8 only and names anything else) and the importer (which reads
 * GBK and UTF-16 as well). A BOM decides; then UTF-16 without a BOM (zero bytes on one side
 * of most code units), other zero bytes (binary), strict UTF-8, strict GB18030.
 */
export type DetectedEncoding =
  | { kind: "utf-8"; bom: boolean }
  | { kind: "utf-16le" | "utf-16be"; bom: boolean }
  | { kind: "gb18030" }
  | { kind: "binary" }
  | { kind: "unknown" };

function decodes(label: string, bytes: Uint8Array): boolean {
  try {
    new TextDecoder(label, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** UTF-16 without a BOM: the ASCII of keys and punctuation leaves zeros on one side. */
function utf16Side(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const sample = bytes.subarray(0, 400);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i += 1) if (sample[i] === 0) i % 2 === 0 ? (even += 1) : (odd += 1);
  const zeros = even + odd;
  if (zeros === 0 || zeros < sample.length / 8) return undefined;
  if (odd >= zeros * 0.9) return "utf-16le";
  if (even >= zeros * 0.9) return "utf-16be";
  return undefined;
}

export function detectEncoding(bytes: Uint8Array): DetectedEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { kind: "utf-8", bom: true };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { kind: "utf-16le", bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { kind: "utf-16be", bom: true };
  const side = utf16Side(bytes);
  if (side) return { kind: side, bom: false };
  if (bytes.includes(0)) return { kind: "binary" };
  if (decodes("utf-8", bytes)) return { kind: "utf-8", bom: false };
  if (decodes("gb18030", bytes)) return { kind: "gb18030" };
  return { kind: "unknown" };
}

/** The bytes as text in the detected encoding, without the BOM (binary and unknown: undefined). */
export function decodeDetected(bytes: Uint8Array, encoding: DetectedEncoding): string | undefined {
  if (encoding.kind === "binary" || encoding.kind === "unknown") return undefined;
  const skip = "bom" in encoding && encoding.bom ? (encoding.kind === "utf-8" ? 3 : 2) : 0;
  return new TextDecoder(encoding.kind, { fatal: true }).decode(bytes.subarray(skip));
}
