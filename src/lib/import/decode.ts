/**
 * A text document's bytes as text. Files saved by Windows Notepad in Chinese offices are
 * often GBK (GB18030 is its superset), so the encoding is detected, never assumed: a BOM
 * decides; otherwise strict UTF-8, and GB18030 when the bytes are not UTF-8.
 */

import { decodeDetected, detectEncoding } from "../content/index.ts";

/** A document that cannot be imported, with what to do about it (Chinese, then English). */
export class ImportError extends Error {
  /** What is wrong. */
  readonly problem: string;
  /** How to fix it. */
  readonly fix: string;

  constructor(problem: string, fix: string) {
    super(`${problem}\n  修改 / Fix: ${fix}`);
    this.name = "ImportError";
    this.problem = problem;
    this.fix = fix;
  }
}

export type TextEncoding = "utf-8" | "utf-8 (BOM)" | "gb18030" | "utf-16le" | "utf-16be";

/** A document with no bytes at all, whatever its format. */
export function emptyDocument(): ImportError {
  return new ImportError(
    "文件是空的 / the file is empty",
    "请选择有内容的文件 / choose a file with text in it",
  );
}

/** The text of a .txt document and the encoding it was read in. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  if (bytes.length === 0) throw emptyDocument();
  const detected = detectEncoding(bytes);
  if (detected.kind === "binary")
    throw new ImportError(
      "文件含有二进制内容，不是纯文本 / the file holds binary data, not plain text",
      "请导入 .txt、.docx 或带文字层的 .pdf / import a .txt, a .docx or a PDF with a text layer",
    );
  const text = decodeDetected(bytes, detected);
  if (text === undefined)
    throw new ImportError(
      "无法识别文件的文字编码（既不是 UTF-8，也不是 GBK/GB18030） / the text encoding is neither UTF-8 nor GBK/GB18030",
      "用记事本打开后“另存为”，编码选 UTF-8 / open it in Notepad and save it as UTF-8",
    );
  const encoding: TextEncoding =
    detected.kind === "utf-8" && detected.bom ? "utf-8 (BOM)" : (detected.kind as TextEncoding);
  return { text: normalise(text), encoding };
}

/** Windows and old Mac line ends become \n, so clause line numbers match any editor's. */
function normalise(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}
