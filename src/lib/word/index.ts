/**
 * Word documents (.docx) of the printed documents in the 公文 layout (GB/T 9704): the blocks
 * print/ computes, rendered by the `docx` package (render.ts) — at build time for the booklet
 * and `npm run pdf --docx`, in the browser on click for a unit's documents (from
 * `/<town>/word.json`).
 */
export * from "./render.ts";
export { FONTS, GONGWEN } from "./layout.ts";
