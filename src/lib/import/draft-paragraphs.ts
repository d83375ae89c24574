import type { Clause } from "../sources/index.ts";
import {
  ACCOUNTABILITY,
  ADDRESSEES,
  documentSubject,
  inlineBearerOf,
  isFrontMatter,
  PLAN_SECTION,
  RULE_SECTION,
  REVIEW_SECTION,
  SANCTION,
  sectionTitle,
  sentences,
  subjectAfterCircumstance,
} from "./draft-grammar.ts";
import type { Walk } from "./draft-walk.ts";
import type { DraftUnit } from "./draft.ts";
import {
  calledOnBearerOf,
  establishedBearerOf,
  passiveBearerOf,
  seatedOfficeBearerOf,
  subjectOfSentence,
} from "./guess.ts";

/**
 * A paragraph outside any bearer's list: each run of sentences belongs to the bearer its
 * first sentence names; a numbered item that names none continues the bearer an earlier item
 * of its list named, a topic heading's bearer, a report's author for its plans.
 */

/** A list is its items' parent and level; articles (第X条) are not a list of one addressee's. */
function listKey(clause: Clause): string {
  return clause.level < 1 ? `article ${clause.id}` : `${clause.parentId ?? ""} ${clause.level}`;
}

/**
 * A topic heading beside a bearer's heading (（二）督促、指导企业全面加强安全生产管理 after
 * （一）乡(镇)人民政府…职责) goes on with that bearer: its items say what the bearer does.
 */
function carriedBearer(walk: Walk, clause: Clause): DraftUnit | undefined {
  const { clauses } = walk.builder;
  const parent = clauses.findIndex((c) => c.id === clause.parentId);
  if (parent < 0 || !clauses[parent]!.marker || walk.owner.has(parent)) return undefined;
  return walk.headingBearers.findLast((b) => b.parentId === clauses[parent]!.parentId && b.index < parent)
    ?.unit;
}

/**
 * An addressee group's list goes on with it, and so does a list under one of its items (三(三)1
 * … under 三(三)). An item that opens with its own topic (档案资料规范。) is a standard of its own
 * among its siblings; under an item of the list it is one of that item's points.
 */
function inheritedBearer(walk: Walk, clause: Clause, topic: boolean): DraftUnit | undefined {
  const parent = walk.builder.clauses.find((c) => c.id === clause.parentId);
  return (
    (topic ? undefined : walk.listBearer.get(listKey(clause))) ??
    (parent?.marker ? walk.listBearer.get(listKey(parent)) : undefined)
  );
}

/** A point that counts itself (一是…) goes on with the paragraph before it, at its level. */
function pointsBearer(walk: Walk, clause: Clause): DraftUnit | undefined {
  return walk.lastBearer && walk.lastBearer.parentId === clause.parentId ? walk.lastBearer.unit : undefined;
}

/** The section a paragraph stands in, as the importer reads its title. */
interface SectionRead {
  top: Clause;
  /** Requirements, assessment and accountability: only sentences that name their bearer are duties. */
  inRules: boolean;
  /** Accountability says what follows a failure; a sentence naming who checks is still a duty. */
  inAccountability: boolean;
}

function sectionRead(walk: Walk, clause: Clause): SectionRead {
  const top = walk.builder.sectionOf(clause);
  const inRules = RULE_SECTION.test(sectionTitle(top));
  return { top, inRules, inAccountability: inRules && ACCOUNTABILITY.test(sectionTitle(top)) };
}

/** The bearer a paragraph starts with before any sentence names one, and whether it was carried. */
function openingBearer(
  walk: Walk,
  clause: Clause,
  { top, inRules }: SectionRead,
  inline: ReturnType<typeof inlineBearerOf>,
): { current: DraftUnit | undefined; carried: DraftUnit | undefined } {
  const { builder } = walk;
  const named = sentences(clause.text).some((sentence) => subjectOfSentence(sentence));
  const opensNamed = subjectOfSentence(sentences(clause.text)[0] ?? "") !== undefined;
  const carried = clause.marker && !opensNamed && !inRules ? carriedBearer(walk, clause) : undefined;
  if (inline)
    return {
      current: builder.unitFor(inline.name, clause.id, `第 ${clause.id} 段以“${inline.label}”开头`),
      carried,
    };
  const current =
    carried ??
    // An item that opens with its own topic (档案资料规范。) is a standard of its own, not the
    // list's bearer's duty.
    (clause.marker && !named && !inRules
      ? inheritedBearer(walk, clause, /^[^，,。；;]{2,10}。/u.test(clause.text))
      : undefined) ??
    // A point that counts itself (一是加大执法力度。…) and names no one spells out the task of
    // the paragraph before it, and so of that paragraph's bearer.
    (!clause.marker && !named && /^[一二三四五六七八九十]+是/u.test(clause.text)
      ? pointsBearer(walk, clause)
      : undefined) ??
    // A report's plan for the months ahead (三、全力做好下半年安全生产工作) lists what its
    // author, the town that speaks as 我镇, will do: an item there is the town's own task —
    // one that says what is to be done, not a slogan alone ((一)加强领导,落实责任。), in a
    // document that is not about one body (…制定乡应急管理中心责任清单).
    (clause.marker &&
    !inRules &&
    walk.author &&
    !documentSubject(builder.clauses) &&
    sentences(clause.text).length > 1 &&
    PLAN_SECTION.test(sectionTitle(top))
      ? builder.unitFor(
          walk.author,
          undefined,
          `“${sectionTitle(top).slice(0, 20)}”是本${walk.author.slice(0, 1)}的工作安排`,
        )
      : undefined);
  return { current, carried };
}

/** The bearer a sentence names as its subject, in any of the ways a document names one. */
function subjectOf(sentence: string, clause: Clause, current: DraftUnit | undefined): string | undefined {
  return (
    subjectOfSentence(sentence) ??
    passiveBearerOf(sentence) ??
    establishedBearerOf(sentence) ??
    seatedOfficeBearerOf(sentence) ??
    calledOnBearerOf(sentence) ??
    // …and so may any paragraph after a circumstance (本计划未列出的…工作,相关责任单位也要…),
    // though not after a list of names (镇政府各办、中心、所、各村委会，各企业单位要…).
    (!current && (clause.marker || !/、/.test(sentence.split(/[，,]/u)[0]!))
      ? subjectAfterCircumstance(sentence)
      : undefined)
  );
}

/** The paragraph's sentences as runs, each its bearer's; returns the bearer it ends with. */
function encodeSentences(
  walk: Walk,
  clause: Clause,
  section: SectionRead,
  start: { current: DraftUnit | undefined; carried: DraftUnit | undefined },
): DraftUnit | undefined {
  const { builder } = walk;
  let current = start.current;
  let run = "";
  // A numbered item is one duty: what it says before naming its bearer (20xx年是…的重要一年，
  // 各单位要…) belongs to that bearer's run.
  let pending = "";
  let pointOwner: { before: DraftUnit | undefined } | undefined;
  const flush = () => {
    if (current && run.trim()) builder.addDuty(current, clause.id, run.trim());
    run = "";
  };
  for (const sentence of sentences(clause.text)) {
    // …a sentence on sanctions (追究…责任, 给予…处分) says what follows a failure, not a duty; only
    // a bearer that 负责 checking or assessing has a duty there.
    if (
      section.inAccountability &&
      (SANCTION.test(sentence) || !/^[^，,。]{2,30}?负责/u.test(sentence.trim()))
    ) {
      flush();
      current = undefined;
      continue;
    }
    // An item carried on by its heading's bearer is that bearer's whole: a later sentence's
    // subject (矿山…企业应当设置…) is what the bearer sees to, not a bearer of its own.
    const subject = start.carried ? undefined : subjectOf(sentence, clause, current);
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
      current = builder.unitFor(subject, undefined, `句子“${sentence.trim().slice(0, 20)}…”以它开头`);
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
  return current;
}

export function encodeOutsideLists(walk: Walk, clause: Clause): void {
  const { builder } = walk;
  const section = sectionRead(walk, clause);
  if (REVIEW_SECTION.test(sectionTitle(section.top))) return;
  // The front matter of a numbered document is its preamble (为加强…特签此书。各村…必须
  // 履行…): it names the parties, not duties. A document with no numbering is all body.
  if (isFrontMatter(clause) && walk.numbered) return;
  // A paragraph that opens with its own heading (3.村屯责任：村屯干部对…) is that bearer's.
  const inline = section.inRules ? undefined : inlineBearerOf(clause.text);
  if (inline && clause.marker) {
    builder.addDuty(
      builder.unitFor(inline.name, clause.id, `第 ${clause.id} 条以“${inline.label}”开头`),
      clause.id,
      inline.duty,
    );
    builder.encoded.add(clause.id);
    return;
  }
  const current = encodeSentences(walk, clause, section, openingBearer(walk, clause, section, inline));
  if (current) builder.encoded.add(clause.id);
  // Points go on with the paragraph that introduced them, not with one another (二是…镇应急办
  // 牵头… does not make 三是 the 应急办's).
  const point = /^[一二三四五六七八九十]+是/u.test(clause.text);
  if (!point) walk.lastBearer = current ? { unit: current, parentId: clause.parentId } : undefined;
  // Only an addressee group carries on (各村、各企业、镇属各单位要… then 建立…): a named body's
  // sentence says what it does, not that the list is its. (Two bodies joined as one sentence's
  // subject, 安监站和负有安全监管职责的部门要…, are not an addressee group: their sentence is
  // theirs, the next item is not.) An item that names another bearer ends the group's run.
  if (current && clause.marker)
    if (current.kind === "group" && ADDRESSEES.test(current.name))
      walk.listBearer.set(listKey(clause), current);
    else walk.listBearer.delete(listKey(clause));
}
