import { chineseNumeralToNumber, CONVERSION_RESIDUE, readMarker } from "../sources/index.ts";
import { bearerOfHeading } from "./guess.ts";

/**
 * A document's lines as a reader sees its paragraphs, whatever the file did to them:
 * - page furniture removed: page numbers (— 1 —, 第1页 共3页, 1/2), a browser's print header and
 *   footer (an address, the time it was printed), conversion residue ([bookmark: _GoBack]);
 * - lines a layout wrapped at the page's width joined back into their paragraph (in a Word file,
 *   whose lines are its `paragraphs`, only where most of them plainly stop at one width);
 * - list items a flattened text ran together (消防办公室:1.…。2.…) split onto lines of their own;
 * - table rows written with vertical bars (a | b | c |) as rows of tab-separated cells.
 * Only white space and furniture change: every word of the document stays, in order.
 */
export function readableLines(text: string, { paragraphs = false }: { paragraphs?: boolean } = {}): string {
  const lines = text
    .replace(/\r\n?/g, "\n")
    .replace(CONVERSION_RESIDUE, "")
    .split("\n")
    .map((line) => stripTrailingFurniture(line))
    .filter((line) => !isPageFurniture(line));
  // Articles are numbered through the whole document: 第五条 on a later line goes on from 第四条.
  const articles = { next: 1 };
  // Table rows first, so no join takes a row for a wrapped line.
  // A Word file's lines are its own paragraphs unless text wrapped by a page was pasted into it:
  // then most of its lines stop mid-sentence at one width.
  const rows = lines.map((line) => barRowAsTabs(line));
  return joinBrokenSentences(joinWrappedLines(rows, { strict: paragraphs }))
    .flatMap((line) => splitInlineItems(line, articles))
    .join("\n");
}

const SPACE = "[\\s\\u3000\\u00a0]*";

/** Lines that are a page's furniture, never its text. */
const FURNITURE: readonly RegExp[] = [
  // — 1 —, - 2 -, — — — 2 —, －3－
  new RegExp(`^${SPACE}(?:[—–\\-－]${SPACE})+\\d{1,4}${SPACE}(?:[—–\\-－]${SPACE})*$`),
  // 第1页 共3页, 第 2 页, 共3页 第1页
  new RegExp(
    `^${SPACE}(?:第${SPACE}\\d+${SPACE}页${SPACE}[，,/]?${SPACE}(?:共${SPACE}\\d+${SPACE}页?)?|共${SPACE}\\d+${SPACE}页${SPACE}第${SPACE}\\d+${SPACE}页)${SPACE}$`,
  ),
  // 1/2, 3 / 10
  new RegExp(`^${SPACE}\\d{1,4}${SPACE}/${SPACE}\\d{1,4}${SPACE}$`),
  // An address alone, or with the page count a browser prints beside it.
  new RegExp(
    `^${SPACE}(?:https?://|file://|www\\.)\\S+(?:${SPACE}\\d{1,4}${SPACE}/${SPACE}\\d{1,4})?${SPACE}$`,
  ),
  // The date and time a browser prints at the top of every page, with the page's title after it.
  new RegExp(
    `^${SPACE}\\d{4}[/\\-.年]\\d{1,2}[/\\-.月]\\d{1,2}日?${SPACE}(?:上午|下午)?\\d{1,2}:\\d{2}(?::\\d{2})?(?:${SPACE}[^\\n]{0,80})?$`,
  ),
];

export function isPageFurniture(line: string): boolean {
  return FURNITURE.some((pattern) => pattern.test(line));
}

/** A page footer a flattened text kept at the end of a line (…对食品、药 第1 页共 8). */
function stripTrailingFurniture(line: string): string {
  return line.replace(
    new RegExp(`${SPACE}第${SPACE}\\d+${SPACE}页${SPACE}共${SPACE}\\d+${SPACE}页?${SPACE}$`),
    "",
  );
}

/** How wide a line prints: a Chinese character or full-width mark two, ASCII one. */
function width(line: string): number {
  let total = 0;
  for (const char of line.trim()) total += char.charCodeAt(0) > 0xff ? 2 : 1;
  return total;
}

const SENTENCE_END = /[。；;：:！!？?”」』）)\]】]$/;

/**
 * Joins lines a layout broke at the page's width. A text copied from a PDF has many lines of
 * nearly the same width; a line of that width that does not end a sentence runs on into the
 * next, unless the next opens a list item. A text with no such common width is left alone.
 */
export function joinWrappedLines(
  lines: readonly string[],
  { strict = false }: { strict?: boolean } = {},
): string[] {
  const widths = lines.map(width).filter((w) => w >= 24);
  const counts = new Map<number, number>();
  for (const w of widths) counts.set(w >> 1, (counts.get(w >> 1) ?? 0) + 1);
  const [bucket, count] = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [0, 0];
  const near = widths.filter((w) => Math.abs((w >> 1) - bucket) <= 2).length;
  // A wrap width is where lines stop mid-sentence: most lines of the common width end unfinished.
  const atWidth = lines.filter((line) => Math.abs((width(line) >> 1) - bucket) <= 1);
  const unfinished = atWidth.filter((line) => !SENTENCE_END.test(line.trim())).length;
  const wide = near >= widths.length * 0.4;
  // …and those lines are a fair part of the text: a few headings of one length that end without
  // punctuation (…总结篇三) are not a page's wrap.
  const cut = unfinished >= Math.max(3, atWidth.length * 0.67) && atWidth.length >= widths.length * 0.1;
  // Where the lines are known paragraphs (`strict`), all must hold: a page's width, lines that
  // stop there mid-sentence, and enough of them to be a page's text rather than a few headings
  // of one length (a short pasted passage is still joined, as a run, below).
  const pageOfThem = wide && cut && atWidth.length >= 8;
  if (count < 3 || (strict ? !pageOfThem : !wide && !cut)) return joinWrappedRuns(lines);
  const full = bucket * 2;
  const out: string[] = [];
  let joining = false;
  let previous = "";
  for (const line of lines) {
    const trimmed = line.trim();
    // A table row (cells by tabs) is a line of its own, never a layout's wrap; nor is a line
    // printed again (a title a page repeats).
    const again = trimmed === previous;
    previous = trimmed;
    if (joining && trimmed && !again && !readMarker(trimmed) && !trimmed.includes("\t"))
      out[out.length - 1] += trimmed;
    else out.push(line);
    const last = out.at(-1)!.trim();
    const lineWidth = width(line);
    joining =
      trimmed !== "" &&
      !again &&
      !trimmed.includes("\t") &&
      // Columns set with spaces (a roster: 刘世文  党委书记) and a short heading are lines of their own.
      !/\S[ \u3000]{2,}\S/u.test(trimmed) &&
      !(readMarker(trimmed) && !/[，,、；;。]/.test(trimmed) && trimmed.length <= 24) &&
      lineWidth >= full - 6 &&
      lineWidth <= full + 4 &&
      !SENTENCE_END.test(last);
  }
  return out;
}

/**
 * Joins a paragraph a file broke mid-sentence, even across a blank line (…要在拐弯等危险路段设立警 /
 * 示牌，并加强…): a long line of prose that ends without any closing mark runs on into the next
 * line unless that one opens a list item or is a table row. Headings are short; prose lines
 * this long that stop mid-word are not.
 */
export function joinBrokenSentences(lines: readonly string[]): string[] {
  const out: string[] = [];
  let open = false;
  for (const line of lines) {
    const trimmed = line.trim();
    if (!trimmed) {
      if (!open) out.push(line);
      continue;
    }
    // A line that opens with one character and a comma (任，切实加强…) is the rest of a word
    // the line before broke, whatever that line's length: no paragraph opens that way.
    // (A blank line may stand between the two halves.)
    const previous = out.findLastIndex((kept) => kept.trim() !== "");
    const before = out[previous]?.trim() ?? "";
    // …and so is any line after one that ends on a particle or a conjunction (…本单位的 / 实际，):
    // no heading or sentence ends there.
    const brokenWord =
      (/^[\u4e00-\u9fff][，,]/u.test(trimmed) && before.length >= 20 && !SENTENCE_END.test(before)) ||
      (/[的和及与、]$/u.test(before) && before.length >= 10 && !readMarker(trimmed));
    if (
      (open || brokenWord) &&
      !readMarker(trimmed) &&
      !trimmed.includes("\t") &&
      /^[\u4e00-\u9fff，,、“（(]/u.test(trimmed)
    ) {
      // The blank lines between the two halves go with the break.
      if (brokenWord) out.length = previous + 1;
      out[out.length - 1] = out.at(-1)!.trimEnd() + trimmed;
    } else out.push(line);
    const last = out.at(-1)!.trim();
    open =
      last.length >= 40 &&
      /[，,]/.test(last) &&
      !last.includes("\t") &&
      !/[。；;：:！!？?”」』）)\]】]$/u.test(last);
  }
  return out;
}

/**
 * Where most of a text is long paragraphs but a passage was copied from a PDF: a run of three
 * or more lines of nearly one width (a character or two either way), each but the last ending
 * mid-sentence, is one paragraph.
 */
function joinWrappedRuns(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length;) {
    const first = width(lines[i]!);
    let end = i;
    while (
      end + 1 < lines.length &&
      first >= 30 &&
      Math.abs(width(lines[end]!) - first) <= 4 &&
      !SENTENCE_END.test(lines[end]!.trim()) &&
      !lines[end]!.includes("\t") &&
      // A label line (副主任:…, 成 员:…) is complete as it stands.
      !/^[^，。,]{1,8}[：:]/u.test(lines[end]!.trim()) &&
      lines[end + 1]!.trim() !== "" &&
      // A line printed again (a title a page repeats) is not the rest of a wrapped paragraph.
      lines[end + 1]!.trim() !== lines[end]!.trim() &&
      !readMarker(lines[end + 1]!.trim())
    )
      end += 1;
    if (end - i >= 2) {
      out.push(
        lines
          .slice(i, end + 1)
          .map((line) => line.trim())
          .join(""),
      );
      i = end + 1;
    } else {
      out.push(lines[i]!);
      i += 1;
    }
  }
  return out;
}

/** Marker families whose numbers run on through a flattened text. */
const INLINE_MARKER =
  /(?:[（(]\s*([一二三四五六七八九十]{1,3}|\d{1,2})\s*[)）]|([一二三四五六七八九十]{1,3})、|(\d{1,2})(?:、|[.．](?!\d))|第([一二三四五六七八九十百]{1,4}|\d{1,3})条(?=[\s\u3000]))/gu;

/** Words that end a heading whose first item follows on the same line (…主要职责(一)学习…). */
const HEADING_END = /(?:职责|责任|如下|要求|内容|任务|制度|办法|规定|细则|方案|规则)$/;

/**
 * A line with list items run together splits before each item: an item is a marker that
 * follows the end of a sentence or a colon (or a heading's last word) and continues the
 * numbering of its family (1. → 2., (一) → (二)), or starts one at 1 after a colon.
 */
export function splitInlineItems(line: string, articles = { next: 1 }): string[] {
  const next = new Map<string, number>([["article", articles.next]]);
  const own = readMarker(line.trim());
  if (own) next.set(familyOf(own.marker), own.number + 1);
  const cuts: number[] = [];
  for (const match of line.matchAll(INLINE_MARKER)) {
    const at = match.index;
    if (at === 0 || (own && at < own.marker.length + 1)) continue;
    const family = familyOf(match[0]);
    const numeral = match[1] ?? match[2] ?? match[3] ?? match[4] ?? "";
    const number = /\d/.test(numeral) ? Number(numeral) : chineseNumeralToNumber(numeral);
    const before = line.slice(0, at).replace(/[\s\u3000]+$/u, "");
    const afterColon = /[：:]$/.test(before);
    const afterSentence =
      /[。；;！!？?]$/.test(before) || (/[。]$/.test(before.trimEnd()) && /\s$/.test(line.slice(0, at)));
    const continues = next.get(family) === number;
    const starts = number === 1 && (afterColon || HEADING_END.test(before) || afterSentence);
    if ((continues && (afterSentence || afterColon || /\s$/.test(line.slice(0, at)))) || starts) {
      cuts.push(at);
      next.set(family, number + 1);
    }
  }
  articles.next = next.get("article") ?? articles.next;
  const parts: string[] = [];
  let from = 0;
  for (const cut of cuts) {
    parts.push(line.slice(from, cut));
    from = cut;
  }
  parts.push(line.slice(from));
  // Items that are only short names (…建立安全生产台账：（1）、网格化台账；（2）、文件台账；…) are an
  // enumeration inside one duty, not duties of their own: the line stays whole.
  const items = parts.slice(1);
  if (items.length > 1 && items.every((item) => item.replace(INLINE_MARKER, "").trim().length <= 14))
    return splitHeadingFromBody(line.trim());
  return parts
    .map((part) => part.trim())
    .filter(Boolean)
    .flatMap(splitHeadingFromBody);
}

/** The numbering family of a marker: (一), 一、, 1. or 1、 (one family), (1). */
function familyOf(marker: string): string {
  const m = marker.trim();
  if (/^第/.test(m)) return "article";
  if (/^[（(]\s*[一二三四五六七八九十]/.test(m)) return "(c)";
  if (/^[（(]/.test(m)) return "(d)";
  if (/^[一二三四五六七八九十]/.test(m)) return "c";
  return "d";
}

/**
 * A numbered heading run together with its first sentence, set apart only by a space
 * (二、部门责任 各有关部门要…, (一) 主要负责人的职责 各村…): the heading and the text as two lines.
 */
function splitHeadingFromBody(line: string): string[] {
  const marker = readMarker(line);
  if (!marker) return [line];
  const body = line.slice(marker.marker.length).replace(/^[\s\u3000]+/u, "");
  const match = /^([^\s\u3000，。；：,;:]{2,20})[\s\u3000]+(\S.{9,})$/u.exec(body);
  // The heading names a bearer, or the rest is a whole sentence: a short phrase and a space is
  // otherwise just a spaced-out line.
  if (!match || /[。；;]/.test(match[1]!) || !(/[。；;]$/.test(line) || bearerOfHeading(match[1]!)))
    return [line];
  return [`${line.slice(0, line.length - body.length).trimEnd()}${match[1]}`, match[2]!];
}

/** A web page's table row (a | b | c |) as its cells, or undefined for a line that is no row. */
export function barRowCells(line: string): string[] | undefined {
  if ((line.match(/\|/g) ?? []).length < 2) return undefined;
  const cells = line.split("|").map((cell) => cell.trim());
  if (cells.at(-1) === "") cells.pop();
  if (cells[0] === "") cells.shift();
  return cells.length >= 2 ? cells : undefined;
}

/** A web page's table row as tab-separated cells, as a Word table's rows read. */
function barRowAsTabs(line: string): string {
  return barRowCells(line)?.join("\t") ?? line;
}
