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

/**
 * Why the importer left a paragraph out of the draft, as the source file's `notEncoded` says
 * it. A paragraph no rule could give a bearer is 未归属: the review page lists each one, for a
 * person to assign or to exclude with a reason of their own.
 */
export const IMPORT_EXCLUSIONS = {
  frontMatter: "文件开头（标题、主送、引言或落款），不是职责（导入时判断，请审核）",
  rules: "有关要求、考核、责任追究的段落，是规则而不是职责（导入时判断，请审核）",
  review: "回顾已做的工作或分析问题，不是职责（导入时判断，请审核）",
  unassigned: "未归属：这一段没有写明由谁负责，导入程序没能判断。请在表单里指定单位，或改写为不编码的理由",
} as const;

/** True for a `notEncoded` reason the importer wrote for a paragraph it could not assign. */
export function isUnassignedReason(reason: string): boolean {
  return reason.startsWith("未归属：");
}
