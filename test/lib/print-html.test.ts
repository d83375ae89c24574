import { describe, expect, it } from "vitest";
import { printBlocksHtml } from "../../src/lib/print/index.ts";
import { element, escapeHtml } from "../../src/lib/site/index.ts";

describe("escapeHtml and element", () => {
  it("escapes what Astro escapes in text and in attributes", () => {
    expect(escapeHtml(`<a href="x">Tom's & </a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;Tom&#39;s &amp; &lt;/a&gt;",
    );
    expect(element("a", { href: 'x"><script>', class: "c" }, { text: "<b>" })).toBe(
      '<a href="x&quot;&gt;&lt;script&gt;" class="c">&lt;b&gt;</a>',
    );
  });

  it("leaves out attributes without a value and keeps markup given as html", () => {
    expect(
      element("li", { class: undefined, "data-role": null, start: 3, hidden: false }, { html: "<i>x</i>" }),
    ).toBe('<li start="3"><i>x</i></li>');
  });
});

describe("printBlocksHtml", () => {
  it("opens a section at each heading, marks sector headings, and escapes every text", () => {
    const html = printBlocksHtml([
      [
        { kind: "title", text: "派出所<职责>清单" },
        { kind: "heading", level: 1, text: "一、工作职责", style: "sheet-part" },
        { kind: "heading", level: 2, text: "消防", href: "/t/sectors/fire/" },
        { kind: "paragraph", text: "年度：＿＿＿＿＿＿" },
      ],
    ]);
    expect(html).toBe(
      '<h1>派出所&lt;职责&gt;清单</h1><section class="sheet-part"><h2>一、工作职责</h2>' +
        '<section><h3 class="sheet-sector-title"><a href="/t/sectors/fire/">消防</a></h3>' +
        '<p>年度：<span class="blank wide"></span></p></section></section>',
    );
  });

  it("numbers items across parts, with the role mark, the clause's link and the sector tags", () => {
    const item = (text: string, clauseHref?: string) => ({
      kind: "item" as const,
      mark: "主责",
      text,
      clause: "四(二)6",
      tags: ["消防"],
      role: "lead",
      ...(clauseHref ? { clauseHref } : {}),
    });
    const html = printBlocksHtml([
      [{ kind: "list-start" }, item("负责消防。", "/s/#c")],
      [item("负责<安全>。")],
    ]);
    expect(html).toBe(
      '<ol class="sheet-duties" start="1"><li class="sheet-duty" data-role="lead"><span class="sheet-role">主责</span>' +
        '<span class="duty-text">负责消防。</span><a class="sheet-clause" href="/s/#c">四(二)6</a>' +
        '<span class="sheet-also"><span class="sheet-sector-tag">消防</span></span></li></ol>' +
        '<ol class="sheet-duties" start="2"><li class="sheet-duty" data-role="lead"><span class="sheet-role">主责</span>' +
        '<span class="duty-text">负责&lt;安全&gt;。</span><span class="sheet-clause">四(二)6</span>' +
        '<span class="sheet-also"><span class="sheet-sector-tag">消防</span></span></li></ol>',
    );
  });

  it("leaves a blank line for a signatory the sources do not name", () => {
    const html = printBlocksHtml([
      [
        {
          kind: "signatures",
          parties: [
            { side: "甲方", name: null },
            { side: "乙方", name: "派出所" },
          ],
        },
      ],
    ]);
    expect(html).toContain('<p class="letter-signer">甲方：<span class="blank wide"></span></p>');
    expect(html).toContain('<p class="letter-signer">乙方：派出所</p><p>（盖章）</p>');
  });
});
