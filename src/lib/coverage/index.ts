/**
 * Coverage (docs/ARCHITECTURE.md "The matrix"): per town, sectors with duties but no lead (盲区) and
 * sectors with several leads (交叉), for the coverage page and the check's table.
 */
export * from "./coverage.ts";
export * from "./page.ts";
export * from "./wording.ts";
