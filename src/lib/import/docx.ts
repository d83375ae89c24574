import { DOMParser, type Element } from "@xmldom/xmldom";
import JSZip from "jszip";
import { numberToChineseNumeral } from "../sources/index.ts";
import { ImportError } from "./decode.ts";
import { IMPORT_LIMITS, unzipRefusal } from "./limits.ts";

/**
 * A Word document (.docx) as text, one paragraph a line, with the list markers Word draws
 * from its automatic numbering written back in (一、（一）1、（1）), so clause ids match what a
 * reader sees in Word. Word keeps those markers out of the text: each numbered paragraph
 * names a list and a level, and numbering.xml says how that level counts (start, format
 * such as chineseCounting or decimal) and writes its marker (lvlText such as （%1）).
 * Mammoth, the usual reader, turns lists into <ol> and keeps neither format nor start.
 */

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

interface Level {
  start: number;
  format: string;
  text: string;
}

function children(element: Element, name: string): Element[] {
  const found: Element[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling)
    if (node.nodeType === 1 && (node as Element).localName === name && (node as Element).namespaceURI === W)
      found.push(node as Element);
  return found;
}

/** Every element below, in document order, with the local name (or any, for "*"). */
function descendants(element: Element, name: string): Element[] {
  const found = (
    element as unknown as { getElementsByTagNameNS(ns: string, n: string): ArrayLike<Element> }
  ).getElementsByTagNameNS(W, name);
  return Array.from(found);
}

function child(element: Element | undefined, name: string): Element | undefined {
  return element ? children(element, name)[0] : undefined;
}

function val(element: Element | undefined): string | undefined {
  return element?.getAttributeNS(W, "val") ?? element?.getAttribute("w:val") ?? undefined;
}

/** A counter as a level's format writes it. */
export function formatCounter(value: number, format: string): string {
  switch (format) {
    case "chineseCounting":
    case "chineseCountingThousand":
    case "chineseLegalSimplified":
    case "ideographTraditional":
    case "taiwaneseCounting":
    case "taiwaneseCountingThousand":
      return value >= 1 && value <= 99 ? numberToChineseNumeral(value) : String(value);
    case "decimalFullWidth":
    case "decimalFullWidth2":
      return String(value).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    case "lowerLetter":
      return String.fromCharCode(96 + (((value - 1) % 26) + 1));
    case "upperLetter":
      return String.fromCharCode(64 + (((value - 1) % 26) + 1));
    case "none":
    case "bullet":
      return "";
    default:
      return String(value);
  }
}

function parseXml(text: string, part: string): Element {
  try {
    return new DOMParser().parseFromString(text, "text/xml").documentElement as unknown as Element;
  } catch {
    throw damaged(part);
  }
}

/** JSZip's stream of one entry (its `internalStream`, which its typings leave out). */
interface PartStream {
  on(event: "data", listener: (chunk: Uint8Array) => void): PartStream;
  on(event: "error", listener: (error: unknown) => void): PartStream;
  on(event: "end", listener: () => void): PartStream;
  pause(): PartStream;
  resume(): PartStream;
}

/**
 * A part of the Word file as text, unzipped piece by piece and given up as soon as it grows
 * past the limits: a zip bomb is refused before it fills the memory.
 */
async function readPart(zip: JSZip, name: string): Promise<string | undefined> {
  const file = zip.file(name);
  if (!file) return undefined;
  // JSZip keeps the zipped size on the entry it read from the archive's directory.
  const zipped = (file as unknown as { _data?: { compressedSize?: number } })._data?.compressedSize ?? 0;
  const chunks: Uint8Array[] = [];
  let size = 0;
  await new Promise<void>((done, fail) => {
    const stream = (file as unknown as { internalStream(type: "uint8array"): PartStream }).internalStream(
      "uint8array",
    );
    stream
      .on("data", (chunk: Uint8Array) => {
        size += chunk.length;
        const refusal = unzipRefusal(name, size, zipped);
        if (refusal) {
          stream.pause();
          fail(refusal);
        } else chunks.push(chunk);
      })
      .on("error", () => fail(damaged(name)))
      .on("end", () => done())
      .resume();
  });
  return new TextDecoder().decode(Buffer.concat(chunks));
}

function damaged(part: string): ImportError {
  return new ImportError(
    `Word 文件的 ${part} 已损坏，无法读取 / the Word file's ${part} is damaged`,
    "用 Word 或 WPS 打开它，另存为 .docx 后再导入 / open it in Word or WPS, save it again as .docx and import that",
  );
}

/** A list level as Word allows it (0–8), or undefined for anything else (ilvl="200000000"). */
function listLevel(value: string | null | undefined): number | undefined {
  const level = Number(value ?? 0);
  return Number.isInteger(level) && level >= 0 && level <= IMPORT_LIMITS.deepestListLevel ? level : undefined;
}

/** numbering.xml: each list (num) → its abstract definition's levels, with start overrides. */
function listsOf(numberingXml: string | undefined): Map<string, Map<number, Level>> {
  const abstractLevels = new Map<string, Map<number, Level>>();
  const lists = new Map<string, Map<number, Level>>();
  if (!numberingXml) return lists;
  const root = parseXml(numberingXml, "numbering.xml");
  for (const abstract of children(root, "abstractNum")) {
    const levels = new Map<number, Level>();
    for (const lvl of children(abstract, "lvl")) {
      const level = listLevel(lvl.getAttributeNS(W, "ilvl"));
      if (level === undefined) continue;
      const start = Number(val(child(lvl, "start")) ?? 1);
      levels.set(level, {
        start: Number.isSafeInteger(start) ? start : 1,
        format: val(child(lvl, "numFmt")) ?? "decimal",
        text: val(child(lvl, "lvlText")) ?? "",
      });
    }
    abstractLevels.set(abstract.getAttributeNS(W, "abstractNumId") ?? "", levels);
  }
  for (const num of children(root, "num")) {
    const base = abstractLevels.get(val(child(num, "abstractNumId")) ?? "") ?? new Map<number, Level>();
    const levels = new Map([...base].map(([ilvl, level]) => [ilvl, { ...level }]));
    for (const override of children(num, "lvlOverride")) {
      const ilvl = listLevel(override.getAttributeNS(W, "ilvl"));
      const start = Number(val(child(override, "startOverride")));
      const level = ilvl === undefined ? undefined : levels.get(ilvl);
      if (level && Number.isSafeInteger(start)) level.start = start;
    }
    lists.set(num.getAttributeNS(W, "numId") ?? "", levels);
  }
  return lists;
}

/** styles.xml: the numbering a paragraph style carries (headings often do), through basedOn. */
function styleNumberingOf(
  stylesXml: string | undefined,
): (styleId: string | undefined) => { numId?: string | undefined; ilvl?: string | undefined } {
  const styleNumbering = new Map<string, { numId?: string; ilvl?: string; basedOn?: string }>();
  if (stylesXml)
    for (const style of children(parseXml(stylesXml, "styles.xml"), "style")) {
      const numPr = child(child(style, "pPr"), "numPr");
      const numId = val(child(numPr, "numId"));
      const ilvl = val(child(numPr, "ilvl"));
      const basedOn = val(child(style, "basedOn"));
      styleNumbering.set(style.getAttributeNS(W, "styleId") ?? "", {
        ...(numId !== undefined ? { numId } : {}),
        ...(ilvl !== undefined ? { ilvl } : {}),
        ...(basedOn !== undefined ? { basedOn } : {}),
      });
    }
  const numberingOfStyle = (styleId: string | undefined) => {
    let numId: string | undefined;
    let ilvl: string | undefined;
    for (let id = styleId, depth = 0; id && depth < 10; depth += 1) {
      const style = styleNumbering.get(id);
      if (!style) break;
      numId ??= style.numId;
      ilvl ??= style.ilvl;
      id = style.basedOn;
    }
    return { numId, ilvl };
  };
  return numberingOfStyle;
}

/** A reader of paragraphs: each one's text with the marker Word draws for it, counting lists as it goes. */
function paragraphReader(
  lists: Map<string, Map<number, Level>>,
  numberingOfStyle: ReturnType<typeof styleNumberingOf>,
): (paragraph: Element) => string {
  const counters = new Map<string, number[]>();
  /** A paragraph's text with the marker Word draws for it. */
  const paragraphLine = (paragraph: Element): string => {
    const pPr = child(paragraph, "pPr");
    const numPr = child(pPr, "numPr");
    const fromStyle = numberingOfStyle(val(child(pPr, "pStyle")));
    const numId = val(child(numPr, "numId")) ?? fromStyle.numId;
    const ilvl = listLevel(val(child(numPr, "ilvl")) ?? fromStyle.ilvl);
    let marker = "";
    const levels = numId && numId !== "0" ? lists.get(numId) : undefined;
    if (ilvl !== undefined && levels?.has(ilvl)) {
      const count = counters.get(numId!) ?? [];
      for (let level = 0; level < ilvl; level += 1) count[level] ??= (levels.get(level)?.start ?? 1) - 1;
      count[ilvl] = count[ilvl] === undefined ? levels.get(ilvl)!.start : count[ilvl]! + 1;
      count.length = ilvl + 1; // a level restarts after a higher one advances
      counters.set(numId!, count);
      marker = levels
        .get(ilvl)!
        .text.replace(/%(\d)/g, (_, k: string) =>
          formatCounter(count[Number(k) - 1] ?? 1, levels.get(Number(k) - 1)?.format ?? "decimal"),
        );
    }
    let text = "";
    for (const node of descendants(paragraph, "*")) {
      if (node.localName === "t") text += node.textContent ?? "";
      else if (node.localName === "tab") text += "\t";
    }
    return `${marker}${text}`;
  };
  return paragraphLine;
}

/** The paragraphs of a .docx as text lines, with Word's automatic list markers written in. */
export async function docxText(bytes: Uint8Array): Promise<string> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new ImportError(
      "不是有效的 Word 文件（.docx）：文件已损坏、被加密，或其实是别的格式 / not a valid .docx: damaged, encrypted, or another kind of file renamed",
      "在 Word 或 WPS 中打开，去掉密码后“另存为” .docx 再导入 / open it in Word or WPS, remove any password and save it again as .docx",
    );
  }
  const documentXml = await readPart(zip, "word/document.xml");
  if (!documentXml)
    throw new ImportError(
      "这个压缩包里没有 Word 正文（word/document.xml），不是 .docx 文件 / the archive has no word/document.xml: not a .docx",
      "请导入 Word 文档（.docx）；旧的 .doc 请先在 Word 或 WPS 中另存为 .docx / import a .docx; save an old .doc as .docx first",
    );
  const numberingXml = await readPart(zip, "word/numbering.xml");
  const stylesXml = await readPart(zip, "word/styles.xml");

  const paragraphLine = paragraphReader(listsOf(numberingXml), styleNumberingOf(stylesXml));

  const lines: string[] = [];
  const body = child(parseXml(documentXml, "document.xml"), "body");
  for (let node = body?.firstChild; node; node = node.nextSibling) {
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    if (element.localName === "tbl") lines.push(...tableLines(element, paragraphLine));
    else
      for (const paragraph of element.localName === "p" ? [element] : descendants(element, "p"))
        lines.push(paragraphLine(paragraph));
  }
  return lines.join("\n");
}

/**
 * A table as one line a row, the way duty lists are often laid out (序号 | 责任主体 | 职责内容):
 * its cells' text in order, separated by tabs, a row numbered in its first cell written as
 * that item (3、镇派出所→负责…), and a cell merged down from the row above (one bearer over
 * several rows) read as the text it shows.
 */
function tableLines(table: Element, paragraphLine: (paragraph: Element) => string): string[] {
  const lines: string[] = [];
  let above: string[] = [];
  for (const row of children(table, "tr")) {
    const cells = children(row, "tc").map((cell, index) => {
      const merge = child(child(cell, "tcPr"), "vMerge");
      const continues = merge !== undefined && val(merge) !== "restart";
      return continues
        ? (above[index] ?? "")
        : children(cell, "p").map(paragraphLine).join("").replace(/\s+/g, " ").trim();
    });
    above = cells;
    const [first = "", ...rest] = cells;
    const filled = rest.filter(Boolean);
    if (/^\d{1,3}$/.test(first) && filled.length > 0) lines.push(`${first}、${filled.join("\t")}`);
    else if (cells.some(Boolean)) lines.push(cells.filter(Boolean).join("\t"));
  }
  return lines;
}
