/**
 * Word documents (.docx) of the print pages in the 公文 layout (GB/T 9704): a unit's 职责清单
 * and 目标责任书 and a town's booklet, as blocks computed from the model (parts.ts), rendered
 * by the `docx` package (render.ts) — at build time for the booklet and `npm run pdf --docx`,
 * in the browser on click for a unit's documents (from `/<town>/word.json`).
 */
export * from "./blocks.ts";
export * from "./parts.ts";
export * from "./booklet-parts.ts";
export * from "./render.ts";
export { FONTS, GONGWEN } from "./layout.ts";
