import { ImportError } from "./decode.ts";

/**
 * How large a document the importer reads. A town's duty document is a few dozen pages
 * (张发〔2020〕47号 is 25,000 characters); these limits are a hundred times that, and keep
 * a hostile file (a zip bomb, a 50 MB text) from taking the machine's memory or an hour.
 */
export const IMPORT_LIMITS = {
  /** The file as given. */
  fileBytes: 30 * 1024 * 1024,
  /** One part of a Word file (word/document.xml) once unzipped. */
  unzippedPartBytes: 20 * 1024 * 1024,
  /** How much larger than its zipped size a Word part may be (real XML: 5–20 times). */
  unzipRatio: 100,
  /** Characters of text read from the document. */
  textCharacters: 2_000_000,
  /** Paragraphs (lines) of text read from the document. */
  paragraphs: 50_000,
  /** Word's list levels run 0–8; a paragraph that names another level is read unnumbered. */
  deepestListLevel: 8,
} as const;

const MB = 1024 * 1024;

/** Refuses a file larger than the limit, before anything is read. */
export function checkFileSize(bytes: number): void {
  if (bytes > IMPORT_LIMITS.fileBytes)
    throw new ImportError(
      `文件有 ${(bytes / MB).toFixed(0)} MB，超过导入的上限 ${IMPORT_LIMITS.fileBytes / MB} MB / the file is ${(bytes / MB).toFixed(0)} MB, over the import limit of ${IMPORT_LIMITS.fileBytes / MB} MB`,
      "只导入写职责的那份文件；图片多的 Word 文件可先“另存为”纯文本 .txt / import only the duty document; save a Word file full of pictures as .txt first",
    );
}

/** Refuses text longer than the limits (characters, paragraphs). */
export function checkTextSize(text: string): void {
  const lines = text.length > IMPORT_LIMITS.textCharacters ? Infinity : countLines(text);
  if (text.length > IMPORT_LIMITS.textCharacters || lines > IMPORT_LIMITS.paragraphs)
    throw new ImportError(
      `文件的文字太多（上限 ${IMPORT_LIMITS.textCharacters.toLocaleString("en")} 字、${IMPORT_LIMITS.paragraphs.toLocaleString("en")} 段），不像一份职责文件 / the text is over the limit of ${IMPORT_LIMITS.textCharacters.toLocaleString("en")} characters or ${IMPORT_LIMITS.paragraphs.toLocaleString("en")} paragraphs`,
      "只导入写职责的那份文件，不要把整本汇编一起导入 / import the duty document alone, not a whole collection",
    );
}

function countLines(text: string): number {
  let lines = 1;
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) lines += 1;
  return lines;
}

/** Refuses a Word part that unzips to more than the limits allow (a zip bomb). */
export function unzipRefusal(part: string, unzipped: number, zipped: number): ImportError | undefined {
  if (
    unzipped <= IMPORT_LIMITS.unzippedPartBytes &&
    unzipped <= Math.max(zipped, 64 * 1024) * IMPORT_LIMITS.unzipRatio
  )
    return undefined;
  return new ImportError(
    `Word 文件的 ${part} 解压后超过上限（${IMPORT_LIMITS.unzippedPartBytes / MB} MB，或压缩前的 ${IMPORT_LIMITS.unzipRatio} 倍），文件已损坏或是恶意构造的 / the Word file's ${part} unzips past the limit (${IMPORT_LIMITS.unzippedPartBytes / MB} MB, or ${IMPORT_LIMITS.unzipRatio} times its zipped size): damaged or hostile`,
    "在 Word 或 WPS 中打开后重新保存为 .docx，或另存为 .txt 再导入 / open it in Word or WPS and save it again, or save it as .txt",
  );
}
