import { chineseNumeralToNumber } from "./numerals.ts";
import { trimSourceLine } from "./text.ts";

/**
 * How deep a clause sits. The four levels of list numbering in Chinese government
 * documents, outermost first: 一、 → （一） → 1、 → （1） are 1–4. Documents written as
 * articles (办法, 清单, 规定) number 第一章 → 第一节 → 第一条 above them (0.25, 0.5, 0.75),
 * with the list levels inside an article. Level 0 is the front matter (and a collection's 篇).
 * Unnumbered paragraphs sit one level below their parent.
 */
export type ClauseLevel = number;

/** One paragraph of a source document, with the id a reader would cite it by. */
export interface Clause {
  /** Citation id as a reader writes it: `四(二)6(3)`, `三第1段` for an unnumbered paragraph. */
  id: string;
  /** ASCII fragment id for the paragraph's anchor: `s4c2i6p3`. */
  anchor: string;
  /** The list marker exactly as printed (`（3）`, `6、`), or "" when the paragraph has none. */
  marker: string;
  /** The paragraph text without its marker, trimmed. */
  text: string;
  /** 1-based line number in the source file. */
  line: number;
  /** Numbering level; unnumbered paragraphs take their parent's level plus one. */
  level: ClauseLevel;
  /** Id of the enclosing clause, or null at the top. */
  parentId: string | null;
  /** True for headings (end in a colon, or short with no closing punctuation). */
  isHeading: boolean;
}

/** A paragraph the parser should read differently from what its print suggests. */
export interface MarkerOverride {
  /** The paragraph's text exactly as printed (white space trimmed). */
  text: string;
  /** The marker to read it with, e.g. `（二）`, when the file prints none. */
  marker?: string | undefined;
  /** Read it as a heading (or not) whatever its punctuation, e.g. `1.镇领导安全生产责任。`. */
  heading?: boolean | undefined;
}

/** A problem found while reading a source's structure. */
export interface ClauseProblem {
  line: number;
  message: string;
}

/** How to read a source whose print departs from a clean list structure. */
export interface ParseOptions {
  /** Paragraphs to read with a supplied marker, or as headings. */
  overrides?: readonly MarkerOverride[];
  /**
   * A collection of documents: a paragraph that is exactly this prefix followed by 篇 and a
   * Chinese numeral starts a new part, whose name (篇二) prefixes every clause id in it:
   * `篇二 三(三)1`. A fixed prefix, not a pattern, so no content file can make the parser hang.
   */
  partTitlePrefix?: string | undefined;
  /** The document repeats list numbers; later ones are cited as printed plus 之2, 之3. */
  allowRepeatedNumbers?: boolean;
  /** Paragraphs the file breaks mid-sentence: one ending with this text continues in the next. */
  joinAfter?: readonly string[];
}

export interface ParsedSource {
  clauses: Clause[];
  problems: ClauseProblem[];
}

interface MarkerMatch {
  level: ClauseLevel;
  number: number;
  marker: string;
  /** How the id writes this marker: `四`, `(二)`, `6`, `(3)`, `第五条`. */
  citation: string;
  /** Anchor token: `s4`, `c2`, `i6`, `p3`, `t5`. */
  token: string;
  /**
   * Cited on its own, not after its chapter: articles are numbered through the whole
   * document, so a reader writes 第五条, not 第二章第五条.
   */
  standalone: boolean;
}

const CN = "一二三四五六七八九十";

/** 第X章, 第X节, 第X条 (Chinese or Arabic numerals), followed by white space or the text itself. */
function articleMarker(unit: "章" | "节" | "条", level: ClauseLevel, prefix: string) {
  return {
    level,
    pattern: new RegExp(`^第\\s*([${CN}]+|\\d{1,3})\\s*${unit}(?![款项])[\\s\\u3000]*`),
    chinese: true,
    cite: (n: string) => `第${n}${unit}`,
    prefix,
    standalone: true,
  };
}

const MARKERS: ReadonlyArray<{
  level: ClauseLevel;
  pattern: RegExp;
  chinese: boolean;
  cite: (n: string) => string;
  prefix: string;
  standalone?: boolean;
}> = [
  articleMarker("章", 0.25, "z"),
  articleMarker("节", 0.5, "j"),
  articleMarker("条", 0.75, "t"),
  { level: 1, pattern: new RegExp(`^([${CN}]+)、`), chinese: true, cite: (n) => n, prefix: "s" },
  {
    level: 2,
    pattern: new RegExp(`^[（(]\\s*([${CN}]+)\\s*[)）]`),
    chinese: true,
    cite: (n) => `(${n})`,
    prefix: "c",
  },
  // 1、 1. 1．, or a row copied from a spreadsheet: its 序号, then a tab.
  { level: 3, pattern: /^(\d{1,3})(?:\s*[、.．]|\t)/, chinese: false, cite: (n) => n, prefix: "i" },
  {
    level: 4,
    pattern: /^[（(]\s*(\d{1,3})\s*[)）]/,
    chinese: false,
    cite: (n) => `(${n})`,
    prefix: "p",
  },
];

/** Reads the list marker at the start of a trimmed paragraph, if it has one. */
export function readMarker(paragraph: string): MarkerMatch | null {
  // Full-width digits (１．, （２）, as Word's decimalFullWidth and many typists write them) read
  // as ASCII; the mapping is one character for one, so the printed marker keeps its length.
  const ascii = paragraph.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
  for (const { level, pattern, chinese, cite, prefix, standalone = false } of MARKERS) {
    const match = pattern.exec(ascii);
    if (!match?.[1]) continue;
    const digits = /^\d+$/.test(match[1]);
    const number = chinese && !digits ? chineseNumeralToNumber(match[1]) : Number(match[1]);
    if (!Number.isFinite(number)) continue;
    return {
      level,
      number,
      marker: paragraph.slice(0, match[0].length),
      citation: cite(match[1]),
      token: `${prefix}${number}`,
      standalone,
    };
  }
  return null;
}

const CLOSING_PUNCTUATION = /[。；;！!？?，,.]$/;

/**
 * A heading introduces a list: it ends in a colon, or it is short and has no closing
 * punctuation (`（一）共同职责`, `7、交警中队的职责`).
 */
export function isHeadingText(text: string): boolean {
  if (/[：:]$/.test(text)) return true;
  return !CLOSING_PUNCTUATION.test(text) && text.length <= 40;
}

/** The part names of a collection: 篇 and a numeral (篇一 … 篇十二, 篇1). */
const PART_NAME = /^篇(?:[一二三四五六七八九十]+|\d{1,2})$/;

/** The part a collection's title line starts (篇二 for `<prefix>篇二`), or undefined. */
export function partNameOf(paragraph: string, titlePrefix: string): string | undefined {
  if (!paragraph.startsWith(titlePrefix)) return undefined;
  // A space may stand between the title and its number (应急计划 篇1).
  const name = paragraph.slice(titlePrefix.length).trim();
  return PART_NAME.test(name) ? name : undefined;
}

/** What the parser knows between paragraphs: the open headings and how many of each kind came. */
interface ParseState {
  /** The headings the next paragraph may belong to, outermost first. */
  stack: Clause[];
  /** Unnumbered paragraphs under each clause so far. */
  unnumberedCount: Map<string, number>;
  frontMatterCount: number;
}

/** A paragraph as a clause: numbered, front matter before any number, or an unnumbered paragraph of its heading. */
function clauseOf(
  state: ParseState,
  { paragraph, line, override }: { paragraph: string; line: number; override: MarkerOverride | undefined },
): Clause {
  const { stack } = state;
  const supplied = override?.marker !== undefined;
  const marker = readMarker(supplied ? override!.marker! : paragraph);
  const body = supplied || !marker ? paragraph : trimSourceLine(paragraph.slice(marker.marker.length));
  const heading = override?.heading ?? isHeadingText(body);
  if (marker) {
    while (stack.length > 0 && stack[stack.length - 1]!.level >= marker.level) stack.pop();
    const parent = stack[stack.length - 1] ?? null;
    // Inside a collection's part (level 0) ids start with the part's name: 篇二 三(三).
    const prefix = parent?.level === 0 ? `${parent.id} ` : marker.standalone ? "" : (parent?.id ?? "");
    const clause: Clause = {
      id: `${prefix}${marker.citation}`,
      anchor: `${parent?.anchor ?? ""}${marker.token}`,
      marker: supplied ? "" : marker.marker,
      text: body,
      line,
      level: marker.level,
      parentId: parent?.id ?? null,
      isHeading: heading,
    };
    stack.push(clause);
    return clause;
  }
  if (stack.length === 0) {
    state.frontMatterCount += 1;
    const count = state.frontMatterCount;
    return {
      id: `序${count}`,
      anchor: `f${count}`,
      marker: "",
      text: body,
      line,
      level: 0,
      parentId: null,
      isHeading: false,
    };
  }
  const top = stack[stack.length - 1]!;
  if (!top.isHeading && stack.length > 1 && top.level > 0) stack.pop();
  const parent = stack[stack.length - 1]!;
  const count = (state.unnumberedCount.get(parent.id) ?? 0) + 1;
  state.unnumberedCount.set(parent.id, count);
  return {
    id: `${parent.id}第${count}段`,
    anchor: `${parent.anchor}u${count}`,
    marker: "",
    text: body,
    line,
    level: Math.min(parent.level + 1, 4),
    parentId: parent.id,
    isHeading: heading,
  };
}

/**
 * Splits a source text into clauses with citation ids.
 *
 * Numbered paragraphs nest by level. An unnumbered paragraph is cited as the n-th
 * unnumbered paragraph of its parent (`三第1段`); when it follows a numbered item (not a
 * heading) it is read as that item's sibling, because the sources drop numbers from list
 * items (004 三 after (五), 畜牧水产站) — never as a sub-paragraph of the item.
 */
export function parseClauses(text: string, options: ParseOptions = {}): ParsedSource {
  const { overrides = [], partTitlePrefix, allowRepeatedNumbers = false, joinAfter = [] } = options;
  const clauses: Clause[] = [];
  const problems: ClauseProblem[] = [];
  const state: ParseState = { stack: [], unnumberedCount: new Map(), frontMatterCount: 0 };
  const { stack } = state;
  const seen = new Map<string, number>();
  /** How many times each repeated id has come so far (the first time counts as 1). */
  const repeats = new Map<string, number>();
  const usedOverrides = new Set<string>();

  let partCount = 0;
  for (const { paragraph, line } of paragraphsOf(text, joinAfter)) {
    const part = partTitlePrefix === undefined ? undefined : partNameOf(paragraph, partTitlePrefix);
    if (part) {
      // A new document of the collection: numbering starts again under the part's name.
      partCount += 1;
      const partClause: Clause = {
        id: part,
        anchor: `pt${partCount}`,
        marker: "",
        text: paragraph,
        line,
        level: 0,
        parentId: null,
        isHeading: true,
      };
      stack.length = 0;
      stack.push(partClause);
      clauses.push(partClause);
      seen.set(partClause.id, line);
      continue;
    }
    const override = overrides.find((o) => o.text === paragraph);
    if (override) usedOverrides.add(override.text);
    let clause = clauseOf(state, { paragraph, line, override });

    const previous = seen.get(clause.id);
    if (previous !== undefined) {
      if (!allowRepeatedNumbers) {
        problems.push({
          line,
          message: `条款编号 ${clause.id} 与第 ${previous} 行重复 / clause id ${clause.id} repeats line ${previous}`,
        });
      }
      // Counted as they come (not by searching the clauses so far: a long text stays linear).
      const suffix = (repeats.get(clause.id) ?? 1) + 1;
      repeats.set(clause.id, suffix);
      clause = { ...clause, id: `${clause.id}之${suffix}`, anchor: `${clause.anchor}d${suffix}` };
    }
    seen.set(clause.id, line);
    clauses.push(clause);
  }

  for (const override of overrides) {
    if (!usedOverrides.has(override.text)) {
      problems.push({
        line: 0,
        message: `编号修正“${override.text}”在原文中找不到 / marker override "${override.text}" matches no paragraph`,
      });
    }
  }
  return { clauses, problems };
}

/**
 * Non-blank paragraphs with their line numbers. A paragraph ending with one of `joinAfter`
 * is joined to the next, for files that break a sentence across lines (设立警 / 示牌).
 */
function paragraphsOf(
  text: string,
  joinAfter: readonly string[],
): Array<{ paragraph: string; line: number }> {
  const paragraphs: Array<{ paragraph: string; line: number }> = [];
  let pending: { paragraph: string; line: number } | null = null;
  text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .forEach((raw, index) => {
      const paragraph = trimSourceLine(raw);
      if (paragraph === "") return;
      const current = pending
        ? { paragraph: pending.paragraph + paragraph, line: pending.line }
        : { paragraph, line: index + 1 };
      pending = null;
      if (joinAfter.some((ending) => current.paragraph.endsWith(ending))) pending = current;
      else paragraphs.push(current);
    });
  if (pending) paragraphs.push(pending);
  return paragraphs;
}
