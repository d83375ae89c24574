import { roleVerbAtStart } from "../../domain/roles.ts";
import { type Clause } from "../sources/index.ts";
import { bearerOfHeading, isBearerName, subjectOfSentence } from "./guess.ts";
import type { DraftUnit } from "./draft.ts";

/**
 * How a Chinese duty document names its bearers and its sections: headings and lead-ins that name a bearer, a bearer said inline (第五条 镇派出所：), the short forms it defines, the document's own subject, sections of rules, reviews and plans, and sentences as a document divides them.
 */

/** The scope of a bearer: the clauses its duties are read from. */
export function scopeOf(clauses: readonly Clause[], index: number): number[] {
  const bearer = clauses[index]!;
  const within = (clause: Clause, ancestor: string): boolean => {
    for (let id: string | null = clause.parentId; id; id = clauses.find((c) => c.id === id)?.parentId ?? null)
      if (id === ancestor) return true;
    return false;
  };
  const scope: number[] = [];
  for (let i = index + 1; i < clauses.length; i += 1) {
    const clause = clauses[i]!;
    // A numbered heading owns its descendants; an unnumbered lead-in (…履行下列职责：) owns the
    // siblings after it and their descendants.
    const inside = bearer.marker
      ? within(clause, bearer.id)
      : clause.parentId === bearer.parentId
        ? !clause.isHeading || clause.marker !== ""
        : bearer.parentId !== null && within(clause, bearer.parentId) && !within(clause, bearer.id);
    if (!inside) break;
    scope.push(i);
  }
  return scope;
}

/**
 * The bearer a paragraph names before a colon: a heading (各村屯安全生产责任：…) or the bare
 * name (镇派出所：负责…), as lists written article by article put it, or before a tab, as a
 * table row reads (3、镇派出所→负责…).
 */
export function inlineBearerOf(text: string): { name: string; label: string; duty: string } | undefined {
  // A colon, or the tab between a table's 责任主体 and 职责内容 cells.
  // …with the duty after it: a line that is only names and a colon addresses a notice (主送).
  const match = /^([^：:。，；\t]{2,30})([：:\t])(?=\s*\S)/.exec(text);
  const label = match?.[1]?.trim();
  if (!match || !label) return undefined;
  const name = bearerOfHeading(label) ?? (isBearerName(label) ? label : undefined);
  if (!name) return undefined;
  // After a colon comes a sentence (交通部门:结合实际,采取…。), not a headline (中子镇:构建“四网”…).
  if (match[2] !== "\t" && !/[，,。；;]/.test(text.slice(match[0].length))) return undefined;
  // A table's duty is its 职责内容 cell; a paragraph's keeps its heading, as printed.
  const duty = match[2] === "\t" ? text.slice(match[0].length).trim() : text;
  return { name, label, duty };
}

/**
 * The bearer a heading or a lead-in paragraph names. A numbered paragraph with items under it
 * that names a bearer is a heading too, even printed with a full stop (（一）街道办事处(乡镇政府)
 * 监管职责。).
 */
export function bearerOf(clause: Clause, hasItems: boolean, subject: string | undefined): string | undefined {
  if (!clause.isHeading) return hasItems && clause.marker ? bearerOfHeading(clause.text) : undefined;
  // 工作职责, 主要内容: the duties of the body the whole document is about.
  if (subject && hasItems && DUTY_SECTION.test(clause.text.replace(/[：:]$/, ""))) return subject;
  // A bare name before a colon introduces its list (消防办公室: then 1. 2. …); in the front
  // matter it is the notice's addressees (各行政村、各有关单位:), not a bearer.
  const bare = isFrontMatter(clause) ? undefined : /^([^：:]{2,30})[：:]$/.exec(clause.text)?.[1];
  return (
    bearerOfHeading(clause.text) ??
    (bare && isBearerName(bare) ? bare : undefined) ??
    // A lead-in names its bearer in any of its sentences (6月1日前，…。各村…要…组织开展：);
    // a preamble's (…特签订此责任书。各村民委…必须…：) are the letter's addressees.
    (/[：:]$/.test(clause.text) && subjectsOf(clause.text).length === 1
      ? isFrontMatter(clause)
        ? subjectOfSentence(clause.text)
        : subjectsOf(clause.text)[0]
      : undefined)
  );
}

/** A paragraph before any numbering (序N): a title, addressees, a preamble — or a bare lead-in. */
export function isFrontMatter(clause: Clause): boolean {
  return clause.parentId === null && clause.marker === "" && clause.level === 0;
}

/** Clauses of a sentence, at full stops and semicolons, each with its punctuation. */
export function clausesOf(text: string): string[] {
  return text.match(/[^。；;！？!?]+[。；;！？!?]*/gu) ?? [text];
}

/**
 * The bearers a lead-in's clauses name in turn (主管领导要…；分片领导对…；包村干部及村干部要…): a
 * lead-in that names several introduces no one bearer's list.
 */
export function subjectsOf(text: string): string[] {
  return [...new Set(clausesOf(text).flatMap((c) => subjectOfSentence(c) ?? []))];
}

/** The words of a lead-in that announces a list (履行下列职责：, 具体要求主要有：). */
export const LEAD_IN =
  /(?:履行|承担|负有)(?:下列|以下|如下)|(?:下列|以下|如下)(?:职责|责任)[：:]?$|主要有[：:]$/;

/** A group a document addresses as a whole: 各村, 镇属各单位, 有关部门, 全体干部, 安委会成员单位. */
export const ADDRESSEES = /^(?:各|全体|所有|有关|相关|其他|其它|[镇乡]属|[镇乡]直|全[镇乡])|各|成员单位$/u;

/** The closing words of a paragraph that announces the items below it: 抓好以下六个重点方面的工作。 */
export const ANNOUNCES_ITEMS = /(?:以下|下列|如下)[^。；;，,]{0,10}(?:工作|方面|事项|任务|措施)[。：:]?$/u;

/** The duty a lead-in states before it announces its list, if it states one (…负总责). */
export function statedBeforeLeadIn(text: string): string | undefined {
  const match =
    /^(.{6,}?)[，,；;]\s*(?:并|同时)?(?:履行|承担|负有)(?:下列|以下|如下)[^，,。；;]*[：:]$/u.exec(text) ??
    // …or whole sentences before a closing 具体要求如下：
    /^(.{6,}?[。；;])\s*[^。；;]{0,12}(?:如下|以下|下列)[^。；;]{0,6}[：:]$/u.exec(text);
  const stated = match?.[1];
  return stated && /负(?:总责|全面|主要|直接|.{0,6}责任)|负责|第一责任人|责任人/.test(stated)
    ? stated
    : undefined;
}

/**
 * The other names a bearer's printed name holds: a bracketed alternative (街道办事处(乡镇政府) →
 * 街道办事处, 乡镇政府) or names joined by 、 that stand for one office (乡(镇)人民政府、街道办事处).
 * One-character words name nothing on their own.
 */
export function alternativesOf(name: string): string[] {
  const bracket = /^(.+?)[（(]([^）)]+)[）)]$/u.exec(name);
  const parts = bracket
    ? [bracket[1]!, bracket[2]!]
    : /、/.test(name) && !/^(?:各|其他|有关)/.test(name)
      ? name.split("、")
      : [];
  return parts.filter((part) => part.length >= 2 && part !== name && isBearerName(part));
}

/** Short forms a document defines: X(以下简称“Y”), X(简称Y) → Y is X. */
export function definedShortForms(text: string): Map<string, string> {
  const forms = new Map<string, string>();
  for (const match of text.matchAll(
    /([^，,。；;：:（(“”由在向对]{2,30})[（(](?:以下)?简称[“"]?([^”"）)]{2,12})[”"]?[）)]/gu,
  )) {
    const [, full, short] = match;
    const name = full!.replace(/^(?:成立|设立|组建)/u, "");
    if (isBearerName(name) && short) forms.set(short, name);
  }
  return forms;
}

/** A heading over duties that names no bearer: they are the document's subject's. */
export const DUTY_SECTION =
  /^(?:主要|工作|具体|岗位)?(?:职责|职能|工作内容|内容)(?:分工|清单|如下)?$|^(?:安全生产|安全)(?:工作)?(?:责任|职责)$/;

/** A town's own government as a body: 铜川镇, 某某镇人民政府, 乡(镇)人民政府, 街道办事处. */
export const TOWN_BODY =
  /^[^、，,和及]{1,8}(?:镇|乡|街道)(?:[（(][^）)]*[）)])?(?:党委|人民政府|政府|办事处)?$/u;

/**
 * The body a document is about, where its opening says so: 关于成立X的通知, 成立X(简称Y),
 * 制定X责任清单.
 */
export function documentSubject(clauses: readonly Clause[]): string | undefined {
  const patterns = [
    /(?:成立|设立|组建)([^，,。；;（(“”]{2,30}?)[（(]简称[^）)]+[）)]/u,
    /(?:制定|印发|明确)《?([^《》，,。；;]{2,30}?)(?:安全生产)?(?:责任|职责|履职事项)清单/u,
    /关于(?:成立|设立|组建)([^，,。；;]{2,30}?)的(?:通知|决定|批复)/u,
  ];
  const opening = clauses.slice(0, 12).map((clause) => clause.text);
  for (const pattern of patterns)
    for (const text of opening) {
      const name = pattern.exec(text)?.[1];
      if (name && isBearerName(name)) return name;
    }
  return undefined;
}

/** A report's section on the months ahead: 下半年工作打算, 下一步工作, 明年工作思路. */
export const PLAN_SECTION = /下半年|下一步|下步|下阶段|明年|来年|今后|(?:工作)?(?:打算|思路)$/u;

/** What a sentence on sanctions says: punishment, reward, a veto. */
export const SANCTION = /追究|问责|处分|处理|处罚|惩|奖|扣[除减分]|一票否决|通报批评|诫勉|约谈/;

/** Sections on what follows a failure: accountability, rewards and punishments. */
export const ACCOUNTABILITY = /追究|问责|奖惩|惩处|处分|考核|考评/;

/** Top-level sections that set rules rather than assign duties: requirements, assessment, accountability. */
export const RULE_SECTION = /要求|追究|考核|奖惩|保障|措施|目标|附则|问责/;

/**
 * Sections that look back or diagnose (上半年工作简要回顾, 存在的问题、原因): what was done and
 * what went wrong, so no sentence there is a duty (镇政府与各村签订了…责任书 reports a past act).
 */
export const REVIEW_SECTION = /回顾|成绩|成效|存在(?:的)?(?:主要)?问题|不足|原因/;

/**
 * What a section calls itself: a heading's text, or a numbered paragraph's opening topic
 * (五、工作要求。…). An article's body (第六条 …纳入…考核重要内容…) is not its title.
 */
export function sectionTitle(section: Clause): string {
  if (section.isHeading) return section.text;
  if (section.marker === "") return "";
  const topic = /^[^。：:，,；;]{2,15}(?=[。：:])/u.exec(section.text);
  return topic?.[0] ?? "";
}

/** Where a paragraph with several role verbs could be split: at each phrase that opens with another one. */
export function splitByRole(text: string): string[] {
  const phrases = text.match(/[^，；。,;]+[，；。,;]?/gu) ?? [text];
  const parts: string[] = [];
  for (const phrase of phrases) {
    const opensWithRole = roleVerbAtStart(phrase) !== undefined;
    if (parts.length === 0 || opensWithRole) parts.push(phrase);
    else parts[parts.length - 1] += phrase;
  }
  return parts.map((part) => part.trim());
}

/**
 * The town's own government when a document speaks of itself (我镇要…, 全镇建立…, 本乡…): the
 * town body it already names (镇政府, 某某镇人民政府), else 镇政府 / 乡政府 / 街道办事处.
 */
export function selfReference(name: string, units: ReadonlyMap<string, DraftUnit>): string | undefined {
  const place = /^(?:我|本|全)(镇|乡|街道)$/u.exec(name)?.[1];
  if (!place) return undefined;
  const named = [...units.keys()].find(
    (known) => known.includes(place) && /(?:人民政府|政府|办事处)$/u.test(known) && TOWN_BODY.test(known),
  );
  return named ?? (place === "街道" ? "街道办事处" : `${place}政府`);
}

/**
 * A village acts through its committee: where a document names both 各村 and 各村委会, they are
 * one bearer, under the shorter name the document also uses.
 */
export function mergeVillageCommittees(units: Map<string, DraftUnit>, clauses: readonly Clause[]): void {
  const position = new Map(clauses.map((clause, index) => [clause.id, index]));
  for (const [name, unit] of units) {
    const village = /^(.*[村居])(?:民)?委(?:员)?会$/u.exec(name)?.[1];
    const target = village ? units.get(village) : undefined;
    if (!target || target === unit) continue;
    target.duties.push(...unit.duties);
    target.duties.sort((a, b) => (position.get(a.clause) ?? 0) - (position.get(b.clause) ?? 0));
    target.aliases.push(name);
    units.delete(name);
  }
}

/** The whole sentences a lead-in states before the one that announces its list, if any. */
export function sentencesBeforeLeadIn(text: string): string[] {
  const statement = /^(.{6,}?[。！？!?])[^。！？!?]+[：:]$/u.exec(text)?.[1];
  return statement ? sentences(statement) : [];
}

/**
 * The bearer a sentence names after an opening circumstance (6月1日前，各村…要悬挂…): the first
 * phrase after a comma that opens with a name and a verb — acting, not being (各副主任、楼栋长为
 * 成员 says who sits, not what they do), nor a step of a procedure told in passing (乡党委政府研究后,).
 */
export function subjectAfterCircumstance(sentence: string): string | undefined {
  return sentence
    .split(/(?<=[，,])/u)
    .slice(1)
    .map((phrase) => {
      const name = subjectOfSentence(phrase);
      return name &&
        !/^(?:为|是|任|作为)/.test(phrase.trim().slice(name.length)) &&
        !/[后时前][，,]$/u.test(phrase.trim())
        ? name
        : undefined;
    })
    .find(Boolean);
}

/** A name with its collective opening said once (各村屯 → 村屯), to compare two names of a bearer. */
export function withoutCollective(name: string): string {
  return name.replace(/^(?:各|全体|所有)/, "");
}

/** Whether `name` is the head of the bearer `unit` names (the 负责人 of 各村屯, the 主要负责人 of 企业单位). */
export function namesHeadOf(name: string, unit: string): boolean {
  const [head, whole] = [withoutCollective(name), withoutCollective(unit)];
  return head.startsWith(whole) && /^(?:的)?(?:主要)?(?:负责人|领导|干部)$/.test(head.slice(whole.length));
}

/** Sentences of a paragraph, each with its closing punctuation, so they join back to the text. */
export function sentences(text: string): string[] {
  return text.match(/[^。！？!?]+[。！？!?]*/gu) ?? [text];
}
