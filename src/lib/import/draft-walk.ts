import type { Clause } from "../sources/index.ts";
import type { HeadingBearers } from "./draft-bearers.ts";
import type { DraftBuilder } from "./draft-builder.ts";
import {
  ANNOUNCES_ITEMS,
  clausesOf,
  inlineBearerOf,
  LEAD_IN,
  namesHeadOf,
  sentences,
  sentencesBeforeLeadIn,
  statedBeforeLeadIn,
  subjectAfterCircumstance,
  subjectsOf,
  withoutCollective as bare,
} from "./draft-grammar.ts";
import type { DraftUnit } from "./draft.ts";
import { doubtfulName, subjectOfSentence } from "./guess.ts";
import { encodeOutsideLists } from "./draft-paragraphs.ts";

/**
 * The walk over a document's clauses, one at a time, each encoded by the first step that
 * takes it: a lead-in that states a duty, a lead-in that names who acts, a bearer's lead-in of
 * whole sentences, a paragraph in a bearer's list, or a paragraph outside any list.
 */

/** What the walk knows besides the builder: the headings' bearers and what the clauses before said. */
export interface Walk extends HeadingBearers {
  builder: DraftBuilder;
  /** Clauses tables, label lines and bracketed bearers already gave. */
  laidOutClauses: Set<number>;
  /** Whether the document numbers its paragraphs (then an unnumbered opening is its preamble). */
  numbered: boolean;
  /** The town a report speaks as (我镇…): the author of its plans. */
  author: string | undefined;
  /** A list's addressee group, by the list's items' parent and level. */
  listBearer: Map<string, DraftUnit>;
  /** The bearer the last paragraph outside any bearer's list ended with, and where it stood. */
  lastBearer: { unit: DraftUnit; parentId: string | null } | undefined;
  /** In a bearer's scope, the other bearer a paragraph opened with, by the paragraph's index. */
  ownedOther: Map<number, DraftUnit>;
}

/**
 * A lead-in that says what its bearer answers for before announcing the list (党委书记对本镇
 * 安全生产工作负总责，并履行：) holds a duty: the words before the announcement.
 */
function encodeStatedLeadIn(
  walk: Walk,
  clause: Clause,
  index: number,
  owned: DraftUnit | undefined,
): boolean {
  const stated = owned && clause.isHeading && !clause.marker ? statedBeforeLeadIn(clause.text) : undefined;
  if (!stated || walk.bearerHeadings.has(index)) return false;
  // Each clause that names a bearer starts that bearer's run; the rest is the heading's.
  const parts = subjectsOf(stated).length > 1 ? clausesOf(stated) : [stated];
  walk.builder.addRuns(owned!, clause.id, parts, (part, unit) => {
    const subject = subjectOfSentence(part);
    // 党委书记 under a heading of the town's 党委书记 is the heading's own bearer, said shorter.
    return subject && subject !== unit.name && !owned!.name.endsWith(bare(subject)) ? subject : undefined;
  });
  walk.builder.encoded.add(clause.id);
  return true;
}

/**
 * A numbered lead-in that says who acts on what follows (有下列情形之一的,镇安委办向交办对象
 * 发出…交办单:) is that bearer's duty; its items are the cases, not duties.
 */
function encodeActorLeadIn(walk: Walk, clause: Clause, index: number, owned: DraftUnit | undefined): boolean {
  if (
    !clause.isHeading ||
    !clause.marker ||
    !/[：:]$/.test(clause.text) ||
    walk.bearerHeadings.has(index) ||
    owned
  )
    return false;
  const actor = clause.text
    .split(/(?<=[，,])/u)
    .map((phrase) => subjectOfSentence(phrase))
    .find(Boolean);
  if (!actor || LEAD_IN.test(clause.text)) return false;
  walk.builder.addDuty(
    walk.builder.unitFor(actor, undefined, `句子“${clause.text.slice(0, 20)}…”写明了它`),
    clause.id,
    clause.text,
  );
  walk.builder.encoded.add(clause.id);
  return true;
}

/**
 * A bearer's lead-in that states whole sentences before it announces the list (6月1日前，各村…
 * 要悬挂…。…各村…要按照乡的要求…组织开展：) holds those sentences as duties: each run is
 * the bearer's, or another's its sentence names.
 */
function encodeLeadInStatements(
  walk: Walk,
  clause: Clause,
  index: number,
  owned: DraftUnit | undefined,
): boolean {
  const statements =
    owned && walk.bearerHeadings.has(index) && !clause.marker ? sentencesBeforeLeadIn(clause.text) : [];
  if (statements.length === 0) return false;
  walk.builder.addRuns(owned!, clause.id, statements, (sentence, unit) => {
    const named = subjectOfSentence(sentence) ?? subjectAfterCircumstance(sentence);
    return named !== unit.name ? named : undefined;
  });
  walk.builder.encoded.add(clause.id);
  return true;
}

/** A clause that gives no duty of its own: a heading, a bearer's heading, a lead-in, an announcement. */
function givesNothing(walk: Walk, clause: Clause, index: number, owned: DraftUnit | undefined): boolean {
  // A short numbered item in a bearer's list is a duty, though it reads like a heading
  // (2、每年至少2次亲自带队检查), unless items hang under it or it ends in a colon.
  // So is a long unnumbered line in a bearer's scope that the document cut short.
  const shortItem =
    (clause.marker !== "" || (owned !== undefined && clause.text.length > 20)) &&
    !walk.parents.has(clause.id) &&
    !/[：:]$/.test(clause.text);
  if ((clause.isHeading && !shortItem) || walk.bearerHeadings.has(index) || walk.laidOutClauses.has(index))
    return true;
  // A lead-in whose list the text does not hold (…应当履行下列消) introduces nothing to encode.
  if (LEAD_IN.test(clause.text) && !walk.parents.has(clause.id)) return true;
  // An item whose items follow and which only announces them (…认真抓好以下几方面工作。) says
  // what the list is about: its items are the duties.
  return walk.parents.has(clause.id) && ANNOUNCES_ITEMS.test(clause.text);
}

/** A paragraph in a bearer's scope: the bearer's, or another's the paragraph opens with. */
function encodeOwned(walk: Walk, clause: Clause, index: number, owned: DraftUnit): void {
  const { builder } = walk;
  const { clauses } = builder;
  // A numbered item that opens by naming another bearer (2、乡(镇)长对…负全面领导责任, or
  // 第五条 镇派出所：负责…) is that bearer's.
  const inline = inlineBearerOf(clause.text);
  const opening = subjectOfSentence(sentences(clause.text)[0] ?? "");
  // An unnumbered paragraph may name one of the bearers the heading joins (镇领导对… under a
  // heading of 镇领导和包村干部): it is that one's.
  const part = owned.name.split(/和|及|、/).includes(opening ?? "") && opening !== owned.name;
  const subject = inline?.name ?? opening;
  // …but not when it names the bearer itself or its head (各村的负责人 under 各村).
  const headOf = subject !== undefined && namesHeadOf(subject, owned.name);
  // 党委书记 under 某镇党委书记 is the same bearer said shorter; 各村 under 各村的书记 is not.
  const other = subject && !headOf && (part || !owned.name.endsWith(bare(subject)));
  // A paragraph that opens with a bare modal (要建立…) leaves out its subject: the bearer the
  // paragraph just before it named, where that was not the heading's.
  const elided =
    !subject &&
    !clause.marker &&
    clauses[index - 1]?.parentId === clause.parentId &&
    /^(?:要|应|须|必须|并|还要|同时要)/u.test(clause.text)
      ? walk.ownedOther.get(index - 1)
      : undefined;
  const unit = other
    ? builder.unitFor(subject, clause.id, `第 ${clause.id} 条以“${subject}”开头`)
    : (elided ?? owned);
  if (unit !== owned && !clause.marker) walk.ownedOther.set(index, unit);
  // A later sentence that opens with another body's full name (…。乡广播站开展…宣传报道) is
  // that body's duty; a pronoun or a joined or shapeless name stays with the paragraph.
  builder.addRuns(
    unit,
    clause.id,
    inline ? [inline.duty] : sentences(clause.text),
    (sentence, runUnit, run) => {
      const named = run.trim() ? subjectOfSentence(sentence) : undefined;
      return named &&
        !namesHeadOf(named, runUnit.name) &&
        !doubtfulName(named) &&
        named !== runUnit.name &&
        !owned.name.endsWith(bare(named))
        ? named
        : undefined;
    },
  );
  builder.encoded.add(clause.id);
}

/** One clause of the document, encoded by the first step that takes it. */
export function encodeClause(walk: Walk, clause: Clause, index: number): void {
  const owned = walk.owner.get(index);
  if (encodeStatedLeadIn(walk, clause, index, owned)) return;
  if (encodeActorLeadIn(walk, clause, index, owned)) return;
  if (encodeLeadInStatements(walk, clause, index, owned)) return;
  if (givesNothing(walk, clause, index, owned)) return;
  if (owned) return encodeOwned(walk, clause, index, owned);
  encodeOutsideLists(walk, clause);
}
