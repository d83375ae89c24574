import { execFileSync, spawnSync } from "node:child_process";

/** poppler-utils reads the PDFs back: page count and size (pdfinfo), text (pdftotext). */
export const havePoppler = spawnSync("pdfinfo", ["-v"]).status === 0;

const POPPLER_MISSING =
  "找不到 pdfinfo/pdftotext（apt-get install -y poppler-utils） / poppler-utils not found";

/** As with the browser: required in CI, skipped with a visible warning elsewhere. */
export const skipPdfTests = !havePoppler && !process.env["CI"];
if (!havePoppler) {
  if (process.env["CI"]) throw new Error(`${POPPLER_MISSING}: PDF tests are required in CI`);
  console.warn(`⚠ ${POPPLER_MISSING}: PDF tests skipped`);
}

/** Page count and page size in points, from pdfinfo. */
export function pdfInfo(file: string): { pages: number; width: number; height: number } {
  const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]),
    width: Number(size?.[1]),
    height: Number(size?.[2]),
  };
}

/** The PDF's text with all white space removed, since pdftotext breaks lines where the layout does. */
export function pdfTextWithoutSpaces(file: string): string {
  return execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).replace(/\s+/g, "");
}

/** Each page's text in reading order (pdftotext ends every page with a form feed), white space removed. */
export function pdfPageTexts(file: string): string[] {
  return execFileSync("pdftotext", ["-layout", "-enc", "UTF-8", file, "-"], { encoding: "utf8" })
    .split("\f")
    .slice(0, -1)
    .map((page) => page.replace(/\s+/g, ""));
}
