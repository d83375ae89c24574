/**
 * The printed documents' names and the sentences they say, written once: the documents' blocks
 * (unit-documents.ts, booklet-document.ts) and the pages that name a document take them from here.
 */

/** The promise every page and document makes about its text. */
export const QUOTED_VERBATIM = "职责原文逐字引自来源文件";

/** What a page or document does where its sources say nothing. */
export const SILENT_LEFT_EMPTY = "来源没有写明的内容留空并注明";

/** The key under every 职责清单. */
export const ROLE_KEY = `〔主责〕负责、主管；〔协助〕〔配合〕〔参与〕支持主责单位；〔指导〕业务指导；〔监督〕监督履职。${QUOTED_VERBATIM}，条款号即原文编号。`;

/** Ruled lines a 责任书 leaves where the sources set no target or rule, and their caption. */
export const FILL_LINE_COUNT = 4;
export const FILL_CAPTION = "（由甲方填写）";

/** The 责任书's opening paragraph: what the parties agree, with no note about this site. */
export function letterPreamble(document: string, townName: string): string {
  return `为落实安全生产责任，依据${document}，甲乙双方签订本责任书，明确乙方的安全生产工作职责以及${townName}来源文件规定的目标、考核和责任追究。`;
}

/** The 责任书's term, left for the office to fill in: label and the blanks. */
export const LETTER_TERM = {
  label: "责任期限",
  text: "自　　　年　　月　　日至　　　年　　月　　日",
} as const;

/** The sentence before the signatures: copies and when the letter takes effect. */
export const LETTER_COPIES = "本责任书一式两份，甲乙双方各执一份，自双方签字之日起生效。";

/** Under the signatures, off the signed text: how the letter was made. */
export const LETTER_FOOTNOTE = "注：本责任书所列职责和规定均逐字引自来源文件，条款号为原文编号。";

/**
 * Each party's lines under its name, in order: seal, its head's signature, date. Each fits
 * half the text block at 三号 (14 characters), where Word sets the two parties side by side.
 */
export const SIGNATURE_LINES = ["（盖章）", "主要负责人（签字）：", "日期：　　年　　月　　日"] as const;

/** In a 责任书, the line before a group's duties that bind the unit too. */
export function letterSharedLede(groupName: string): string {
  return `以下是写给“${groupName}”的职责，对乙方同样适用：`;
}

/** How a unit is told that duties written to a group bind it too. */
export const SAME_FOR_THIS_UNIT = "对本单位同样适用";

/** What a town's sources leave out (its principles, a list of ledgers): said, never filled in. */
export function sourcesLeaveOut(townName: string, what: string): string {
  return `${townName}的来源文件没有${what}`;
}

/** That a town's sources set none of something (a target, rules). */
export function sourcesSetNone(townName: string, what: string): string {
  return sourcesLeaveOut(townName, `规定${what}`);
}

/** What this site does where the sources are silent. */
export const NOT_FILLED_IN = "本站不替它补写";

/** On a 职责清单, the line before a group's duties printed in full. */
export function sharedInFullLede(
  count: number,
  document: string,
  clauses: string,
  groupName: string,
): string {
  return `以下 ${count} 条（${document} ${clauses}）写给“${groupName}”，${SAME_FOR_THIS_UNIT}。`;
}

/** The booklet cover's note on how it is made. */
export const BOOKLET_COVER_NOTE = `本汇编按来源文件的顺序，每个责任主体一张清单。${QUOTED_VERBATIM}，未改一字；条款号即原文编号；${SILENT_LEFT_EMPTY}。`;

/** The 速查表's lede; `kind` is the town's 乡, 镇 or 街道. */
export function quickReferenceLede(kind: string): string {
  return `按职责矩阵整理：主责是在该领域负主要责任的部门；协助、配合、参与、指导、监督列在“其他”；属地是写明该领域职责的村（居）、工作点。书记、${kind}长等岗位和${kind}政府等机构对全${kind}负责，不逐行列出。`;
}

/** What the documents leave unsaid, said the same way wherever it shows. */
export const SOURCE_SILENT = "来源文件未写明";

/** A source whose issuer the document does not print. */
export const ISSUER_UNKNOWN = "发文单位未写明";

/** The names of the printed documents, after the unit's or the town's name. */
export const SHEET_NAME = "安全生产职责清单";
export const LETTER_NAME = "安全生产目标责任书";
export const BOOKLET_SHORT_NAME = "职责清单汇编";
export const BOOKLET_NAME = `安全生产${BOOKLET_SHORT_NAME}`;

/** The button that prints a unit's sheet, and the unit page's link to it. */
export const PRINT_SHEET = "打印职责清单";

/** The booklet's chapters. */
export const QUICK_REFERENCE_TITLE = "速查表：各领域由谁负责";
export const RULES_TITLE = "考核与责任追究";

/** A post's holder as the source names it, dated; or that the source does not say. */
export function holderLine(holder: { name: string; asOf: string } | undefined): string {
  return holder ? `${holder.name}（截至 ${holder.asOf}）` : SOURCE_SILENT;
}

/** What a town's documents leave out when they set no assessment or accountability. */
export function noRulesSentence(townName: string): string {
  return `${sourcesSetNone(townName, "考核或责任追究办法")}。`;
}
