/**
 * What an imported draft guessed and a person should check: the review markers the
 * importer writes on units and duties. A clerk clears one by deleting it from the file.
 */
export const REVIEW_FIELDS = ["unit", "kind", "type", "role", "sectors", "split", "text"] as const;

export type ReviewField = (typeof REVIEW_FIELDS)[number];

/** What each kind of guess is about, as the review page and the 待审核 mark say it. */
export const REVIEW_FIELD_LABELS: Record<ReviewField, string> = {
  unit: "责任主体（从标题或句子认出）",
  kind: "主体类别",
  type: "对应的单位类型",
  role: "责任类型（从动词判断）",
  sectors: "行业领域（从用词判断）",
  split: "一段里有几种责任，可能要拆开",
  text: "原文",
};
