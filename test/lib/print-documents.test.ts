import { describe, expect, it } from "vitest";
import {
  bookletDocument,
  documentBlocks,
  letterDocument,
  LETTER_COPIES,
  LETTER_FOOTNOTE,
  LETTER_TERM,
  sheetBookmark,
  sheetDocument,
  townBooklet,
  townWordData,
  type WordBlock,
} from "../../src/lib/print/index.ts";
import { checkedModel, withCommonDuties } from "../helpers/fixture.ts";

const model = checkedModel(withCommonDuties());
const police = model.units.get("testtown/police")!;
const town = model.townById.get(police.data.jurisdiction)!;
const kinds = (blocks: readonly WordBlock[]) => blocks.map((block) => block.kind);

describe("a unit's 职责清单 as blocks", () => {
  it("names the unit, its basis and its duties, each duty an item with its clause and the shared duties after", () => {
    const { blocks } = sheetDocument(model, police);
    expect(blocks).toContainEqual(expect.objectContaining({ kind: "title", text: police.data.name }));
    // The sheet's head, then the fill-in line under the duties.
    expect(blocks.filter((b) => b.kind === "field").map((b) => (b as { label: string }).label)).toEqual([
      "类型",
      "依据",
      "职责",
      "负责人",
    ]);
    const items = blocks.filter((b): b is Extract<WordBlock, { kind: "item" }> => b.kind === "item");
    expect(items.map((item) => item.text)).toEqual([
      ...police.duties.map((duty) => duty.text),
      ...model.units.get("testtown/common")!.duties.map((duty) => duty.text),
    ]);
    expect(items.every((item) => item.clause.length > 0)).toBe(true);
  });
});

describe("a unit's 目标责任书 as blocks", () => {
  it("gives the term after the parties, the copies before the signatures and the note on quoting after them", () => {
    const { blocks } = letterDocument(model, police);
    const fields = blocks.filter((b): b is Extract<WordBlock, { kind: "field" }> => b.kind === "field");
    expect(fields.map((field) => field.label)).toEqual(["甲方", "乙方", LETTER_TERM.label]);
    const order = kinds(blocks);
    const signatures = order.indexOf("signatures");
    expect(blocks[signatures - 1]).toMatchObject({ kind: "paragraph", text: LETTER_COPIES });
    expect(blocks[signatures + 1]).toMatchObject({ kind: "note", text: LETTER_FOOTNOTE });
    // Nothing about how the letter was made above the signatures.
    const above = JSON.stringify(blocks.slice(0, signatures));
    expect(above).not.toContain("逐字引自");
  });
});

describe("the booklet as blocks", () => {
  it("points each row of the contents at the bookmark on its sheet's title, one sheet each", () => {
    const { blocks } = bookletDocument(model, town);
    const sheets = townBooklet(model, town).sheets;
    const contents = blocks.find((b): b is Extract<WordBlock, { kind: "table" }> => b.kind === "table")!;
    expect(contents.pageOf).toEqual(sheets.map(({ number }) => sheetBookmark(number)));
    expect(contents.header.at(-1)).toBe("页码");
    const titled = blocks.flatMap((b) => (b.kind === "title" && b.bookmark ? [b.bookmark] : []));
    expect(titled).toEqual(contents.pageOf);
  });
});

describe("townWordData", () => {
  it("stores each part once, and rebuilds each unit's documents from the parts", () => {
    const data = townWordData(model, town);
    const parts = data.parts.map((part) => JSON.stringify(part));
    expect(new Set(parts).size).toBe(parts.length);
    const stored = data.units[police.slug]!;
    expect(documentBlocks(data, stored.sheet)).toEqual(sheetDocument(model, police).blocks);
    expect(documentBlocks(data, stored.letter!)).toEqual(letterDocument(model, police).blocks);
  });
});
