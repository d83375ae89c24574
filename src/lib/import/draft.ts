import type { Role } from "../../domain/roles.ts";
import type { UnitKind } from "../../domain/units.ts";
import { parseClauses, type Clause, type ParseOptions } from "../sources/index.ts";
import { bearerOfHeading, guessRole, guessUnitKind, isBearerName, subjectOfSentence } from "./guess.ts";

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
  const match = /^([^：:。，；\t]{2,30})([：:\t])/.exec(text);
  const label = match?.[1]?.trim();
  if (!match || !label) return undefined;
  const name = bearerOfHeading(label) ?? (isBearerName(label) ? label : undefined);
  if (!name) return undefined;
  // A table's duty is its 职责内容 cell; a paragraph's keeps its heading, as printed.
  const duty = match[2] === "\t" ? text.slice(match[0].length).trim() : text;
  return { name, label, duty };
}

/** The bearer a heading or a lead-in paragraph names. */
function bearerOf(clause: Clause): string | undefined {
  if (!clause.isHeading) return undefined;
  return (
    bearerOfHeading(clause.text) ?? (/[：:]$/.test(clause.text) ? subjectOfSentence(clause.text) : undefined)
  );
}

/** Top-level sections that set rules rather than assign duties: requirements, assessment, accountability. */
const RULE_SECTION = /要求|追究|考核|奖惩|保障|措施|目标|附则|问责|回顾|问题/;

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

/** Sentences of a paragraph, each with its closing punctuation, so they join back to the text. */
function sentences(text: string): string[] {
  return text.match(/[^。！？!?]+[。！？!?]*/gu) ?? [text];
}

export function draftFromText(text: string, guessSectors: SectorGuesser, options: ParseOptions = {}): Draft {
  const { clauses } = parseClauses(text, options);
  const units = new Map<string, DraftUnit>();
  const unitFor = (name: string, heading: string | undefined, because: string): DraftUnit => {
    let unit = units.get(name);
    if (!unit) {
      const kind = guessUnitKind(name);
      unit = {
        name,
        kind: kind.kind,
        heading,
        duties: [],
        review: [
          { field: "unit", reason: because },
          { field: "kind", reason: `“${kind.because}” → ${kind.kind}` },
        ],
      };
      units.set(name, unit);
    }
    return unit;
  };
  const addDuty = (unit: DraftUnit, clause: string, dutyText: string) => {
    const role = guessRole(dutyText, unit.name);
    const sectors = guessSectors(dutyText);
    const review: Guess[] = [
      { field: "role", reason: role.because },
      { field: "sectors", reason: sectors.because },
    ];
    if (role.verbs.length > 1) {
      const parts = splitByRole(dutyText);
      review.push({
        field: "split",
        reason: `一段里有几种责任（${role.verbs.join("、")}），可以拆成：${parts.map((part) => `“${part}”`).join("；")}`,
      });
    }
    if (sectors.sectors.length > 3)
      review.push({
        field: "sectors",
        reason: `认出 ${sectors.sectors.length} 个领域，可能只有其中几个是这条职责的重点`,
      });
    unit.duties.push({ clause, text: dutyText, role: role.role, sectors: sectors.sectors, review });
  };

  // Bearers named by headings and lead-ins; the innermost one owns each clause in its scope.
  const owner = new Map<number, DraftUnit>();
  const bearers = clauses.flatMap((clause, index) => {
    const name = bearerOf(clause);
    return name ? [{ index, name, scope: scopeOf(clauses, index) }] : [];
  });
  // A lead-in under a heading that names the same bearer more fully (铜川镇党委书记 … 党委书记对…
  // 履行以下职责：) is that bearer's own opening, not another bearer.
  const bare = (name: string) => name.replace(/^(?:各|全体|所有)/, "");
  const repeats = (inner: (typeof bearers)[number]) =>
    bearers.some(
      (outer) =>
        outer.scope.includes(inner.index) &&
        (bare(outer.name).endsWith(bare(inner.name)) || bare(inner.name).endsWith(bare(outer.name))),
    );
  const named = bearers.filter((bearer) => !repeats(bearer));
  for (const { index, name, scope } of named) {
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
    const unit = unitFor(name, clause.id, `标题“${quoted}”写明了责任主体`);
    for (const i of scope) owner.set(i, unit);
    owner.set(index, unit);
  }

  const topOf = (clause: Clause): Clause => {
    let top = clause;
    while (top.parentId) top = clauses.find((c) => c.id === top.parentId) ?? top;
    return top;
  };
  const encoded = new Set<string>();
  const notEncoded: Draft["notEncoded"] = [];
  clauses.forEach((clause, index) => {
    if (clause.isHeading) return;
    const owned = owner.get(index);
    if (owned) {
      // A numbered item that opens by naming another bearer (2、乡(镇)长对…负全面领导责任, or
      // 第五条 镇派出所：负责…) is that bearer's.
      const inline = clause.marker ? inlineBearerOf(clause.text) : undefined;
      const subject = clause.marker
        ? (inline?.name ?? subjectOfSentence(sentences(clause.text)[0] ?? ""))
        : undefined;
      // …but not when it names the bearer itself or its head (各村屯负责人 under 各村屯).
      const headOf =
        subject?.startsWith(owned.name) &&
        /^(?:的)?(?:主要)?(?:负责人|干部|领导)$/.test(subject.slice(owned.name.length));
      const other = subject && !headOf && !owned.name.includes(subject);
      const unit = other ? unitFor(subject, clause.id, `第 ${clause.id} 条以“${subject}”开头`) : owned;
      addDuty(unit, clause.id, inline?.duty ?? clause.text);
      encoded.add(clause.id);
      return;
    }
    // Requirements, assessment and accountability are rules, whoever their sentences name.
    if (RULE_SECTION.test(topOf(clause).text)) return;
    // A paragraph that opens with its own heading (3.各村屯安全生产责任：村屯干部对…) is that bearer's.
    const inline = inlineBearerOf(clause.text);
    if (inline && clause.marker) {
      addDuty(
        unitFor(inline.name, clause.id, `第 ${clause.id} 条以“${inline.label}”开头`),
        clause.id,
        inline.duty,
      );
      encoded.add(clause.id);
      return;
    }
    // Outside any bearer's list: each run of sentences belongs to the bearer its first sentence names.
    let current: DraftUnit | undefined;
    let run = "";
    const flush = () => {
      if (current && run.trim()) addDuty(current, clause.id, run.trim());
      run = "";
    };
    for (const sentence of sentences(clause.text)) {
      const subject = subjectOfSentence(sentence);
      if (subject && subject !== current?.name) {
        flush();
        current = unitFor(subject, undefined, `句子“${sentence.trim().slice(0, 20)}…”以它开头`);
      }
      if (current) run += sentence;
    }
    flush();
    if (current) encoded.add(clause.id);
  });

  const encodedSections = [...new Set(clauses.filter((c) => encoded.has(c.id)).map((c) => topOf(c).id))];
  for (const clause of clauses) {
    if (clause.isHeading || encoded.has(clause.id)) continue;
    const top = topOf(clause);
    if (!encodedSections.includes(top.id)) {
      if (!notEncoded.some((n) => n.clause === top.id))
        notEncoded.push({ clause: top.id, reason: "这一部分没有写明由谁负责的职责（导入时判断，请审核）" });
    } else notEncoded.push({ clause: clause.id, reason: "这一段没有写明由谁负责（导入时判断，请审核）" });
  }
  // A heading whose items all open with other bearers leaves its own bearer nothing to do.
  return {
    clauses,
    units: [...units.values()].filter((unit) => unit.duties.length > 0),
    encodedSections,
    notEncoded,
  };
}
