import type { WordBlock } from "./blocks.ts";

/**
 * How a print page sets a document's blocks in HTML: fields in a row become one list, items in a
 * row one numbered list that carries its numbering on, and each heading a section holding what
 * follows it. Pure, so that blocks-html.ts only writes elements.
 */

type BlockOf<K extends WordBlock["kind"]> = Extract<WordBlock, { kind: K }>;

/** One element of the page: a section, a list of fields, a numbered list, or a block as it is. */
export type OutlineNode =
  | { kind: "section"; heading: BlockOf<"heading">; level: number; children: OutlineNode[] }
  | { kind: "fields"; style: string | undefined; fields: Array<BlockOf<"field">> }
  | { kind: "list"; style: string | undefined; start: number; items: Array<BlockOf<"item">> }
  | { kind: "title"; block: BlockOf<"title">; level: number }
  | {
      kind: "block";
      block: BlockOf<"centered" | "paragraph" | "fill-lines" | "signatures" | "table" | "note">;
    };

/** What the walk carries from block to block. */
interface OutlineState {
  /** The number of the next item. */
  next: number;
  /** The style of the list the items belong to, from its list-start. */
  listStyle: string | undefined;
}

/**
 * The page outline of a document given as parts: a section never runs past its part (a sheet's
 * closing lines stay outside its last sector), numbering does. The title is an h`titleLevel`;
 * the highest heading level used sits one below it, so no heading level is skipped.
 */
export function outlineOf(parts: ReadonlyArray<readonly WordBlock[]>, titleLevel: 1 | 2): OutlineNode[][] {
  const levels = parts.flat().flatMap((block) => (block.kind === "heading" ? [block.level] : []));
  const shift = titleLevel + 1 - (levels.length > 0 ? Math.min(...levels) : 1);
  const state: OutlineState = { next: 1, listStyle: undefined };
  return parts.map((part) => outlinePart(part, titleLevel, shift, state));
}

function outlinePart(
  part: readonly WordBlock[],
  titleLevel: number,
  shift: number,
  state: OutlineState,
): OutlineNode[] {
  const top: OutlineNode[] = [];
  const open: Array<Extract<OutlineNode, { kind: "section" }>> = [];
  const into = () => open.at(-1)?.children ?? top;
  for (const block of part) {
    if (block.kind === "heading") {
      while (open.length > 0 && open.at(-1)!.heading.level >= block.level) open.pop();
      const section: Extract<OutlineNode, { kind: "section" }> = {
        kind: "section",
        heading: block,
        level: block.level + shift,
        children: [],
      };
      into().push(section);
      open.push(section);
    } else place(into(), block, titleLevel, state);
  }
  return top;
}

/** Adds a block other than a heading to the nodes it follows. */
function place(
  nodes: OutlineNode[],
  block: Exclude<WordBlock, { kind: "heading" }>,
  titleLevel: number,
  state: OutlineState,
): void {
  const last = nodes.at(-1);
  switch (block.kind) {
    case "page-break":
      return;
    case "list-start":
      state.next = 1;
      state.listStyle = block.style;
      return;
    case "title":
      nodes.push({ kind: "title", block, level: titleLevel });
      return;
    case "field":
      if (last?.kind === "fields" && last.style === block.style) last.fields.push(block);
      else nodes.push({ kind: "fields", style: block.style, fields: [block] });
      return;
    case "item":
      // A list-start between two items begins a new list: the numbering no longer runs on.
      if (last?.kind === "list" && last.start + last.items.length === state.next) last.items.push(block);
      else nodes.push({ kind: "list", style: state.listStyle, start: state.next, items: [block] });
      state.next += 1;
      return;
    default:
      nodes.push({ kind: "block", block });
  }
}

/** A piece of a line of text on the page: words, a blank to write in, or a link. */
export type InlineRun =
  | { kind: "text"; text: string }
  | { kind: "blank"; width: "short" | "normal" | "wide" }
  | { kind: "link"; text: string; href: string };

/** A text's runs: runs of ＿ become blanks as wide as they are long, `link.text` a link. */
export function inlineRuns(text: string, link?: { text: string; href: string }): InlineRun[] {
  const at = link ? text.indexOf(link.text) : -1;
  if (link && at >= 0)
    return [
      ...inlineRuns(text.slice(0, at)),
      { kind: "link", text: link.text, href: link.href },
      ...inlineRuns(text.slice(at + link.text.length)),
    ];
  return text
    .split(/(＿+)/u)
    .filter((piece) => piece !== "")
    .map((piece): InlineRun =>
      piece.startsWith("＿")
        ? { kind: "blank", width: piece.length >= 6 ? "wide" : piece.length >= 4 ? "normal" : "short" }
        : { kind: "text", text: piece },
    );
}
