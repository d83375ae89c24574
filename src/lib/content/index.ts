/**
 * Content loading: the collection registry (the one list of collections, folders, file
 * patterns and schemas), the file reader used by the check and the tests, the problem
 * type and its bilingual format, did-you-mean, and how bytes become text. The pipeline
 * read → parse → check → build model is src/lib/pipeline/, above this folder.
 */
export * from "./closest.ts";
export * from "./encoding.ts";
export * from "./problems.ts";
export * from "./read-files.ts";
export * from "./registry.ts";
export * from "./types.ts";
export * from "./places.ts";
