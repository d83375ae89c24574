import type { LookupAnswer, LookupResult } from "./answers.ts";

/**
 * The lines the lookup page says above its answers, as text: pure, so the page and the tests
 * read the same sentences.
 */

/** How answers are ordered, in the words the status line and the page's hint both use. */
export const ANSWER_ORDER = {
  named: "问题中点名的单位在前",
  weak: "只对上部分词语的（可能相关）在后",
  rest: "先按匹配的词数、再按责任从重到轻排列",
} as const;

/** What the documents do not do when no answer names the thing asked. */
export const NO_ONE_NAMED = "文件没有写明谁负责";

/** The heading over the documents' catch-all rules, when no document names the thing asked. */
export const FALLBACK_TITLE = "文件没有写到";

/** What the lookup does, in one sentence: the lookup page's description and the province's invitation. */
export const LOOKUP_PURPOSE = "输入日常说法（液化气、网吧、拖拉机拉人），查到主责、协助单位和文件原文。";

/** The mark on an answer that matches only some of the question's words. */
export const WEAK_ANSWER = "只对上问题中的部分词语";

/** Where a question was answered when it is not the town chosen: the town it names, or the one it limits to. */
export function townNote(otherTownName: string | undefined, result: LookupResult | undefined): string {
  if (otherTownName) return `（按问题中的镇名，查的是${otherTownName}）`;
  return result?.townInQuery ? `（只看${result.townInQuery}）` : "";
}

/** The status line: what was found for the question, and in which order the answers stand. */
export function statusLine(query: string, result: LookupResult | undefined, note: string): string {
  const answers: readonly LookupAnswer[] = result?.answers ?? [];
  if (!query) return "输入要查的行业、场所或风险。";
  if (answers.length === 0) return `文件中没有找到与“${query}”直接相关的职责${note}。`;
  if (!answers.some((answer) => answer.strength === "firm"))
    return `${NO_ONE_NAMED}“${query}”${note}：先看文件的兜底规定，下面再列 ${answers.length} 个可能相关的单位（${WEAK_ANSWER}）。`;
  const named = answers.some((answer) => answer.askedAt !== undefined) ? `${ANSWER_ORDER.named}，然后` : "";
  const weak = answers.some((answer) => answer.strength === "weak") ? `${ANSWER_ORDER.weak}，其余` : "";
  const grouped = (result?.towns.length ?? 0) > 1 ? "，按辖区分组" : "";
  return `“${query}”${note}：${answers.length} 个单位，${named}${weak}${ANSWER_ORDER.rest}${grouped}。`;
}

/** The line on words heard by sound: 按读音理解为：液花气 → 液化气。 */
export function heardLine(heard: ReadonlyArray<{ written: string; meant: string }>): string {
  return heard.length > 0
    ? `按读音理解为：${heard.map((h) => `${h.written} → ${h.meant}`).join("，")}。 `
    : "";
}
