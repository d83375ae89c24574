import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { Packer } from "docx";
import JSZip from "jszip";
import mammoth from "mammoth";
import { HTMLElement, TextNode, type Node } from "node-html-parser";
import { beforeAll, describe, expect, it } from "vitest";
import type { Model, TownRecord } from "../../src/lib/model/index.ts";
import { FONTS, wordDocument } from "../../src/lib/word/index.ts";
import writeExcelFile from "write-excel-file/node";
import { DUTY_LIST_COLUMNS } from "../../src/domain/index.ts";
import { dutyListWorkbook, withPrintSetup } from "../../src/lib/export/index.ts";
import {
  documentBlocks,
  LETTER_COPIES,
  LETTER_FOOTNOTE,
  LETTER_TERM,
  townBooklet,
  type TownWordData,
  type WordDocumentSpec,
} from "../../src/lib/print/index.ts";
import { DIST, json, page } from "../helpers/built-site.ts";
import { docxText, docxXml, pageSetup } from "../helpers/docx.ts";
import { PROJECT_ROOT, modelOf } from "../helpers/fixture.ts";

let model: Model;
beforeAll(() => {
  model = modelOf(PROJECT_ROOT);
});

const withoutSpaces = (text: string) => text.replace(/\s+/g, "");
const mm = (millimetres: number) => Math.round((millimetres / 25.4) * 1440);

/** A unit's document as the print page's 下载 Word button makes it: from the built word.json. */
async function unitDocx(town: string, unit: string, doc: "sheet" | "letter"): Promise<Uint8Array | null> {
  const data = json<TownWordData>(`${town}/word.json`);
  const parts = data.units[unit]?.[doc];
  if (!parts) return null;
  return new Uint8Array(
    await Packer.toBuffer(wordDocument({ title: "t", blocks: documentBlocks(data, parts) })),
  );
}

/** The town's booklet as the booklet page's 下载 Word button makes it: from the built booklet.json. */
async function bookletDocx(town: string): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(wordDocument(json<WordDocumentSpec>(`${town}/booklet.json`))));
}

/** Rule texts of other towns that this town's sources do not also state. */
function foreignRules(town: TownRecord): string[] {
  const own = new Set(town.rules.map((rule) => withoutSpaces(rule.text)));
  return model.towns
    .filter((other) => other.id !== town.id)
    .flatMap((other) => other.rules.map((rule) => withoutSpaces(rule.text)))
    .filter((text) => !own.has(text));
}

describe("Word documents of every unit, as the print pages make them", () => {
  it("hold each duty of the unit word for word, in the sheet and in the letter", async () => {
    const missing: string[] = [];
    for (const town of model.towns)
      for (const unit of town.units) {
        const sheet = await docxText((await unitDocx(town.id, unit.slug, "sheet"))!);
        const letterBytes = await unitDocx(town.id, unit.slug, "letter");
        const letter = letterBytes ? await docxText(letterBytes) : null;
        for (const duty of unit.duties) {
          if (!sheet.includes(withoutSpaces(duty.text))) missing.push(`${unit.key} sheet: ${duty.text}`);
          if (letter !== null && !letter.includes(withoutSpaces(duty.text)))
            missing.push(`${unit.key} letter: ${duty.text}`);
        }
      }
    expect(missing).toEqual([]);
  });

  it("put in each letter the town's own rules, no other town's, lines where its sources set none, and both signature blocks", async () => {
    for (const town of model.towns) {
      // A town whose only unit is a group (各单位) signs no letter.
      const unit = town.units.find((candidate) => candidate.data.kind !== "group");
      if (!unit) continue;
      const text = await docxText((await unitDocx(town.id, unit.slug, "letter"))!);
      for (const rule of town.rules)
        expect(text, `${town.id}: ${rule.id}`).toContain(withoutSpaces(rule.text));
      for (const foreign of foreignRules(town)) expect(text, town.id).not.toContain(foreign);
      expect(text.match(/主要负责人（签字）：/g), town.id).toHaveLength(2);
      expect(text.match(/（盖章）/g), town.id).toHaveLength(2);
      expect(text).toContain("甲方：");
      expect(text).toContain(`乙方：${withoutSpaces(unit.data.name)}`);
      // What an office signs: the term, the copies, and no note about this site above the signatures.
      expect(text).toContain(withoutSpaces(`${LETTER_TERM.label}：${LETTER_TERM.text}`));
      expect(text).toContain(LETTER_COPIES);
      const signatures = text.indexOf("主要负责人（签字）：");
      expect(text.indexOf("逐字引自来源文件"), town.id).toBeGreaterThan(signatures);
      expect(text.indexOf(LETTER_FOOTNOTE), town.id).toBeGreaterThan(signatures);
      const kinds = new Set(town.rules.map((rule) => rule.kind));
      if (!kinds.has("target")) expect(text, town.id).toContain("控制目标（由甲方填写）");
    }
  });

  it("are laid out as GB/T 9704 sets it: A4, margins 37/35/28/26 mm, Chinese fonts in their East Asian slot, page numbers — n —", async () => {
    const bytes = (await unitDocx("zhangshanzi", "police-station", "letter"))!;
    const { document, styles, footer } = await docxXml(bytes);
    expect(pageSetup(document)).toMatchObject({
      width: 11906,
      height: 16838,
      top: mm(37),
      bottom: mm(35),
      left: mm(28),
      right: mm(26),
    });
    // 22 lines a page: the grid's pitch is the text block's height over 22.
    expect(document).toMatch(new RegExp(`<w:docGrid [^>]*w:linePitch="${Math.round(mm(225) / 22)}"`));
    for (const face of [FONTS.title, FONTS.body, FONTS.heading1])
      expect(document).toContain(`w:eastAsia="${face}"`);
    expect(styles).toContain(`w:eastAsia="${FONTS.body}"`);
    // Title 二号 (22 pt = 44 half-points), body 三号 (16 pt = 32).
    expect(document).toMatch(/<w:sz w:val="44"\/>/);
    expect(document).toMatch(/<w:sz w:val="32"\/>/);
    expect(footer).toContain("— ");
    expect(footer).toMatch(/PAGE/);
    // Latin text (years, 6(2)) is marked English so no line breaks inside it; Chinese stays Chinese.
    expect(document).not.toMatch(/<w:lang w:val="zh-CN"/);
    expect(document).toContain('<w:lang w:val="en-US" w:eastAsia="zh-CN"/>');
  });
});

describe("the booklet as a Word file (from /<town>/booklet.json)", () => {
  it("is built for every town, with every duty of the town word for word and the town's rules only", async () => {
    for (const town of model.towns) {
      const bytes = await bookletDocx(town.id);
      const text = await docxText(bytes);
      // The contents give each sheet's page: a PAGEREF to the bookmark on that sheet's title,
      // which Word and WPS compute on opening (the file asks them to update its fields).
      const { document, settings } = await docxXml(bytes);
      const sheets = townBooklet(model, town).sheets;
      for (const { number } of sheets) {
        expect(document, `${town.id} 表 ${number}`).toMatch(
          new RegExp(`<w:bookmarkStart [^>]*w:name="sheet_${number}"`),
        );
        expect(document, `${town.id} 表 ${number}`).toContain(`PAGEREF sheet_${number}`);
      }
      expect(settings).toMatch(/<w:updateFields( w:val="(true|1)")?\/>/);
      expect(text).toContain(withoutSpaces(`${town.data.name}安全生产职责清单汇编`));
      expect(text).toContain("目录");
      for (const unit of town.units)
        for (const duty of unit.duties) expect(text, unit.key).toContain(withoutSpaces(duty.text));
      for (const rule of town.rules) expect(text, town.id).toContain(withoutSpaces(rule.text));
      for (const foreign of foreignRules(town)) expect(text, town.id).not.toContain(foreign);
      expect(pageSetup((await docxXml(bytes)).document)).toMatchObject({ width: 11906, height: 16838 });
    }
  });
});

/**
 * The text a printed page shows on paper (what is marked no-print left out), each element apart
 * but a plain link, which reads on with the sentence around it.
 */
function printedText(node: Node): string {
  if (node instanceof TextNode) return node.text;
  if (!(node instanceof HTMLElement) || node.classList.contains("no-print")) return "";
  const inner = node.childNodes.map(printedText).join("");
  return node.tagName === "A" && !node.getAttribute("class") ? inner : `\n${inner}\n`;
}

/** The runs of Chinese characters of some texts, sorted: what two settings of one document share. */
function hanRuns(texts: readonly string[]): string[] {
  return texts.flatMap((text) => text.match(/\p{Script=Han}+/gu) ?? []).sort();
}

/** The runs one list holds more often than the other. */
function surplus(runs: readonly string[], than: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const run of than) left.set(run, (left.get(run) ?? 0) + 1);
  return runs.filter((run) => {
    const count = left.get(run) ?? 0;
    left.set(run, count - 1);
    return count <= 0;
  });
}

describe("the booklet's print page and its Word file", () => {
  it("say the same words in every town, the print page's no-print help aside", async () => {
    for (const town of model.towns) {
      const paper = hanRuns(page(`${town.id}/print/`).querySelectorAll("article.sheet").map(printedText));
      const bytes = Buffer.from(await bookletDocx(town.id));
      const word = hanRuns([(await mammoth.extractRawText({ buffer: bytes })).value]);
      expect(paper.length, town.id).toBeGreaterThan(town.units.length * 5);
      expect({ onlyOnPaper: surplus(paper, word), onlyInWord: surplus(word, paper) }, town.id).toEqual({
        onlyOnPaper: [],
        onlyInWord: [],
      });
    }
  });
});

describe("/<town>/duties.csv, the 清单", () => {
  it("equals /api/duties.json row for row in its columns, UTF-8 with BOM and CRLF", () => {
    const api = json<Array<Record<string, unknown>>>("api/duties.json");
    for (const town of model.towns) {
      const raw = readFileSync(join(DIST, town.id, "duties.csv"), "utf8");
      expect(raw.startsWith("\uFEFF")).toBe(true);
      expect(raw).toContain("\r\n");
      const [header, ...rows] = parseCsv(raw, { bom: true }) as string[][];
      expect(header).toEqual(DUTY_LIST_COLUMNS.map(([name]) => name));
      const expected = api
        .filter((duty) => duty["jurisdictionId"] === town.id)
        .map((duty, index) =>
          DUTY_LIST_COLUMNS.map(([, field]) => {
            if (field === null) return String(index + 1);
            const value = duty[field];
            return Array.isArray(value) ? value.join("、") : String(value);
          }),
        );
      expect(rows).toEqual(expected);
      expect(rows.length).toBe(town.units.reduce((n, unit) => n + unit.duties.length, 0));
      // In the documents' order: units as the town's sources list them, not by file name.
      const units = [...new Set(rows.map((row) => row[1]))];
      expect(units, town.id).toEqual(
        town.units.filter((unit) => unit.duties.length > 0).map((unit) => unit.data.name),
      );
    }
  });
});

/** The town's 清单 workbook as the 下载 Excel button makes it: from the built duty-list.json. */
async function dutyListXlsx(town: string): Promise<Uint8Array> {
  const { data, options } = dutyListWorkbook(json<string[][]>(`${town}/duty-list.json`));
  return withPrintSetup(new Uint8Array(await writeExcelFile(data, options).toBuffer()), options.sheet);
}

describe("the 清单 as a workbook (from /<town>/duty-list.json)", () => {
  it("holds the CSV's rows as text cells, with the header row frozen and columns sized", async () => {
    for (const town of model.towns) {
      const zip = await JSZip.loadAsync(await dutyListXlsx(town.id));
      const sheetName = Object.keys(zip.files).find((file) => /^xl\/worksheets\/sheet\d*\.xml$/.test(file))!;
      const sheet = await zip.file(sheetName)!.async("string");
      const shared = await zip.file("xl/sharedStrings.xml")?.async("string");
      const strings = [...(shared ?? "").matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) =>
        m[1]!
          .replace(/&amp;/g, "&")
          .replace(/&lt;/g, "<")
          .replace(/&gt;/g, ">")
          .replace(/&quot;/g, '"'),
      );
      // Each cell's text, row by row, through the shared strings or inline.
      const rows = [...sheet.matchAll(/<row[^>]*>([\s\S]*?)<\/row>/g)].map((row) =>
        [...row[1]!.matchAll(/<c ([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)].map((cell) => {
          const value = /<v>([^<]*)<\/v>/.exec(cell[2] ?? "")?.[1];
          const inline = /<t[^>]*>([^<]*)<\/t>/.exec(cell[2] ?? "")?.[1];
          return /t="s"/.test(cell[1]!) ? strings[Number(value)]! : (inline ?? value ?? "");
        }),
      );
      const csv = parseCsv(readFileSync(join(DIST, town.id, "duties.csv"), "utf8"), {
        bom: true,
      }) as string[][];
      expect(rows, town.id).toEqual(csv);
      expect(sheet).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
      expect(sheet).toMatch(/<col [^>]*width="60"/);
      // Printed landscape on A4, one page wide, the header row on every page.
      expect(sheet).toContain('<pageSetUpPr fitToPage="1"/>');
      expect(sheet).toMatch(/<pageSetup [^>]*fitToWidth="1" fitToHeight="0"[^>]*orientation="landscape"/);
      const workbook = await zip.file("xl/workbook.xml")!.async("string");
      expect(workbook).toContain(
        `<definedName name="_xlnm.Print_Titles" localSheetId="0">'职责清单'!$1:$1</definedName>`,
      );
    }
  });
});

describe("/api/units.json", () => {
  it("gives each unit a Word address for its sheet, and for its letter unless it is a group", () => {
    const units =
      json<Array<{ id: string; kind: string; sheetDocxUrl: string; letterDocxUrl: string | null }>>(
        "api/units.json",
      );
    for (const unit of units) {
      expect(unit.sheetDocxUrl).toMatch(/\/print\/[a-z0-9-]+\/\?download=docx$/);
      if (unit.kind === "group") expect(unit.letterDocxUrl).toBeNull();
      else expect(unit.letterDocxUrl).toMatch(/\/letter\/\?download=docx$/);
    }
  });
});
