/**
 * The printed documents — the A4 职责清单, the 目标责任书 and the town booklet with its quick
 * reference — computed from the model as blocks (`blocks.ts`), which the print pages set in
 * HTML (`outline.ts`, `blocks-html.ts`) and word/ renders as .docx.
 */
export * from "./blocks.ts";
export * from "./booklet.ts";
export * from "./booklet-document.ts";
export * from "./letter.ts";
export * from "./outline.ts";
export * from "./sheet.ts";
export * from "./unit-documents.ts";
export * from "./wording.ts";
export * from "./blocks-html.ts";
