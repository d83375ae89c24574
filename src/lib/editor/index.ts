/**
 * The form editor (`npm run edit`, Decap CMS over the content files): its configuration,
 * generated from the collection registry and the zod schemas, with Chinese labels; and how
 * a saved form is written back into a YAML file without losing its comments and layout.
 */
export * from "./config.ts";
export * from "./labels.ts";
export * from "./yaml-merge.ts";
export * from "./guard.ts";
export * from "./saves.ts";
export * from "./restructure.ts";
