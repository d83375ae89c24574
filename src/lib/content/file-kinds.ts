import { lstatSync, readFileSync, realpathSync, statSync } from "node:fs";
import { relative, sep } from "node:path";
import { bilingual } from "../../schemas/messages.ts";
import { decodeDetected, detectEncoding } from "./encoding.ts";

/**
 * What a file in the content folder is, before any YAML is parsed: content files are
 * UTF-8 text (with or without a BOM). Anything else — a GBK file from Notepad, UTF-16, a
 * picture renamed .yaml, an empty file, a folder or a link — is named for what it is, with
 * the fix, instead of failing later as "not valid YAML" with advice about indentation.
 */

/** Why a file is not read, and what to do (each in Chinese, then English). */
export interface Refusal {
  message: string;
  fix: string;
}

/** The text of a readable file, or why it is refused. */
export type TextFile = { text: string; refusal?: undefined } | { text?: undefined; refusal: Refusal };

/** File signatures of the binary files most often renamed or saved by mistake. */
const SIGNATURES: ReadonlyArray<{ bytes: readonly number[]; kind: string }> = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: "PNG 图片 / a PNG image" },
  { bytes: [0xff, 0xd8, 0xff], kind: "JPEG 图片 / a JPEG image" },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: "GIF 图片 / a GIF image" },
  { bytes: [0x25, 0x50, 0x44, 0x46], kind: "PDF 文件 / a PDF" },
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: "Word/Excel（.docx/.xlsx）或压缩包 / a .docx, .xlsx or zip file" },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], kind: "旧版 Word/Excel（.doc/.xls） / an old .doc or .xls file" },
  { bytes: [0x52, 0x61, 0x72, 0x21], kind: "RAR 压缩包 / a RAR archive" },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], kind: "7z 压缩包 / a 7z archive" },
];

/** A content file with nothing in it (no text, or YAML that holds nothing). */
export const EMPTY_FILE: Refusal = {
  message: bilingual("文件是空的", "the file is empty"),
  fix: bilingual("填写内容，或删除该文件", "fill it in or delete it"),
};

/**
 * A file or folder the system will not let us read — locked by another program, no
 * permission, a disk error: said once, with the system's code, and no stack trace.
 */
export function unreadableRefusal(what: "file" | "folder", code: string): Refusal {
  const zh = what === "file" ? "文件" : "文件夹";
  const cause = code === "EACCES" || code === "EPERM" ? "没有读取权限，或被别的程序占用" : code || "读取出错";
  return {
    message: bilingual(
      `无法读取这个${zh}（${cause}）`,
      `the ${what} cannot be read (${code || "read error"})`,
    ),
    fix: bilingual(
      `关闭正在使用它的程序，或在${zh}属性里给当前用户读取权限，再运行一次`,
      "close the program holding it, or give your user permission to read it, and run again",
    ),
  };
}

const SAVE_AS_UTF8 = bilingual(
  "用记事本或 WPS 打开，“另存为”时编码选 UTF-8，再替换原文件",
  'open it in Notepad or WPS and "Save as" with encoding UTF-8',
);

/** Decides what the bytes of a content file are: UTF-8 text, or a refusal naming the encoding or kind. */
export function textOfBytes(bytes: Uint8Array): TextFile {
  if (bytes.length === 0) return { refusal: EMPTY_FILE };
  const signature = SIGNATURES.find(({ bytes: magic }) => magic.every((byte, i) => bytes[i] === byte));
  if (signature) {
    const [zh, en] = signature.kind.split(" / ");
    return {
      refusal: {
        message: bilingual(`这不是文本文件，而是 ${zh}`, `this is not a text file but ${en}`),
        fix: bilingual(
          "删除它，或换成正确的文本文件（文件名后缀要与内容一致）",
          "delete it, or put the right text file in its place",
        ),
      },
    };
  }
  const encoding = detectEncoding(bytes);
  switch (encoding.kind) {
    case "utf-8":
      return { text: decodeDetected(bytes, encoding)! };
    case "utf-16le":
    case "utf-16be":
      return {
        refusal: {
          message: bilingual(
            "文件是 UTF-16（Unicode）编码，不是 UTF-8",
            "the file is UTF-16 (Unicode), not UTF-8",
          ),
          fix: SAVE_AS_UTF8,
        },
      };
    case "binary":
      return {
        refusal: {
          message: bilingual(
            "文件含有空字节（NUL），是二进制文件或已损坏，不是文本",
            "the file holds NUL bytes: it is binary or damaged, not text",
          ),
          fix: bilingual(
            "从备份或版本库中恢复这个文件，或重新保存为纯文本",
            "restore the file from a backup or git, or save it again as plain text",
          ),
        },
      };
    case "gb18030":
      return {
        refusal: {
          message: bilingual("文件是 GBK（GB18030）编码，不是 UTF-8", "the file is GBK (GB18030), not UTF-8"),
          fix: SAVE_AS_UTF8,
        },
      };
    case "unknown":
      return {
        refusal: {
          message: bilingual("文件不是 UTF-8 编码的文本", "the file is not UTF-8 text"),
          fix: SAVE_AS_UTF8,
        },
      };
  }
}

/**
 * A link to a folder inside the content folder is not read: a link out of it would publish
 * the build machine's files, and one inside would read the same entries twice.
 */
export function linkedFolderRefusal(path: string, contentFolder: string): { message: string; fix: string } {
  const target = realpathSync(path);
  const inside = relative(realpathSync(contentFolder), target);
  if (inside.startsWith("..") || inside.startsWith(sep) || /^[A-Za-z]:/.test(inside))
    return {
      message: bilingual(
        `这是一个指向文件夹的链接，指向内容文件夹以外（${target}），不予读取`,
        `this is a link to a folder that points outside the content folder (${target}) and is not read`,
      ),
      fix: bilingual("把文件夹本身复制到这里，删除链接", "copy the folder itself here and delete the link"),
    };
  return {
    message: bilingual(
      `这是一个指向文件夹 ${inside} 的链接，不予读取（里面的文件会被读两次）`,
      `this is a link to the folder ${inside} and is not read (its files would be read twice)`,
    ),
    fix: bilingual("删除这个链接", "delete the link"),
  };
}

/**
 * Reads one file of the content folder as text. A link is followed only to a file inside
 * the folder (a link out could publish any file of the build machine); a folder named like
 * a file, an empty file and a file that is not UTF-8 text are refused with the reason.
 */
export function readContentText(path: string, contentFolder: string): TextFile {
  const entry = lstatSync(path);
  if (entry.isSymbolicLink()) {
    let target: string;
    try {
      target = realpathSync(path);
      statSync(target);
    } catch {
      return {
        refusal: {
          message: bilingual(
            "这是一个链接，它指向的文件不存在",
            "this is a link to a file that does not exist",
          ),
          fix: bilingual("删除这个链接，或换成真正的文件", "delete the link, or put the real file here"),
        },
      };
    }
    const inside = relative(realpathSync(contentFolder), target);
    if (inside.startsWith("..") || inside.startsWith(sep) || /^[A-Za-z]:/.test(inside))
      return {
        refusal: {
          message: bilingual(
            `这是一个链接，指向内容文件夹以外的文件（${target}），不予读取`,
            `this link points outside the content folder (${target}) and is not read`,
          ),
          fix: bilingual("把文件本身复制到这里，删除链接", "copy the file itself here and delete the link"),
        },
      };
  }
  const stats = statSync(path);
  if (stats.isDirectory())
    return {
      refusal: {
        message: bilingual(
          "这是一个文件夹，不是文件，却以文件后缀命名",
          "this is a folder named like a file",
        ),
        fix: bilingual(
          "把文件夹改名（去掉后缀），或把其中的文件移出来",
          "rename the folder (drop the extension) or move its files out",
        ),
      },
    };
  if (!stats.isFile())
    return {
      refusal: {
        message: bilingual("这不是普通文件", "this is not a regular file"),
        fix: bilingual("删除它，换成普通的文本文件", "delete it and put a plain text file here"),
      },
    };
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { refusal: unreadableRefusal("file", (error as NodeJS.ErrnoException).code ?? "") };
  }
  const read = textOfBytes(bytes);
  if (read.text !== undefined && read.text.trim() === "") return { refusal: EMPTY_FILE };
  return read;
}

/** Files an operating system keeps beside any file; never content, never reported. */
const OS_METADATA = new Set([".DS_Store", "Thumbs.db", "desktop.ini", ".gitkeep", ".gitignore"]);

/** True for a file the OS writes into every folder it shows (Finder, Explorer): skipped silently. */
export function isOsMetadata(name: string): boolean {
  return OS_METADATA.has(name);
}

/**
 * A file an editor or a copy left behind, named like content: a macOS `._x.yaml` (written
 * beside every file copied to a USB stick), a backup `x.yaml~` / `x.yaml.bak`, a lock file.
 */
export function debrisOf(name: string): Refusal | undefined {
  if (name.startsWith("._"))
    return {
      message: bilingual(
        "这是 macOS 复制时生成的附属文件（._ 开头），不是内容",
        "this is a macOS resource file (._ prefix) left by copying, not content",
      ),
      fix: bilingual("删除它", "delete it"),
    };
  if (/~$|\.(?:bak|orig|tmp|swp|swo)$/i.test(name) || name.startsWith("~$") || name.startsWith(".#"))
    return {
      message: bilingual(
        "这是编辑器留下的备份或临时文件，不会被读入",
        "this is an editor's backup or temporary file",
      ),
      fix: bilingual(
        "确认内容已保存在正式文件里后，删除它",
        "once the real file holds the content, delete it",
      ),
    };
  return undefined;
}
