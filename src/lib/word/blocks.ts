import { LETTER_NAME, SHEET_NAME } from "../print/wording.ts";
/**
 * A Word document as a list of blocks: what the print pages show, in the order they show
 * it, with nothing about fonts or page layout (render.ts applies the 公文 layout). Blocks
 * are plain data, so a town's documents travel to the browser as JSON and are rendered
 * there on click; numbering is left to the renderer so that the same part (a town's rules,
 * a group's shared duties) is stored once and reused by every document that holds it.
 */
export type WordBlock =
  /** The document title: 小标宋 二号, centred; `bookmark` names it for a contents' page number. */
  | { kind: "title"; text: string; bookmark?: string }
  /** A centred line under the title or on the cover, e.g. （　　年度）. */
  | { kind: "centered"; text: string }
  /** A heading: level 1 黑体 (一、工作职责), level 2 楷体 (a sector, 同时适用). */
  | { kind: "heading"; level: 1 | 2; text: string }
  /** Body text, first line indented two characters. */
  | { kind: "paragraph"; text: string }
  /** A label and its value on one line, unindented: 依据：…. */
  | { kind: "field"; label: string; text: string }
  /** Numbering of the items that follow starts again at 1. */
  | { kind: "list-start" }
  /** A numbered item: a duty or a rule, quoted verbatim, its mark, clause and tags. */
  | { kind: "item"; mark: string | null; text: string; clause: string; tags: string[] }
  /** Ruled lines left for the office to fill in, with a caption （由甲方填写）. */
  | { kind: "fill-lines"; count: number; caption: string }
  /** Signature blocks side by side: the party, 盖章 space, 签字人 and 日期 lines. */
  | { kind: "signatures"; parties: Array<{ side: string; name: string | null }> }
  /**
   * A table with a header row; widths in percent. With `pageOf`, a last column (its header
   * and width the last of `header` and `widths`) gives the page each row's bookmark is on.
   */
  | { kind: "table"; header: string[]; rows: string[][]; widths: number[]; pageOf?: string[] }
  /** A small note, e.g. the role key at the foot of a sheet. */
  | { kind: "note"; text: string }
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
