import JSZip from "jszip";
import mammoth from "mammoth";

/** A .docx read back as a reader sees it: its text (mammoth), white space removed. */
export async function docxText(bytes: Uint8Array): Promise<string> {
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return value.replace(/\s+/g, "");
}

/** The XML parts of a .docx that hold its layout: the document, its styles and its footer. */
export async function docxXml(
  bytes: Uint8Array,
): Promise<{ document: string; styles: string; footer: string; settings: string }> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (pattern: RegExp) => {
    const name = Object.keys(zip.files).find((file) => pattern.test(file));
    return name ? zip.file(name)!.async("string") : "";
  };
  return {
    document: await read(/^word\/document\.xml$/),
    styles: await read(/^word\/styles\.xml$/),
    footer: await read(/^word\/footer\d*\.xml$/),
    settings: await read(/^word\/settings\.xml$/),
  };
}

/** The page size and margins a .docx's section sets, in twentieths of a point. */
export function pageSetup(documentXml: string): Record<string, number> {
  const size = /<w:pgSz ([^>]*)\/>/.exec(documentXml)?.[1] ?? "";
  const margins = /<w:pgMar ([^>]*)\/>/.exec(documentXml)?.[1] ?? "";
  const attributes = (text: string) =>
    Object.fromEntries([...text.matchAll(/w:(\w+)="(\d+)"/g)].map((m) => [m[1]!, Number(m[2])]));
  const { w, h } = attributes(size);
  return { width: w!, height: h!, ...attributes(margins) };
}
