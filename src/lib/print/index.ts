/**
 * What the printed documents hold — the A4 职责清单, the 目标责任书 and the town booklet —
 * computed from the model, so the print pages only arrange it.
 */
export * from "./booklet.ts";
export * from "./letter.ts";
export * from "./sheet.ts";
export * from "./wording.ts";
