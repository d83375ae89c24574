import { IMPORT_EXCLUSIONS } from "../../domain/review.ts";
import { type Role } from "../../domain/roles.ts";
import type { UnitKind } from "../../domain/units.ts";
import { isHeadingText, parseClauses, type Clause, type ParseOptions } from "../sources/index.ts";
import { bracketedDuties, labelledDuties, tableDuties, type ColumnMeanings } from "./tables.ts";

import { headingBearers } from "./draft-bearers.ts";
import { DraftBuilder } from "./draft-builder.ts";
import {
  definedShortForms,
  isFrontMatter,
  mergeVillageCommittees,
  REVIEW_SECTION,
  RULE_SECTION,
  sectionTitle,
  selfReference,
} from "./draft-grammar.ts";
import { encodeClause, type Walk } from "./draft-walk.ts";

export {
  alternativesOf,
  definedShortForms,
  documentSubject,
  sectionTitle,
  splitByRole,
} from "./draft-grammar.ts";

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
  // A short form the document defines ((以下简称“镇安委办”)) is that unit.
  const builder = new DraftBuilder(clauses, definedShortForms(text), guessSectors);
  const bearers = headingBearers(builder);
  const laidOutClauses = encodeLaidOut(builder, columns);
  // The town a report speaks as (我镇…): the author of its plans.
  const speaksAs = /我(镇|乡|街道)/u.exec(text)?.[1];
  const walk: Walk = {
    ...bearers,
    builder,
    laidOutClauses,
    numbered: clauses.some((clause) => clause.marker !== ""),
    author: speaksAs ? selfReference(`我${speaksAs}`, builder.units) : undefined,
    listBearer: new Map(),
    lastBearer: undefined,
    ownedOther: new Map(),
  };
  clauses.forEach((clause, index) => encodeClause(walk, clause, index));
  excludeTheRest(builder, walk.numbered);
  mergeVillageCommittees(builder.units, clauses);
  return {
    clauses,
    units: [...builder.units.values()].filter((unit) => unit.duties.length > 0),
    encodedSections: [
      ...new Set(clauses.filter((c) => builder.encoded.has(c.id)).map((c) => builder.topOf(c).id)),
    ],
    notEncoded: builder.notEncoded,
  };
}

/** Tables, label lines and bracketed bearers name theirs outright: their duties, and the clauses they took. */
function encodeLaidOut(builder: DraftBuilder, columns: ColumnMeanings): Set<number> {
  const { clauses } = builder;
  const laidOut = [tableDuties(clauses, columns), labelledDuties(clauses), bracketedDuties(clauses)];
  for (const { duties } of laidOut)
    for (const duty of duties) {
      builder.addDuty(
        builder.unitFor(duty.unit, undefined, duty.because),
        duty.clause.id,
        duty.text,
        duty.role ? { role: duty.role, because: duty.because } : undefined,
      );
      builder.encoded.add(duty.clause.id);
    }
  return new Set(laidOut.flatMap(({ used }) => [...used]));
}

/**
 * Every paragraph that gave no duty is excluded with the importer's reason: the front matter,
 * a requirement or accountability section (once for a section that gave nothing), or 未归属,
 * one by one, so the review page can list each.
 */
function excludeTheRest(builder: DraftBuilder, numbered: boolean): void {
  const { clauses, encoded, notEncoded } = builder;
  for (const clause of clauses) {
    if (clause.isHeading || encoded.has(clause.id)) continue;
    const section = builder.sectionOf(clause);
    if (isFrontMatter(clause) && numbered)
      notEncoded.push({ clause: clause.id, reason: IMPORT_EXCLUSIONS.frontMatter });
    else if (REVIEW_SECTION.test(sectionTitle(section))) {
      if (!notEncoded.some((n) => n.clause === section.id))
        notEncoded.push({ clause: section.id, reason: IMPORT_EXCLUSIONS.review });
    } else if (RULE_SECTION.test(sectionTitle(section))) {
      // A whole section once where nothing in it was encoded; else paragraph by paragraph.
      const anyEncoded = clauses.some((c) => encoded.has(c.id) && builder.sectionOf(c) === section);
      if (anyEncoded || section === clause)
        notEncoded.push({ clause: clause.id, reason: IMPORT_EXCLUSIONS.rules });
      else if (!notEncoded.some((n) => n.clause === section.id))
        notEncoded.push({ clause: section.id, reason: IMPORT_EXCLUSIONS.rules });
    } else notEncoded.push({ clause: clause.id, reason: IMPORT_EXCLUSIONS.unassigned });
  }
}
