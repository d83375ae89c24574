import { describe, expect, it } from "vitest";
import { inlineRuns, outlineOf, type WordBlock } from "../../src/lib/print/index.ts";

const item = (text: string): WordBlock => ({ kind: "item", mark: null, text, clause: "一", tags: [] });
const heading = (level: 1 | 2, text: string): WordBlock => ({ kind: "heading", level, text });

describe("outlineOf, a document's blocks as the print page sets them", () => {
  it("puts the highest heading level used right under the title, so no level is skipped", () => {
    const sheet = outlineOf([[{ kind: "title", text: "派出所" }], [heading(2, "消防"), item("甲")]], 1);
    expect(sheet[0]).toEqual([{ kind: "title", block: { kind: "title", text: "派出所" }, level: 1 }]);
    expect(sheet[1]![0]).toMatchObject({ kind: "section", level: 2 });
    const inBooklet = outlineOf([[heading(1, "一、工作职责")], [heading(2, "消防"), item("甲")]], 2);
    expect(inBooklet.flat().map((node) => node.kind === "section" && node.level)).toEqual([3, 4]);
  });

  it("numbers items on across sections and parts, and again from 1 after a list-start", () => {
    const parts: WordBlock[][] = [
      [{ kind: "list-start" }, heading(2, "消防"), item("甲"), item("乙")],
      [heading(2, "交通"), item("丙")],
      [{ kind: "list-start", style: "letter-rule-list" }, item("丁")],
    ];
    const lists = outlineOf(parts, 1)
      .flat()
      .flatMap((node) => (node.kind === "section" ? node.children : [node]))
      .filter((node) => node.kind === "list");
    expect(lists.map((list) => [list.start, list.items.length, list.style])).toEqual([
      [1, 2, undefined],
      [3, 1, undefined],
      [1, 1, "letter-rule-list"],
    ]);
  });

  it("never lets a section run past its part, and groups fields in a row by their style", () => {
    const parts: WordBlock[][] = [
      [heading(2, "同时适用"), { kind: "paragraph", text: "写给……" }],
      [
        { kind: "field", label: "负责人", text: "＿＿＿＿＿＿", style: "sheet-fill" },
        { kind: "note", text: "注" },
      ],
    ];
    const [shared, foot] = outlineOf(parts, 1);
    expect(shared).toHaveLength(1);
    expect(foot!.map((node) => node.kind)).toEqual(["fields", "block"]);
  });

  it("keeps two lists apart when a list-start stands between their items", () => {
    const [nodes] = outlineOf([[{ kind: "list-start" }, item("甲"), { kind: "list-start" }, item("乙")]], 1);
    expect(nodes!.map((node) => node.kind === "list" && node.start)).toEqual([1, 1]);
  });
});

describe("inlineRuns, a line of text with its blanks and link", () => {
  it("turns runs of ＿ into blanks as wide as they are long", () => {
    expect(inlineRuns("负责人：＿＿＿＿＿＿　日期：＿＿＿＿年＿＿月")).toEqual([
      { kind: "text", text: "负责人：" },
      { kind: "blank", width: "wide" },
      { kind: "text", text: "　日期：" },
      { kind: "blank", width: "normal" },
      { kind: "text", text: "年" },
      { kind: "blank", width: "short" },
      { kind: "text", text: "月" },
    ]);
  });

  it("links the link's text where the sentence says it", () => {
    expect(inlineRuns("全文见本册表 3。", { text: "本册表 3", href: "#sheet-a" })).toEqual([
      { kind: "text", text: "全文见" },
      { kind: "link", text: "本册表 3", href: "#sheet-a" },
      { kind: "text", text: "。" },
    ]);
  });
});
