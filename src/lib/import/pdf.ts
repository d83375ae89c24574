import { extractTextItems } from "unpdf";
import { readMarker } from "../sources/index.ts";
import { ImportError } from "./decode.ts";
import { isPageFurniture } from "./layout.ts";

/**
 * A PDF's text layer as text, one paragraph a line. The layout breaks a paragraph into
 * lines of the page's width; a line that reaches the right edge continues on the next line
 * (or page) unless that one opens with a list marker. A PDF without a text layer (a scan)
 * or one that cannot be opened gets a message that says what to do.
 */
interface Line {
  text: string;
  left: number;
  right: number;
  y: number;
  size: number;
}

/**
 * Supplementary radicals that stand for whole characters (⺠ for 民, ⻔ for 门): NFKC leaves
 * them alone, so they are listed.
 */
const RADICAL_CHARACTERS: Record<string, string> = {
  "⺟": "母",
  "⺠": "民",
  "⻄": "西",
  "⻅": "见",
  "⻆": "角",
  "⻈": "讠",
  "⻉": "贝",
  "⻋": "车",
  "⻐": "钅",
  "⻓": "长",
  "⻔": "门",
  "⻘": "青",
  "⻙": "韦",
  "⻚": "页",
  "⻛": "风",
  "⻜": "飞",
  "⻝": "食",
  "⻠": "饣",
  "⻢": "马",
  "⻣": "骨",
  "⻤": "鬼",
  "⻥": "鱼",
  "⻦": "鸟",
  "⻧": "卤",
  "⻨": "麦",
  "⻩": "黄",
  "⻪": "黾",
  "⻬": "齐",
  "⻮": "齿",
  "⻰": "龙",
  "⻳": "龟",
};

/**
 * Fonts often map CJK glyphs to the look-alike Kangxi radicals (⼭ U+2F2D for 山, ⽣ for 生)
 * or supplementary radicals (⺠ for 民) in the text layer; those become the ideographs.
 * Only those blocks change, so the document's own full-width punctuation (，（）) stays.
 */
export function unifyRadicals(text: string): string {
  return text
    .replace(
      /[\u2e80-\u2eff\u2f00-\u2fdf]/gu,
      (radical) => RADICAL_CHARACTERS[radical] ?? radical.normalize("NFKC"),
    )
    .replace(/[戶]/gu, (variant) => SHARED_GLYPHS[variant] ?? variant);
}

/**
 * Characters a Simplified Chinese font draws with another's glyph, so the text layer names the
 * other: Noto CJK SC's 户 comes back as 戶 (U+6236). A Simplified document never prints the latter.
 */
const SHARED_GLYPHS: Record<string, string> = { 戶: "户" };

export async function pdfText(bytes: Uint8Array): Promise<string> {
  let pages: Awaited<ReturnType<typeof extractTextItems>>["items"];
  try {
    pages = (await extractTextItems(new Uint8Array(bytes))).items;
  } catch (error) {
    const name = error instanceof Error ? error.name : "";
    if (/Password/i.test(name))
      throw new ImportError(
        "PDF 文件有密码保护，无法读取 / the PDF is password-protected",
        "去掉密码后重新导出 PDF，或导入原来的 Word 文件 / remove the password and export it again, or import the Word file",
      );
    throw new ImportError(
      "不是有效的 PDF 文件，或文件已损坏 / not a valid PDF, or the file is damaged",
      "重新导出 PDF，或导入原来的 Word 文件 / export the PDF again, or import the Word file",
    );
  }
  const paragraphs: string[] = [];
  let previous: (Line & { pageRight: number }) | undefined;
  const pageLines = pages.map((items) => linesOf(items));
  const furniture = runningLines(pageLines);
  for (const all of pageLines) {
    // The body's type size: a running header or footer is set smaller, at the page's edge.
    const sizes = all.map((line) => line.size).sort((a, b) => a - b);
    const body = sizes[Math.floor(sizes.length / 2)] ?? 0;
    const lines = all.filter(
      (line, i) =>
        !isPageFurniture(line.text) &&
        !furniture.has(furnitureKey(line.text)) &&
        !((i === 0 || i === all.length - 1 || i === 1 || i === all.length - 2) && line.size < body * 0.8),
    );
    // The text block's right edge: most lines of prose run full width, while a long
    // unbreakable line may stick out, so the upper quartile rather than the maximum.
    const rights = lines.map((line) => line.right).sort((a, b) => b - a);
    const pageRight = rights[Math.floor(rights.length / 4)] ?? 0;
    for (const line of lines) {
      const text = line.text.trim();
      if (!text) continue;
      // A table row is a line of its own, however far it reaches.
      const continues =
        previous !== undefined &&
        previous.right >= previous.pageRight - previous.size * 1.5 &&
        readMarker(text) === null &&
        !text.includes("\t") &&
        !previous.text.includes("\t");
      if (continues) paragraphs[paragraphs.length - 1] += text;
      else paragraphs.push(text);
      previous = { ...line, pageRight };
    }
  }
  if (paragraphs.join("").trim() === "")
    throw new ImportError(
      "PDF 里没有文字层（可能是扫描件或图片），读不出文字 / the PDF has no text layer (a scan or images)",
      "导入原来的 Word 文件，或先用文字识别（OCR）转成文字 / import the Word file, or run text recognition (OCR) first",
    );
  return paragraphs.join("\n");
}

type TextItems = Awaited<ReturnType<typeof extractTextItems>>["items"][number];

/** A page's text items as lines: items at one height are one line, a wide gap a tab between cells. */
function linesOf(items: TextItems): Line[] {
  const lines: Line[] = [];
  let space = false;
  for (const item of items) {
    if (!item.str) continue;
    const str = unifyRadicals(item.str);
    const last = lines.at(-1);
    const sameLine = last !== undefined && Math.abs(last.y - item.y) <= item.fontSize * 0.5;
    // A space item only says a gap follows; how wide the gap is decides what it was.
    if (!str.trim()) {
      if (sameLine) space = true;
      continue;
    }
    if (last && sameLine) {
      // A gap of about a character or more between items on a line separates table cells;
      // prose runs on without one, and a typed space is narrower.
      const gap = item.x - last.right;
      last.text += gap > item.fontSize * 0.9 ? "\t" : space ? " " : "";
      last.text += str;
      last.right = Math.max(last.right, item.x + item.width);
      last.left = Math.min(last.left, item.x);
    } else
      lines.push({ text: str, left: item.x, right: item.x + item.width, y: item.y, size: item.fontSize });
    space = false;
  }
  return lines;
}

/** A line's text with its numbers taken out, so page 1's header and page 2's read alike. */
function furnitureKey(text: string): string {
  return text.replace(/\d+/g, "#").replace(/\s+/g, "");
}

/**
 * Running headers and footers: a line that stands first or last (or second from either end) on
 * at least two pages and on most of them, numbers aside.
 */
function runningLines(pages: readonly Line[][]): Set<string> {
  const seen = new Map<string, number>();
  for (const lines of pages) {
    const edge = new Set(
      [0, 1, lines.length - 2, lines.length - 1].flatMap((i) =>
        lines[i] ? [furnitureKey(lines[i]!.text)] : [],
      ),
    );
    for (const key of edge) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return new Set(
    [...seen].filter(([key, n]) => key.length > 0 && n >= 2 && n >= pages.length * 0.6).map(([key]) => key),
  );
}
