import { decodeText, emptyDocument, ImportError, type TextEncoding } from "./decode.ts";
import { docxText } from "./docx.ts";
import { checkFileSize, checkTextSize } from "./limits.ts";
import { pdfText } from "./pdf.ts";

/** A text file's encoding as a clerk calls it, in the summary line and on the 导入 page. */
const ENCODING_NAMES: Record<TextEncoding, string> = {
  "utf-8": "通用编码",
  "utf-8 (BOM)": "通用编码，带字节顺序标记",
  gb18030: "国标编码，记事本常用",
  "utf-16le": "双字节编码",
  "utf-16be": "双字节编码",
};

/** What a Word file is read as, in the summary line. */
export const WORD_FORMAT = "Word .docx";

/** The formats a town's document can be imported from. */
export const IMPORT_FORMATS = [".txt", ".docx", ".pdf"] as const;

/** A document's text by its kind: .txt (UTF-8 or GBK), .docx (Word numbering restored), .pdf (text layer). */
export async function documentText(
  bytes: Uint8Array,
  fileName: string,
): Promise<{ text: string; format: string }> {
  checkFileSize(bytes.length);
  const read = await textOf(bytes, fileName);
  checkTextSize(read.text);
  return read;
}

async function textOf(bytes: Uint8Array, fileName: string): Promise<{ text: string; format: string }> {
  const extension = /\.[^.]+$/.exec(fileName.toLowerCase())?.[0] ?? "";
  if (extension === ".txt") {
    const { text, encoding } = decodeText(bytes);
    return { text, format: `文本（${ENCODING_NAMES[encoding]}）` };
  }
  if (bytes.length === 0) throw emptyDocument();
  if (extension === ".docx") return { text: await docxText(bytes), format: WORD_FORMAT };
  if (extension === ".pdf") return { text: await pdfText(bytes), format: "PDF" };
  if (extension === ".doc" || extension === ".wps")
    throw new ImportError(
      `${extension} 是旧的文件格式，不能直接导入 / ${extension} is an old format that cannot be read`,
      "在 Word 或 WPS 中“另存为” .docx 后再导入 / save it as .docx in Word or WPS and import that",
    );
  throw new ImportError(
    `不能导入 ${extension || "没有扩展名的"} 文件 / cannot import ${extension || "a file without an extension"}`,
    `请导入 ${IMPORT_FORMATS.join("、")} 文件 / import a ${IMPORT_FORMATS.join(", ")} file`,
  );
}
