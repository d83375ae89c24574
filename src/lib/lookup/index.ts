/**
 * "谁负责？" from everyday words: the index built from the model at build time
 * (build-index), and the matcher that runs in the browser on it (prepare → match →
 * excerpt). The browser bundle imports only the matcher's files.
 */
export * from "./build-index.ts";
export * from "./excerpt.ts";
export * from "./match.ts";
export * from "./merge.ts";
export * from "./prepare.ts";
export * from "./sounds.ts";
export * from "./status.ts";
export * from "./build-sounds.ts";
