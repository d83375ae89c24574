/**
 * The model the pages read: checked content assembled into cross-linked records (towns
 * with their units, units with their duties, sources with their clauses), the matrix of
 * each town, and the questions pages ask of it (who leads a sector, which groups bind a
 * unit, a post across towns).
 */
export * from "./build.ts";
export * from "./citations.ts";
export * from "./matrix.ts";
export * from "./queries.ts";
export * from "./served.ts";
export * from "./types.ts";
