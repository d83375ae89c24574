/** Groups that order the matrix rows. */
export const SECTOR_GROUPS = [
  "综合",
  "公共安全",
  "工贸与能源",
  "建设与城镇",
  "交通运输",
  "农业农村与自然资源",
  "社会事业",
] as const;

/**
 * The catch-all sector (综合) for duties with no single sector: every leader "leads" it, so
 * several leads there is no overlap worth showing, and nobody phones about it.
 */
export const GENERAL_SECTOR = "general";
