/** Machine-readable exports: the JSON API's shapes and the matrix as CSV for Excel. */
export * from "./api.ts";
export * from "./csv.ts";
export * from "./xlsx-print.ts";
export * from "./duty-list-workbook.ts";
export * from "./county-overview-workbook.ts";
