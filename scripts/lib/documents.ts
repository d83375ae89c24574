import {
  AlignmentType,
  Document,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  WidthType,
} from "docx";
import type { Browser } from "playwright-core";
import { barRowCells } from "../../src/lib/import/index.ts";
import { readMarker } from "../../src/lib/sources/index.ts";
import { escapeHtml } from "../../src/lib/site/index.ts";

/**
 * Test documents made from a source's text the way offices make theirs: a Word file whose
 * list markers are Word's automatic numbering (not in the text runs), and a PDF printed
 * from a page, with the layout's line breaks.
 */

/** The text as .docx: every marked paragraph a numbered list item, its marker left to Word. */
export async function docxFromText(text: string): Promise<Buffer> {
  const configs = new Map<string, { reference: string; format: string; lvlText: string; start: number }>();
  const state: Array<{ key: string; reference: string; instance: number; next: number } | undefined> = [];
  let instances = 0;
  const paragraphs = groupTableRows(text).map((line) => {
    if (Array.isArray(line)) return wordTable(line);
    const marker = readMarker(line);
    if (!marker) return new Paragraph({ text: line });
    const numeral = /[一二三四五六七八九十]+|\d+/.exec(marker.marker)![0];
    const lvlText = marker.marker.replace(numeral, "%1").trim();
    const format = /\d/.test(numeral) ? LevelFormat.DECIMAL : LevelFormat.CHINESE_COUNTING;
    const key = `${marker.level}|${format}|${lvlText}`;
    // Word numbers nine levels from 0: articles (第X章/节/条, levels below 1) and the four list levels.
    const level = [0.25, 0.5, 0.75, 1, 2, 3, 4].indexOf(marker.level);
    let current = state[level];
    if (!current || current.key !== key || current.next !== marker.number) {
      const reference = `${key}|${marker.number}`;
      if (!configs.has(reference))
        configs.set(reference, { reference, format, lvlText, start: marker.number });
      current = { key, reference, instance: (instances += 1), next: marker.number };
    }
    current.next += 1;
    state[level] = current;
    state.length = level + 1;
    return new Paragraph({
      text: line.slice(marker.marker.length).trim(),
      numbering: { reference: current.reference, level: 0, instance: current.instance },
    });
  });
  const document = new Document({
    numbering: {
      config: [...configs.values()].map(({ reference, format, lvlText, start }) => ({
        reference,
        levels: [
          {
            level: 0,
            format: format as (typeof LevelFormat)[keyof typeof LevelFormat],
            text: lvlText,
            start,
            alignment: AlignmentType.LEFT,
          },
        ],
      })),
    },
    sections: [{ children: paragraphs }],
  });
  return Packer.toBuffer(document);
}

/** The text printed to an A4 PDF by Chromium: paragraphs wrap at the page's width, as a layout breaks lines. */
export async function pdfFromText(browser: Browser, text: string): Promise<Buffer> {
  const page = await browser.newPage();
  const paragraphs = text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join("");
  await page.setContent(
    `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><body style="font: 12pt 'Noto Serif CJK SC', serif; margin: 0">${paragraphs}</body></html>`,
  );
  const pdf = await page.pdf({
    format: "A4",
    margin: { top: "25mm", bottom: "25mm", left: "25mm", right: "25mm" },
  });
  await page.close();
  return pdf;
}

/** Non-blank lines, runs of table rows gathered into one array of rows each. */
function groupTableRows(text: string): Array<string | string[][]> {
  const out: Array<string | string[][]> = [];
  for (const line of text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)) {
    const cells = barRowCells(line);
    const last = out.at(-1);
    if (cells && Array.isArray(last)) last.push(cells);
    else out.push(cells ? [cells] : line);
  }
  return out;
}

/** Rows as a real Word table, every cell a paragraph. */
function wordTable(rows: string[][]): Table {
  const width = Math.max(...rows.map((row) => row.length));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (row) =>
        new TableRow({
          children: Array.from(
            { length: width },
            (_, i) => new TableCell({ children: [new Paragraph({ text: row[i] ?? "" })] }),
          ),
        }),
    ),
  });
}

/**
 * A GBK encoder for making the files Windows Notepad saves: the reverse of the platform's
 * GBK decoder over every two-byte code. Throws on a character GBK cannot write.
 */
let gbkTable: Map<string, number> | undefined;
export function gbkFromText(text: string): Buffer {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder("gbk");
    for (let lead = 0x81; lead <= 0xfe; lead += 1)
      for (let trail = 0x40; trail <= 0xfe; trail += 1) {
        if (trail === 0x7f) continue;
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if (char.length === 1 && char !== "\ufffd" && !gbkTable.has(char))
          gbkTable.set(char, (lead << 8) | trail);
      }
  }
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const gbk = gbkTable.get(char);
      if (gbk === undefined) throw new Error(`GBK cannot write ${char} (U+${code.toString(16)})`);
      bytes.push(gbk >> 8, gbk & 0xff);
    }
  }
  return Buffer.from(bytes);
}

/** What a browser prints around every page: the page's title and the time, its address and page n/m. */
export const BROWSER_PRINT = {
  address: "https://www.example.gov.cn/art/2024/6/3/art_1229_5931.html",
  printedAt: "2024/6/3 10:25",
};

/**
 * The text as a web page printed by the browser with its headers and footers on (the
 * default): tables as tables, every page headed by the time and the page's title and
 * footed by its address and n/m. The title is the page's name on the portal, as a browser
 * tab shows it.
 */
export async function browserPrintedPdf(browser: Browser, text: string, pageTitle: string): Promise<Buffer> {
  const body = groupTableRows(text)
    .map((line) =>
      Array.isArray(line)
        ? `<table border="1" style="border-collapse:collapse;width:100%">${line
            .map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join("")}</tr>`)
            .join("")}</table>`
        : `<p>${escapeHtml(line)}</p>`,
    )
    .join("");
  const page = await browser.newPage();
  await page.setContent(
    `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>${escapeHtml(pageTitle)}</title><body style="font: 12pt 'Noto Serif CJK SC', serif; margin: 0">${body}</body></html>`,
  );
  const small = "font-size:8px;width:100%;margin:0 10mm;display:flex;justify-content:space-between";
  const pdf = await page.pdf({
    format: "A4",
    margin: { top: "20mm", bottom: "20mm", left: "15mm", right: "15mm" },
    displayHeaderFooter: true,
    headerTemplate: `<div style="${small}"><span>${BROWSER_PRINT.printedAt}</span><span class="title"></span><span></span></div>`,
    footerTemplate: `<div style="${small}"><span>${BROWSER_PRINT.address}</span><span><span class="pageNumber"></span>/<span class="totalPages"></span></span></div>`,
  });
  await page.close();
  return pdf;
}
