import { LETTER_NAME, SHEET_NAME } from "./wording.ts";
/**
 * A printable document as a list of blocks: what the print pages show, in the order they
 * show it, with nothing about fonts or page layout. One model, two renderers:
 * `blocks-html.ts` sets the blocks as the HTML print page and `word/render.ts` as a .docx in
 * the 公文 layout, so the paper and the Word file cannot say different things. Blocks are plain
 * data, so a town's documents travel to the browser as JSON and are rendered there on click;
 * numbering is left to the renderers so that the same part (a town's rules, a group's shared
 * duties) is stored once and reused by every document that holds it.
 *
 * `style` names a block's place in its document (a CSS class of the print page, e.g.
 * `letter-preamble`); Word sets every block of a kind alike and ignores it. Runs of ＿ in a
 * text are blanks written in by hand: underscores in Word, ruled spaces on the page.
 */
export type WordBlock =
  /** The document title: 小标宋 二号, centred; `bookmark` names it for a contents' page number. */
  | { kind: "title"; text: string; bookmark?: string; style?: string }
  /** A centred line under the title or on the cover, e.g. （＿＿＿＿年度）. */
  | { kind: "centered"; text: string; style?: string }
  /**
   * A heading: level 1 黑体 (一、工作职责), level 2 楷体 (a sector, 同时适用). On the page it opens
   * a section, styled `style`, that holds what follows up to the next heading of its level;
   * `href` links its text.
   */
  | { kind: "heading"; level: 1 | 2; text: string; style?: string; href?: string }
  /** Body text, first line indented two characters; on the page, `link.text` inside it links to `link.href`. */
  | { kind: "paragraph"; text: string; style?: string; link?: { text: string; href: string } }
  /** A label and its value on one line, unindented: 依据：…. Fields in a row are one list on the page. */
  | { kind: "field"; label: string; text: string; style?: string }
  /** Numbering of the items that follow starts again at 1; `style` is the page's list. */
  | { kind: "list-start"; style?: string }
  /**
   * A numbered item: a duty or a rule, quoted verbatim, its mark, clause and tags; the duty's
   * `role` or the rule's `ruleKind` for the page to mark, `clauseHref` to link the clause.
   */
  | {
      kind: "item";
      mark: string | null;
      text: string;
      clause: string;
      tags: string[];
      role?: string;
      ruleKind?: string;
      clauseHref?: string;
    }
  /**
   * Ruled lines left for the office to fill in, with a caption （由甲方填写）; `absent` says on
   * screen only why they are blank.
   */
  | { kind: "fill-lines"; count: number; caption: string; absent?: string }
  /** Signature blocks side by side: the party, 盖章 space, 签字人 and 日期 lines. */
  | { kind: "signatures"; parties: Array<{ side: string; name: string | null }> }
  /**
   * A table with a header row; widths in percent. With `pageOf`, a last column (its header
   * and width the last of `header` and `widths`) gives the page each row's bookmark is on.
   * On the page, `rowKeys` mark each row (`data-unit`) and `rowLinks` link its second cell.
   */
  | {
      kind: "table";
      header: string[];
      rows: string[][];
      widths: number[];
      pageOf?: string[];
      style?: string;
      rowKeys?: string[];
      rowLinks?: string[];
    }
  /** A small note, e.g. the role key at the foot of a sheet. */
  | { kind: "note"; text: string; style?: string }
  /** The next block starts a new page. */
  | { kind: "page-break" };

/** One document: its title (the file's and the document properties') and its blocks. */
export interface WordDocumentSpec {
  title: string;
  blocks: WordBlock[];
}

/**
 * A town's documents as the browser receives them (`/<town>/word.json`): every distinct
 * part once, and each unit's 职责清单 and 目标责任书 as a list of part numbers.
 */
export interface TownWordData {
  town: string;
  parts: WordBlock[][];
  units: Record<string, { name: string; sheet: number[]; letter: number[] | null }>;
}

/** A unit's document's title, which is also its file name without .docx. */
export function wordTitle(unitName: string, doc: "sheet" | "letter"): string {
  return `${unitName}${doc === "letter" ? LETTER_NAME : SHEET_NAME}`;
}

/** The blocks of a unit's document from the town's shared parts. */
export function documentBlocks(data: TownWordData, partNumbers: readonly number[]): WordBlock[] {
  return partNumbers.flatMap((index) => data.parts[index] ?? []);
}

/** Stores each distinct part once: returns the part's number in `parts`. */
export function partStore(): { parts: WordBlock[][]; add(part: WordBlock[]): number } {
  const parts: WordBlock[][] = [];
  const seen = new Map<string, number>();
  return {
    parts,
    add(part) {
      const key = JSON.stringify(part);
      const known = seen.get(key);
      if (known !== undefined) return known;
      parts.push(part);
      seen.set(key, parts.length - 1);
      return parts.length - 1;
    },
  };
}

/** The bookmark on the title of the booklet's sheet 表 N, which the contents' page column points at. */
export function sheetBookmark(number: number): string {
  return `sheet_${number}`;
}

/** A blank written in by hand, `length` characters wide. */
export function blank(length = 6): string {
  return "＿".repeat(length);
}
