import { IMPORT_EXCLUSIONS } from "../../domain/review.ts";
import { ROLE_LABELS, type Role } from "../../domain/roles.ts";
import type { UnitKind } from "../../domain/units.ts";
import { isHeadingText, parseClauses, type Clause, type ParseOptions } from "../sources/index.ts";
import { bracketedDuties, labelledDuties, tableDuties, type ColumnMeanings } from "./tables.ts";
import {
  bearerOfHeading,
  doubtfulName,
  guessRole,
  guessUnitKind,
  isBearerName,
  passiveBearerOf,
  establishedBearerOf,
  seatedOfficeBearerOf,
  calledOnBearerOf,
  subjectOfSentence,
} from "./guess.ts";

/**
 * A document's text as draft content: the units it names as bearers, their duties quoted
 * verbatim with the parser's clause ids, a guessed role per duty, and the parts that are
 * not duties. Everything guessed carries the reason, for the review.
 */

/** One guessed field and why, as the draft's review marker says it. */
export interface Guess {
  field: "unit" | "kind" | "type" | "role" | "sectors" | "split" | "text";
  reason: string;
}

export interface DraftDuty {
  clause: string;
  text: string;
  role: Role;
  sectors: string[];
  review: Guess[];
}

export interface DraftUnit {
  name: string;
  /** Other names the document gives it: a bracketed or 、-joined alternative, a 简称. */
  aliases: string[];
  kind: UnitKind;
  /** The clause that introduces the unit, when a heading does. */
  heading: string | undefined;
  duties: DraftDuty[];
  review: Guess[];
}

export interface Draft {
  clauses: Clause[];
  units: DraftUnit[];
  /** Top-level sections holding duties: every paragraph in them is encoded or listed below. */
  encodedSections: string[];
  notEncoded: Array<{ clause: string; reason: string }>;
}

/** Words in the draft's duties that point at sectors (from the sector vocabulary). */
export type SectorGuesser = (text: string) => { sectors: string[]; because: string };

/** The scope of a bearer: the clauses its duties are read from. */
function scopeOf(clauses: readonly Clause[], index: number): number[] {
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
function inlineBearerOf(text: string): { name: string; label: string; duty: string } | undefined {
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
 * 安全生产监管职责。).
 */
function bearerOf(clause: Clause, hasItems: boolean, subject: string | undefined): string | undefined {
  if (!clause.isHeading) return hasItems && clause.marker ? bearerOfHeading(clause.text) : undefined;
  // 工作职责, 主要内容: the duties of the body the whole document is about.
  if (subject && hasItems && DUTY_SECTION.test(clause.text.replace(/[：:]$/, ""))) return subject;
  // A bare name before a colon introduces its list (消防办公室: then 1. 2. …); in the front
  // matter it is the notice's addressees (各行政村、各有关单位:), not a bearer.
  const bare = isFrontMatter(clause) ? undefined : /^([^：:]{2,30})[：:]$/.exec(clause.text)?.[1];
  return (
    bearerOfHeading(clause.text) ??
    (bare && isBearerName(bare) ? bare : undefined) ??
    // A lead-in names its bearer in any of its sentences (6月1日前，…。各村…要…组织开展各项活动：);
    // a preamble's (…特签订此责任书。各村民委…必须…：) are the letter's addressees.
    (/[：:]$/.test(clause.text) && subjectsOf(clause.text).length === 1
      ? isFrontMatter(clause)
        ? subjectOfSentence(clause.text)
        : subjectsOf(clause.text)[0]
      : undefined)
  );
}

/** A paragraph before any numbering (序N): a title, addressees, a preamble — or a bare lead-in. */
function isFrontMatter(clause: Clause): boolean {
  return clause.parentId === null && clause.marker === "" && clause.level === 0;
}

/** Clauses of a sentence, at full stops and semicolons, each with its punctuation. */
function clausesOf(text: string): string[] {
  return text.match(/[^。；;！？!?]+[。；;！？!?]*/gu) ?? [text];
}

/**
 * The bearers a lead-in's clauses name in turn (主管领导要…；分片领导对…；包村干部及村干部要…): a
 * lead-in that names several introduces no one bearer's list.
 */
function subjectsOf(text: string): string[] {
  return [...new Set(clausesOf(text).flatMap((c) => subjectOfSentence(c) ?? []))];
}

/** The words of a lead-in that announces a list (履行下列职责：, 具体要求主要有：). */
const LEAD_IN = /(?:履行|承担|负有)(?:下列|以下|如下)|(?:下列|以下|如下)(?:职责|责任)[：:]?$|主要有[：:]$/;

/** A group a document addresses as a whole: 各村, 镇属各单位, 有关部门, 全体干部, 安委会成员单位. */
const ADDRESSEES = /^(?:各|全体|所有|有关|相关|其他|其它|[镇乡]属|[镇乡]直|全[镇乡])|各|成员单位$/u;

/** The closing words of a paragraph that announces the items below it: 抓好以下六个重点方面的工作。 */
const ANNOUNCES_ITEMS = /(?:以下|下列|如下)[^。；;，,]{0,10}(?:工作|方面|事项|任务|措施)[。：:]?$/u;

/** The duty a lead-in states before it announces its list, if it states one (…负总责). */
function statedBeforeLeadIn(text: string): string | undefined {
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
const DUTY_SECTION =
  /^(?:主要|工作|具体|岗位)?(?:职责|职能|工作内容|内容)(?:分工|清单|如下)?$|^(?:安全生产|安全)(?:工作)?(?:责任|职责)$/;

/** A town's own government as a body: 铜川镇, 某某镇人民政府, 乡(镇)人民政府, 街道办事处. */
const TOWN_BODY = /^[^、，,和及]{1,8}(?:镇|乡|街道)(?:[（(][^）)]*[）)])?(?:党委|人民政府|政府|办事处)?$/u;

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
const PLAN_SECTION = /下半年|下一步|下步|下阶段|明年|来年|今后|(?:工作)?(?:打算|思路)$/u;

/** What a sentence on sanctions says: punishment, reward, a veto. */
const SANCTION = /追究|问责|处分|处理|处罚|惩|奖|扣[除减分]|一票否决|通报批评|诫勉|约谈/;

/** Sections on what follows a failure: accountability, rewards and punishments. */
const ACCOUNTABILITY = /追究|问责|奖惩|惩处|处分|考核|考评/;

/** Top-level sections that set rules rather than assign duties: requirements, assessment, accountability. */
const RULE_SECTION = /要求|追究|考核|奖惩|保障|措施|目标|附则|问责/;

/**
 * Sections that look back or diagnose (上半年工作简要回顾, 存在的问题、原因): what was done and
 * what went wrong, so no sentence there is a duty (镇政府与各村签订了…责任书 reports a past act).
 */
const REVIEW_SECTION = /回顾|成绩|成效|存在(?:的)?(?:主要)?问题|不足|原因/;

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
    const opensWithRole = /^(?:负责|主管|牵头|指导|协助|配合|参与|参加|监督|监察)/.test(phrase.trim());
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
function sentencesBeforeLeadIn(text: string): string[] {
  const statement = /^(.{6,}?[。！？!?])[^。！？!?]+[：:]$/u.exec(text)?.[1];
  return statement ? sentences(statement) : [];
}

/**
 * The bearer a sentence names after an opening circumstance (6月1日前，各村…要悬挂…): the first
 * phrase after a comma that opens with a name and a verb — acting, not being (各副主任、楼栋长为
 * 成员 says who sits, not what they do), nor a step of a procedure told in passing (乡党委政府研究后,).
 */
function subjectAfterCircumstance(sentence: string): string | undefined {
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
function withoutCollective(name: string): string {
  return name.replace(/^(?:各|全体|所有)/, "");
}

/** Whether `name` is the head of the bearer `unit` names (各村屯负责人, 企业单位主要负责人 of 各村屯, 企业单位). */
function namesHeadOf(name: string, unit: string): boolean {
  const [head, whole] = [withoutCollective(name), withoutCollective(unit)];
  return head.startsWith(whole) && /^(?:的)?(?:主要)?(?:负责人|领导|干部)$/.test(head.slice(whole.length));
}

/** Sentences of a paragraph, each with its closing punctuation, so they join back to the text. */
function sentences(text: string): string[] {
  return text.match(/[^。！？!?]+[。！？!?]*/gu) ?? [text];
}

export function draftFromText(
  text: string,
  guessSectors: SectorGuesser,
  options: ParseOptions = {},
  columns: ColumnMeanings = new Map(),
): Draft {
  // The parser reads the front matter as paragraphs; a line there that reads as a heading (镇派出所
  // 主要职责：, the first line of a pasted list) may introduce the list that follows.
  const clauses = parseClauses(text, options).clauses.map((clause) =>
    isFrontMatter(clause) ? { ...clause, isHeading: isHeadingText(clause.text) } : clause,
  );
  const units = new Map<string, DraftUnit>();
  // A short form the document defines (镇安全生产委员会办公室(以下简称“镇安委办”)) is that unit.
  const shortForms = definedShortForms(text);
  const unitFor = (printed: string, heading: string | undefined, because: string): DraftUnit => {
    // A doubled opening character is a slip of the keyboard (各各村…): the name is said once.
    const said = printed.replace(/^(各)\1+/u, "$1");
    const name = shortForms.get(said) ?? selfReference(said, units) ?? said;
    let unit = units.get(name);
    if (!unit) {
      const kind = guessUnitKind(name);
      unit = {
        name,
        aliases: [
          ...alternativesOf(name),
          ...[...shortForms].filter(([, full]) => full === name).map(([short]) => short),
        ],
        kind: kind.kind,
        heading,
        duties: [],
        // A bearer read from a sentence's subject may be a clause, not a name; a kind read from
        // no telling ending is a guess. Headings, tables and labels name bearers outright.
        review: [
          ...(because.startsWith("句子") && doubtfulName(name)
            ? [{ field: "unit" as const, reason: because }]
            : []),
          ...(kind.certain ? [] : [{ field: "kind" as const, reason: `“${name}”看不出类别，按站所部门` }]),
        ],
      };
      units.set(name, unit);
    }
    return unit;
  };
  // Markers only where a guess is uncertain: a role with no verb at the opening while another
  // role's verb appears later, several role verbs, no sector word or a great many.
  const addDuty = (
    unit: DraftUnit,
    clause: string,
    dutyText: string,
    given?: { role: Role; because: string },
  ) => {
    const role = given ? { ...given, verbs: [given.role], uncertain: false } : guessRole(dutyText, unit.name);
    const sectors = guessSectors(dutyText);
    const review: Guess[] = [];
    // Split only where a later phrase opens with a weaker role (…负责…，配合…): the bearer leads
    // one part and helps with another.
    const parts = given ? [] : splitByRole(dutyText);
    const weaker = parts.slice(1).some((part) => /^(?:协助|配合|参与|参加)/.test(part));
    if (parts.length > 1 && weaker)
      review.push({
        field: "split",
        reason: `一段里有几种责任（${role.verbs.map((verb) => ROLE_LABELS[verb]).join("、")}），按开头判断为${ROLE_LABELS[role.role]}，可以拆成：${parts.map((part) => `“${part}”`).join("；")}`,
      });
    else if (role.uncertain) review.push({ field: "role", reason: role.because });
    if (sectors.sectors.length > 3)
      review.push({
        field: "sectors",
        reason: `认出 ${sectors.sectors.length} 个领域，可能只有其中几个是这条职责的重点`,
      });
    unit.duties.push({ clause, text: dutyText, role: role.role, sectors: sectors.sectors, review });
  };

  // A paragraph's sentences as runs: each starts with the bearer, or with the one a sentence
  // names (`nextBearer`), and goes on until another is named.
  const addRuns = (
    first: DraftUnit,
    clause: string,
    parts: readonly string[],
    nextBearer: (part: string, unit: DraftUnit, run: string) => string | undefined,
  ) => {
    let unit = first;
    let run = "";
    for (const part of parts) {
      const named = nextBearer(part, unit, run);
      if (named) {
        if (run.trim()) addDuty(unit, clause, run.trim());
        unit = unitFor(named, undefined, `句子“${part.trim().slice(0, 20)}…”以它开头`);
        run = "";
      }
      run += part;
    }
    if (run.trim()) addDuty(unit, clause, run.trim());
  };

  // Bearers named by headings and lead-ins; the innermost one owns each clause in its scope.
  const owner = new Map<number, DraftUnit>();
  const parents = new Set(clauses.map((clause) => clause.parentId));
  // The body the document is about: its opening says so, or else the one town body whose
  // own heading the document prints (铜川镇安全生产工作职责): a topic heading of duties that
  // names no one (安全生产责任) is then its.
  const townBodies = new Set(
    clauses.flatMap((clause, index) => {
      const name = bearerOf(clause, parents.has(clause.id), undefined);
      return name && TOWN_BODY.test(name) && index >= 0 ? [name] : [];
    }),
  );
  const subject = documentSubject(clauses) ?? (townBodies.size === 1 ? [...townBodies][0] : undefined);
  // A short lead-in that names no one (具体要求：) goes on with the bearer the paragraph just before
  // it names (各村主要负责人是…第一责任人…).
  const previousSubject = (index: number): string | undefined => {
    const clause = clauses[index]!;
    const before = clauses[index - 1];
    if (!clause.isHeading || !/^[^，。；]{2,10}[：:]$/.test(clause.text) || !before) return undefined;
    if (before.isHeading || before.parentId !== clause.parentId) return undefined;
    return subjectOfSentence(sentences(before.text)[0] ?? "");
  };
  const bearers = clauses.flatMap((clause, index) => {
    const printed = bearerOf(clause, parents.has(clause.id), undefined);
    const own = printed ?? bearerOf(clause, parents.has(clause.id), subject);
    const before = own ? undefined : previousSubject(index);
    const name = own ?? before;
    // Where the name is printed: the heading itself, or the paragraph before a bare lead-in.
    const printedAt = before ? index - 1 : index;
    // A bearer the heading does not print (the document's subject over 工作职责) yields to those
    // its items' headings print.
    const implicit = printed === undefined;
    return name ? [{ index, name, printedAt, implicit, scope: scopeOf(clauses, index) }] : [];
  });
  // A lead-in under a heading that names the same bearer more fully (铜川镇党委书记 … 党委书记对…
  // 履行以下职责：) is that bearer's own opening, not another bearer.
  const bare = withoutCollective;
  const repeats = (inner: (typeof bearers)[number]) =>
    bearers.some(
      (outer) =>
        !outer.implicit &&
        outer.scope.includes(inner.index) &&
        (bare(outer.name).endsWith(bare(inner.name)) ||
          bare(inner.name).endsWith(bare(outer.name)) ||
          // …or names its head (企业单位主要负责人 under 企业单位).
          namesHeadOf(inner.name, outer.name)),
    );
  const named = bearers.filter((bearer) => !repeats(bearer));
  const headingBearers: Array<{ index: number; parentId: string | null; unit: DraftUnit }> = [];
  for (const { index, name, scope, printedAt } of named) {
    // A heading over other bearers' numbered headings (二、书记、镇长…的职责) is a chapter, not a
    // unit; over a lead-in (主管领导要…) it keeps the clauses the lead-in does not take.
    if (
      named.some(
        (other) => other.index !== index && scope.includes(other.index) && clauses[other.index]!.marker,
      )
    )
      continue;
    const clause = clauses[index]!;
    const quoted = clause.text.length > 30 ? `${clause.text.slice(0, 30)}…` : clause.text;
    const unit = unitFor(name, clauses[printedAt]!.id, `标题“${quoted}”写明了责任主体`);
    for (const i of scope) owner.set(i, unit);
    owner.set(index, unit);
    // The document's subject over 主要内容 is not a heading that names its bearer: nothing carries.
    if (clause.marker && name !== subject) headingBearers.push({ index, parentId: clause.parentId, unit });
  }
  // A topic heading beside a bearer's heading (（二）督促、指导企业全面加强安全生产管理 after
  // （一）乡(镇)人民政府…职责) goes on with that bearer: its items say what the bearer does.
  const carriedBearer = (clause: Clause): DraftUnit | undefined => {
    const parent = clauses.findIndex((c) => c.id === clause.parentId);
    if (parent < 0 || !clauses[parent]!.marker || owner.has(parent)) return undefined;
    return headingBearers.findLast((b) => b.parentId === clauses[parent]!.parentId && b.index < parent)?.unit;
  };

  // The section a clause is in: its outermost numbered ancestor below a collection's part (篇二 三).
  const sectionOf = (clause: Clause): Clause => {
    let section = clause;
    for (let id = clause.parentId; id;) {
      const parent = clauses.find((c) => c.id === id);
      if (!parent || parent.level === 0) break;
      section = parent;
      id = parent.parentId;
    }
    return section;
  };
  const topOf = (clause: Clause): Clause => {
    let top = clause;
    while (top.parentId) top = clauses.find((c) => c.id === top.parentId) ?? top;
    return top;
  };
  const encoded = new Set<string>();
  const notEncoded: Draft["notEncoded"] = [];
  // Tables, label lines and bracketed bearers name theirs outright.
  const laidOut = [tableDuties(clauses, columns), labelledDuties(clauses), bracketedDuties(clauses)];
  const laidOutClauses = new Set(laidOut.flatMap(({ used }) => [...used]));
  for (const { duties } of laidOut)
    for (const duty of duties) {
      addDuty(
        unitFor(duty.unit, undefined, duty.because),
        duty.clause.id,
        duty.text,
        duty.role ? { role: duty.role, because: duty.because } : undefined,
      );
      encoded.add(duty.clause.id);
    }
  // A lead-in that repeats its heading's bearer stays that bearer's duty, as before.
  const bearerHeadings = new Set(named.map((bearer) => bearer.index));
  // A list is its items' parent and level; articles (第X条) are not a list of one addressee's.
  const listBearer = new Map<string, DraftUnit>();
  const numbered = clauses.some((clause) => clause.marker !== "");
  // …and a list under one of its items (三(三)1 … under 三(三)) goes on with it too.
  // An item that opens with its own topic (档案资料规范。) is a standard of its own among its
  // siblings; under an item of the list it is one of that item's points (三(三)1 道路交通安全。…).
  const inheritedBearer = (clause: Clause, topic: boolean): DraftUnit | undefined => {
    const parent = clauses.find((c) => c.id === clause.parentId);
    return (
      (topic ? undefined : listBearer.get(listKey(clause))) ??
      (parent?.marker ? listBearer.get(listKey(parent)) : undefined)
    );
  };
  const listKey = (clause: Clause) =>
    clause.level < 1 ? `article ${clause.id}` : `${clause.parentId ?? ""} ${clause.level}`;
  // The town a report speaks as (我镇…): the author of its plans.
  const speaksAs = /我(镇|乡|街道)/u.exec(text)?.[1];
  const author = speaksAs ? selfReference(`我${speaksAs}`, units) : undefined;
  // The bearer the last paragraph outside any bearer's list ended with, and where it stood.
  let lastBearer: { unit: DraftUnit; parentId: string | null } | undefined;
  // In a bearer's scope, the other bearer a paragraph opened with, by the paragraph's index.
  const ownedOther = new Map<number, DraftUnit>();
  const pointsBearer = (clause: Clause) =>
    lastBearer && lastBearer.parentId === clause.parentId ? lastBearer.unit : undefined;
  clauses.forEach((clause, index) => {
    const owned = owner.get(index);
    // A short numbered item in a bearer's list is a duty, though it reads like a heading
    // (2、每年至少2次亲自带队检查), unless items hang under it or it ends in a colon.
    // So is a long unnumbered line in a bearer's scope that the document cut short.
    const shortItem =
      (clause.marker !== "" || (owned !== undefined && clause.text.length > 20)) &&
      !parents.has(clause.id) &&
      !/[：:]$/.test(clause.text);
    // A lead-in that says what its bearer answers for before announcing the list (党委书记对本镇
    // 安全生产工作负总责，并履行以下职责：) holds a duty: the words before the announcement.
    const stated = owned && clause.isHeading && !clause.marker ? statedBeforeLeadIn(clause.text) : undefined;
    if (stated && !bearerHeadings.has(index)) {
      // Each clause that names a bearer starts that bearer's run; the rest is the heading's.
      const parts = subjectsOf(stated).length > 1 ? clausesOf(stated) : [stated];
      addRuns(owned!, clause.id, parts, (part, unit) => {
        const subject = subjectOfSentence(part);
        // 党委书记 under 铜川镇党委书记 is the heading's own bearer, said shorter.
        return subject && subject !== unit.name && !owned!.name.endsWith(bare(subject)) ? subject : undefined;
      });
      encoded.add(clause.id);
      return;
    }
    // A numbered lead-in that says who acts on what follows (有下列情形之一的,镇安委办向交办对象
    // 发出…交办单:) is that bearer's duty; its items are the cases, not duties.
    if (
      clause.isHeading &&
      clause.marker &&
      /[：:]$/.test(clause.text) &&
      !bearerHeadings.has(index) &&
      !owned
    ) {
      const actor = clause.text
        .split(/(?<=[，,])/u)
        .map((phrase) => subjectOfSentence(phrase))
        .find(Boolean);
      if (actor && !LEAD_IN.test(clause.text)) {
        addDuty(
          unitFor(actor, undefined, `句子“${clause.text.slice(0, 20)}…”写明了它`),
          clause.id,
          clause.text,
        );
        encoded.add(clause.id);
        return;
      }
    }
    // A bearer's lead-in that states whole sentences before it announces the list (6月1日前，各村…
    // 要悬挂…。…各村…要按照乡的要求…组织开展各项活动：) holds those sentences as duties: each
    // run is the bearer's, or another's its sentence names.
    const statements =
      owned && bearerHeadings.has(index) && !clause.marker ? sentencesBeforeLeadIn(clause.text) : [];
    if (statements.length > 0) {
      addRuns(owned!, clause.id, statements, (sentence, unit) => {
        const named = subjectOfSentence(sentence) ?? subjectAfterCircumstance(sentence);
        return named !== unit.name ? named : undefined;
      });
      encoded.add(clause.id);
      return;
    }
    if ((clause.isHeading && !shortItem) || bearerHeadings.has(index) || laidOutClauses.has(index)) return;
    // A lead-in whose list the text does not hold (…应当履行下列消) introduces nothing to encode.
    if (LEAD_IN.test(clause.text) && !parents.has(clause.id)) return;
    // An item whose items follow and which only announces them (…要结合自身实际，认真抓好以下六个
    // 重点方面的工作。) says what the list is about: its items are the duties.
    if (parents.has(clause.id) && ANNOUNCES_ITEMS.test(clause.text)) return;
    if (owned) {
      // A numbered item that opens by naming another bearer (2、乡(镇)长对…负全面领导责任, or
      // 第五条 镇派出所：负责…) is that bearer's.
      const inline = inlineBearerOf(clause.text);
      const opening = subjectOfSentence(sentences(clause.text)[0] ?? "");
      // An unnumbered paragraph may name one of the bearers the heading joins (镇领导对… under
      // 镇领导和包村干部安全生产责任): it is that one's.
      const part = owned.name.split(/和|及|、/).includes(opening ?? "") && opening !== owned.name;
      const subject = inline?.name ?? opening;
      // …but not when it names the bearer itself or its head (各村屯负责人 under 各村屯).
      const headOf = subject !== undefined && namesHeadOf(subject, owned.name);
      // 党委书记 under 铜川镇党委书记 is the same bearer said shorter; 各村 under 各村主要负责人 is not.
      const other = subject && !headOf && (part || !owned.name.endsWith(bare(subject)));
      // A paragraph that opens with a bare modal (要建立…) leaves out its subject: the bearer the
      // paragraph just before it named, where that was not the heading's.
      const elided =
        !subject &&
        !clause.marker &&
        clauses[index - 1]?.parentId === clause.parentId &&
        /^(?:要|应|须|必须|并|还要|同时要)/u.test(clause.text)
          ? ownedOther.get(index - 1)
          : undefined;
      const unit = other
        ? unitFor(subject, clause.id, `第 ${clause.id} 条以“${subject}”开头`)
        : (elided ?? owned);
      if (unit !== owned && !clause.marker) ownedOther.set(index, unit);
      // A later sentence that opens with another body's full name (…。乡广播站开展…宣传报道) is
      // that body's duty; a pronoun or a joined or shapeless name stays with the paragraph.
      addRuns(unit, clause.id, inline ? [inline.duty] : sentences(clause.text), (sentence, runUnit, run) => {
        const named = run.trim() ? subjectOfSentence(sentence) : undefined;
        return named &&
          !namesHeadOf(named, runUnit.name) &&
          !doubtfulName(named) &&
          named !== runUnit.name &&
          !owned.name.endsWith(bare(named))
          ? named
          : undefined;
      });
      encoded.add(clause.id);
      return;
    }
    // Requirements, assessment and accountability are rules: only sentences that name their
    // bearer (镇安委会办公室负责…) are duties there.
    const top = sectionOf(clause);
    const inRules = RULE_SECTION.test(sectionTitle(top));
    // Accountability says what follows a failure, not what anyone must do; a sentence there that
    // names who checks or assesses (镇安委会办公室负责监督…) is still that bearer's duty.
    const inAccountability = inRules && ACCOUNTABILITY.test(sectionTitle(top));
    if (REVIEW_SECTION.test(sectionTitle(top))) return;
    // The front matter of a numbered document is its preamble (为加强…特签订此责任书。各村…必须
    // 履行…): it names the parties, not duties. A document with no numbering is all body.
    if (isFrontMatter(clause) && numbered) return;
    // A paragraph that opens with its own heading (3.各村屯安全生产责任：村屯干部对…) is that bearer's.
    const inline = inRules ? undefined : inlineBearerOf(clause.text);
    if (inline && clause.marker) {
      addDuty(
        unitFor(inline.name, clause.id, `第 ${clause.id} 条以“${inline.label}”开头`),
        clause.id,
        inline.duty,
      );
      encoded.add(clause.id);
      return;
    }
    // Outside any bearer's list: each run of sentences belongs to the bearer its first sentence names;
    // a numbered item that names none continues the bearer an earlier item of its list named.
    // An unnumbered paragraph that opens with a bearer and a colon (交通部门:…) starts as its.
    const named = sentences(clause.text).some((sentence) => subjectOfSentence(sentence));
    const opensNamed = subjectOfSentence(sentences(clause.text)[0] ?? "") !== undefined;
    const carried = clause.marker && !opensNamed && !inRules ? carriedBearer(clause) : undefined;
    let current: DraftUnit | undefined = inline
      ? unitFor(inline.name, clause.id, `第 ${clause.id} 段以“${inline.label}”开头`)
      : (carried ??
        // An item that opens with its own topic (档案资料规范。) is a standard of its own, not the
        // list's bearer's duty.
        (clause.marker && !named && !inRules
          ? inheritedBearer(clause, /^[^，,。；;]{2,10}。/u.test(clause.text))
          : undefined) ??
        // A point that counts itself (一是加大执法力度。…) and names no one spells out the task of
        // the paragraph before it, and so of that paragraph's bearer.
        (!clause.marker && !named && /^[一二三四五六七八九十]+是/u.test(clause.text)
          ? pointsBearer(clause)
          : undefined) ??
        // A report's plan for the months ahead (三、全力做好下半年安全生产工作) lists what its
        // author, the town that speaks as 我镇, will do: an item there is the town's own task —
        // one that says what is to be done, not a slogan alone ((一)加强领导,落实责任。), in a
        // document that is not about one body (…制定乡应急管理中心责任清单).
        (clause.marker &&
        !inRules &&
        author &&
        !documentSubject(clauses) &&
        sentences(clause.text).length > 1 &&
        PLAN_SECTION.test(sectionTitle(top))
          ? unitFor(
              author,
              undefined,
              `“${sectionTitle(top).slice(0, 20)}”是本${author.slice(0, 1)}的工作安排`,
            )
          : undefined));
    let run = "";
    // A numbered item is one duty: what it says before naming its bearer (20xx年是…的重要一年，
    // 各单位要…) belongs to that bearer's run.
    let pending = "";
    let pointOwner: { before: DraftUnit | undefined } | undefined;
    const flush = () => {
      if (current && run.trim()) addDuty(current, clause.id, run.trim());
      run = "";
    };
    for (const sentence of sentences(clause.text)) {
      // An item carried on by its heading's bearer is that bearer's whole: a later sentence's
      // subject (矿山…企业应当设置…) is what the bearer sees to, not a bearer of its own.
      // Before any bearer, a numbered item may name its bearer after an opening phrase
      // (20xx年是…的重要一年，各单位要结合实际…).
      // …a sentence on sanctions (追究…责任, 给予…处分) says what follows a failure, not a duty; only
      // a bearer that 负责 checking or assessing has a duty there.
      if (inAccountability && (SANCTION.test(sentence) || !/^[^，,。]{2,30}?负责/u.test(sentence.trim()))) {
        flush();
        current = undefined;
        continue;
      }
      const subject = carried
        ? undefined
        : (subjectOfSentence(sentence) ??
          passiveBearerOf(sentence) ??
          establishedBearerOf(sentence) ??
          seatedOfficeBearerOf(sentence) ??
          calledOnBearerOf(sentence) ??
          // …and so may any paragraph after a circumstance (本计划未列出的…工作,相关责任单位也要…),
          // though not after a list of names (镇政府各办、中心、所、各村委会，各企业单位要…).
          (!current && (clause.marker || !/、/.test(sentence.split(/[，,]/u)[0]!))
            ? subjectAfterCircumstance(sentence)
            : undefined));
      // A point of the paragraph (三是…) that named its own bearer ends at the next point: that
      // one goes back to the bearer the paragraph had before.
      const opensPoint = /^[一二三四五六七八九十]+是/u.test(sentence.trim());
      if (!subject && opensPoint && pointOwner) {
        flush();
        current = pointOwner.before;
        pointOwner = undefined;
      }
      if (subject && subject !== current?.name) {
        flush();
        const before = current;
        current = unitFor(subject, undefined, `句子“${sentence.trim().slice(0, 20)}…”以它开头`);
        pointOwner = opensPoint ? { before: pointOwner ? pointOwner.before : before } : undefined;
        run = pending;
        pending = "";
      }
      if (current) run += sentence;
      // …all but a short topic the item opens with (严肃会议纪律。), which is its title, not its duty.
      else if (clause.marker && !(pending === "" && /^[^，,。；;]{2,10}。$/u.test(sentence.trim())))
        pending += sentence;
    }
    flush();
    if (current) encoded.add(clause.id);
    // Points go on with the paragraph that introduced them, not with one another (二是…镇应急办
    // 牵头… does not make 三是 the 应急办's).
    const point = /^[一二三四五六七八九十]+是/u.test(clause.text);
    if (!point) lastBearer = current ? { unit: current, parentId: clause.parentId } : undefined;
    // Only an addressee group carries on (各村、各企业、镇属各单位要… then 建立…): a named body's
    // sentence says what it does, not that the list is its.
    // (Two bodies joined as one sentence's subject, 安监站和负有安全监管职责的部门要…, are not an
    // addressee group: their sentence is theirs, the next item is not.)
    // An item that names another bearer ends the group's run.
    if (current && clause.marker)
      if (current.kind === "group" && ADDRESSEES.test(current.name)) listBearer.set(listKey(clause), current);
      else listBearer.delete(listKey(clause));
  });

  const encodedSections = [...new Set(clauses.filter((c) => encoded.has(c.id)).map((c) => topOf(c).id))];
  // Every paragraph that gave no duty is excluded with the importer's reason: the front matter,
  // a requirement or accountability section (once for a section that gave nothing), or 未归属,
  // one by one, so the review page can list each.
  for (const clause of clauses) {
    if (clause.isHeading || encoded.has(clause.id)) continue;
    const section = sectionOf(clause);
    if (isFrontMatter(clause) && numbered)
      notEncoded.push({ clause: clause.id, reason: IMPORT_EXCLUSIONS.frontMatter });
    else if (REVIEW_SECTION.test(sectionTitle(section))) {
      if (!notEncoded.some((n) => n.clause === section.id))
        notEncoded.push({ clause: section.id, reason: IMPORT_EXCLUSIONS.review });
    } else if (RULE_SECTION.test(sectionTitle(section))) {
      // A whole section once where nothing in it was encoded; else paragraph by paragraph.
      const anyEncoded = clauses.some((c) => encoded.has(c.id) && sectionOf(c) === section);
      if (anyEncoded || section === clause)
        notEncoded.push({ clause: clause.id, reason: IMPORT_EXCLUSIONS.rules });
      else if (!notEncoded.some((n) => n.clause === section.id))
        notEncoded.push({ clause: section.id, reason: IMPORT_EXCLUSIONS.rules });
    } else notEncoded.push({ clause: clause.id, reason: IMPORT_EXCLUSIONS.unassigned });
  }
  mergeVillageCommittees(units, clauses);
  // A heading whose items all open with other bearers leaves its own bearer nothing to do.
  return {
    clauses,
    units: [...units.values()].filter((unit) => unit.duties.length > 0),
    encodedSections,
    notEncoded,
  };
}
