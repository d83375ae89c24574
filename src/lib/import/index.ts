/**
 * Bringing a town's own document in: its bytes as text (encoding detected), its structure
 * as draft units and duties (bearers from headings and sentence subjects, roles from
 * verbs, sectors from the vocabulary), every guess with its reason for review.
 */
export * from "./decode.ts";
export * from "./draft.ts";
export * from "./guess.ts";
export * from "./sectors.ts";
export * from "./fidelity.ts";
export * from "./parse-options.ts";
export * from "./files.ts";
export * from "./docx.ts";
export * from "./pdf.ts";
export * from "./read.ts";
export * from "./truth-fidelity.ts";
export * from "./pipeline.ts";
export * from "./layout.ts";
export * from "./tables.ts";
export * from "./head.ts";
export * from "./limits.ts";
export * from "./slug.ts";
export * from "./preview.ts";
export * from "./corrections.ts";
