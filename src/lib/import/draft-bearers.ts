import type { Clause } from "../sources/index.ts";
import type { DraftBuilder } from "./draft-builder.ts";
import {
  bearerOf,
  documentSubject,
  namesHeadOf,
  scopeOf,
  sentences,
  TOWN_BODY,
  withoutCollective,
} from "./draft-grammar.ts";
import type { DraftUnit } from "./draft.ts";
import { subjectOfSentence } from "./guess.ts";

/** The bearers headings and lead-ins name, and the clauses each owns. */
export interface HeadingBearers {
  /** The innermost bearer that owns each clause in its scope, by the clause's index. */
  owner: Map<number, DraftUnit>;
  /** The ids of clauses with items under them. */
  parents: Set<string | null>;
  /** The body the document is about, when its opening or its one town heading says. */
  subject: string | undefined;
  /** Numbered headings that name a bearer, for the topic headings beside them. */
  headingBearers: Array<{ index: number; parentId: string | null; unit: DraftUnit }>;
  /** The clauses that name a bearer of their own. */
  bearerHeadings: Set<number>;
}

/**
 * The body the document is about: its opening says so, or else the one town body whose own
 * heading the document prints (某镇安全工作职责): a topic heading of duties that names
 * no one (安全生产责任) is then its.
 */
function subjectOf(clauses: readonly Clause[], parents: ReadonlySet<string | null>): string | undefined {
  const townBodies = new Set(
    clauses.flatMap((clause) => {
      const name = bearerOf(clause, parents.has(clause.id), undefined);
      return name && TOWN_BODY.test(name) ? [name] : [];
    }),
  );
  return documentSubject(clauses) ?? (townBodies.size === 1 ? [...townBodies][0] : undefined);
}

/**
 * A short lead-in that names no one (具体要求：) goes on with the bearer the paragraph just
 * before it names (各村的书记是…第一责任人…).
 */
function previousSubject(clauses: readonly Clause[], index: number): string | undefined {
  const clause = clauses[index]!;
  const before = clauses[index - 1];
  if (!clause.isHeading || !/^[^，。；]{2,10}[：:]$/.test(clause.text) || !before) return undefined;
  if (before.isHeading || before.parentId !== clause.parentId) return undefined;
  return subjectOfSentence(sentences(before.text)[0] ?? "");
}

/** Every clause that names a bearer, where the name is printed, and its scope. */
function namedBearers(
  clauses: readonly Clause[],
  parents: ReadonlySet<string | null>,
  subject: string | undefined,
) {
  const bearers = clauses.flatMap((clause, index) => {
    const printed = bearerOf(clause, parents.has(clause.id), undefined);
    const own = printed ?? bearerOf(clause, parents.has(clause.id), subject);
    const before = own ? undefined : previousSubject(clauses, index);
    const name = own ?? before;
    // Where the name is printed: the heading itself, or the paragraph before a bare lead-in.
    const printedAt = before ? index - 1 : index;
    // A bearer the heading does not print (the document's subject over 工作职责) yields to those
    // its items' headings print.
    const implicit = printed === undefined;
    return name ? [{ index, name, printedAt, implicit, scope: scopeOf(clauses, index) }] : [];
  });
  // A lead-in under a heading that names the same bearer more fully (镇党委书记 … 党委书记对…
  // 履行如下职责：) is that bearer's own opening, not another bearer.
  const bare = withoutCollective;
  const repeats = (inner: (typeof bearers)[number]) =>
    bearers.some(
      (outer) =>
        !outer.implicit &&
        outer.scope.includes(inner.index) &&
        (bare(outer.name).endsWith(bare(inner.name)) ||
          bare(inner.name).endsWith(bare(outer.name)) ||
          // …or names its head (its 主要负责人 under 企业单位).
          namesHeadOf(inner.name, outer.name)),
    );
  return bearers.filter((bearer) => !repeats(bearer));
}

/** Bearers named by headings and lead-ins; the innermost one owns each clause in its scope. */
export function headingBearers(builder: DraftBuilder): HeadingBearers {
  const { clauses } = builder;
  const owner = new Map<number, DraftUnit>();
  const parents = new Set(clauses.map((clause) => clause.parentId));
  const subject = subjectOf(clauses, parents);
  const named = namedBearers(clauses, parents, subject);
  const found: HeadingBearers["headingBearers"] = [];
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
    const unit = builder.unitFor(name, clauses[printedAt]!.id, `标题“${quoted}”写明了责任主体`);
    for (const i of scope) owner.set(i, unit);
    owner.set(index, unit);
    // The document's subject over 主要内容 is not a heading that names its bearer: nothing carries.
    if (clause.marker && name !== subject) found.push({ index, parentId: clause.parentId, unit });
  }
  // A lead-in that repeats its heading's bearer stays that bearer's duty, as before.
  return {
    owner,
    parents,
    subject,
    headingBearers: found,
    bearerHeadings: new Set(named.map((b) => b.index)),
  };
}
