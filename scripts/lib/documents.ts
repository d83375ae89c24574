import { AlignmentType, Document, LevelFormat, Packer, Paragraph } from "docx";
import type { Browser } from "playwright-core";
import { readMarker } from "../../src/lib/sources/index.ts";

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
  const paragraphs = text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const marker = readMarker(line);
      if (!marker) return new Paragraph({ text: line });
      const numeral = /[一二三四五六七八九十]+|\d+/.exec(marker.marker)![0];
      const lvlText = marker.marker.replace(numeral, "%1").trim();
      const format = /\d/.test(numeral) ? LevelFormat.DECIMAL : LevelFormat.CHINESE_COUNTING;
      const key = `${marker.level}|${format}|${lvlText}`;
      const level = marker.level - 1;
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
    .map((line) => `<p>${line.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`)
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
