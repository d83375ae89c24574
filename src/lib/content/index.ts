/**
 * Content loading: the collection registry (the one list of collections, folders, file
 * patterns and schemas), the file reader used by the check and the tests, the problem
 * type and its bilingual format, and the pipeline read → parse → check → build model.
 */
export * from "./pipeline.ts";
export * from "./problems.ts";
export * from "./read-files.ts";
export * from "./registry.ts";
export * from "./types.ts";
