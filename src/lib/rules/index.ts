/** Targets, assessment and accountability rules: score bands and the rules of a town by kind. */
export * from "./assessment.ts";
export * from "./by-kind.ts";
