import { element, escapeHtml } from "../site/index.ts";
import type { WordBlock } from "./blocks.ts";
import { inlineRuns, outlineOf, type OutlineNode } from "./outline.ts";
import { SIGNATURE_LINES } from "./wording.ts";

/**
 * A printable document's blocks set as HTML: the page's renderer of the block model, beside
 * `word/render.ts`, which sets the same blocks as a .docx, so the page and the Word file say the
 * same. A pure function over the outline (no component per section and item), since every
 * unit's sheet and letter and every town's booklet is a page of the build.
 */
export function printBlocksHtml(parts: ReadonlyArray<readonly WordBlock[]>, titleLevel: 1 | 2 = 1): string {
  return outlineHtml(outlineOf(parts, titleLevel).flat());
}

/** Nodes already outlined (one part of a document, e.g. a chapter of the booklet) as HTML. */
export function outlineHtml(nodes: readonly OutlineNode[]): string {
  return nodes.map(nodeHtml).join("");
}

const heading = (level: number) => `h${Math.min(level, 6)}`;

/** A run of text with its blanks (＿＿ → a ruled space) and its one link. */
function runsHtml(text: string, link?: { text: string; href: string }): string {
  return inlineRuns(text, link)
    .map((run) =>
      run.kind === "blank"
        ? element("span", { class: `blank ${run.width}` }, { html: "" })
        : run.kind === "link"
          ? element("a", { href: run.href }, { text: run.text })
          : escapeHtml(run.text),
    )
    .join("");
}

function nodeHtml(node: OutlineNode): string {
  switch (node.kind) {
    case "section": {
      const { text, href, level, style } = node.heading;
      const title = href ? element("a", { href }, { text }) : escapeHtml(text);
      const headingHtml = element(
        heading(node.level),
        { class: level === 2 ? "sheet-sector-title" : undefined },
        { html: title },
      );
      return element("section", { class: style }, { html: headingHtml + outlineHtml(node.children) });
    }
    case "title":
      return element(heading(node.level), { class: node.block.style }, { text: node.block.text });
    case "fields":
      return element(
        "dl",
        { class: node.style },
        {
          html: node.fields
            .map(
              (field) =>
                element("dt", {}, { text: field.label }) + element("dd", {}, { html: runsHtml(field.text) }),
            )
            .join(""),
        },
      );
    case "list":
      return element(
        "ol",
        { class: node.style ?? "sheet-duties", start: node.start },
        { html: node.items.map(itemHtml).join("") },
      );
    case "block":
      return blockHtml(node.block);
  }
}

function itemHtml(item: Extract<WordBlock, { kind: "item" }>): string {
  const clause = item.clauseHref
    ? element("a", { class: "sheet-clause", href: item.clauseHref }, { text: item.clause })
    : element("span", { class: "sheet-clause" }, { text: item.clause });
  const tags =
    item.tags.length > 0
      ? element(
          "span",
          { class: "sheet-also" },
          {
            html: item.tags
              .map((tag) => element("span", { class: "sheet-sector-tag" }, { text: tag }))
              .join(""),
          },
        )
      : "";
  return element(
    "li",
    { class: "sheet-duty", "data-role": item.role, "data-rule-kind": item.ruleKind },
    {
      html:
        (item.mark ? element("span", { class: "sheet-role" }, { text: item.mark }) : "") +
        element("span", { class: "duty-text" }, { text: item.text }) +
        clause +
        tags,
    },
  );
}

function blockHtml(block: Extract<OutlineNode, { kind: "block" }>["block"]): string {
  switch (block.kind) {
    case "centered":
    case "paragraph":
    case "note":
      return element(
        "p",
        { class: block.style },
        { html: runsHtml(block.text, "link" in block ? block.link : undefined) },
      );
    case "fill-lines":
      // On screen, why the section is empty; on paper, lines the office fills in.
      return (
        (block.absent ? element("p", { class: "letter-absent no-print" }, { text: block.absent }) : "") +
        element(
          "div",
          { class: "fill-lines" },
          {
            html:
              element("span", { class: "fill-line" }, { html: "" }).repeat(block.count) +
              element("p", { class: "fill-caption" }, { text: block.caption }),
          },
        )
      );
    case "signatures":
      return element(
        "div",
        { class: "letter-signatures" },
        {
          html: block.parties
            .map(({ side, name }) =>
              element(
                "div",
                { class: "letter-signature" },
                {
                  html:
                    element(
                      "p",
                      { class: "letter-signer" },
                      {
                        html: `${escapeHtml(side)}：${name ? escapeHtml(name) : element("span", { class: "blank wide" }, { html: "" })}`,
                      },
                    ) + SIGNATURE_LINES.map((line) => element("p", {}, { text: line })).join(""),
                },
              ),
            )
            .join(""),
        },
      );
    case "table":
      return tableHtml(block);
  }
}

function tableHtml(block: Extract<WordBlock, { kind: "table" }>): string {
  const head = element(
    "thead",
    {},
    {
      html: element(
        "tr",
        {},
        { html: block.header.map((cell) => element("th", { scope: "col" }, { text: cell })).join("") },
      ),
    },
  );
  const rows = block.rows.map((row, index) => {
    const cells = row.map((cell, column) =>
      column === 0
        ? element("th", { scope: "row" }, { text: cell })
        : element(
            "td",
            {},
            column === 1 && block.rowLinks
              ? { html: element("a", { href: block.rowLinks[index] }, { text: cell }) }
              : { text: cell },
          ),
    );
    // Filled in by npm run pdf, which reads where each sheet landed (two-pass print).
    const page = block.pageOf
      ? element(
          "td",
          {},
          {
            html: element("span", { class: "contents-page", "data-contents-page": index + 1 }, { html: "" }),
          },
        )
      : "";
    return element("tr", { "data-unit": block.rowKeys?.[index] }, { html: cells.join("") + page });
  });
  return element(
    "table",
    { class: block.style },
    { html: head + element("tbody", {}, { html: rows.join("") }) },
  );
}
