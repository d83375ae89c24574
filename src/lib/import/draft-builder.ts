import { ROLE_LABELS, roleVerbAtStart, SUPPORTING_ROLES, type Role } from "../../domain/roles.ts";
import type { Clause } from "../sources/index.ts";
import { alternativesOf, selfReference, splitByRole } from "./draft-grammar.ts";
import type { Draft, DraftUnit, Guess, SectorGuesser } from "./draft.ts";
import { doubtfulName, guessRole, guessUnitKind } from "./guess.ts";

/**
 * A draft as it is built: the units found so far, each duty added to its unit with the
 * guesses that made it, and which paragraphs gave a duty. Every step of the importer adds
 * to the same builder, so a unit a later paragraph names is the one an earlier one made.
 */
export class DraftBuilder {
  readonly units = new Map<string, DraftUnit>();
  /** The clause ids that gave a duty. */
  readonly encoded = new Set<string>();
  readonly notEncoded: Draft["notEncoded"] = [];

  readonly clauses: readonly Clause[];
  /** Short forms the document defines (…办公室(以下简称“镇安委办”)). */
  readonly shortForms: ReadonlyMap<string, string>;
  readonly guessSectors: SectorGuesser;

  constructor(
    clauses: readonly Clause[],
    shortForms: ReadonlyMap<string, string>,
    guessSectors: SectorGuesser,
  ) {
    this.clauses = clauses;
    this.shortForms = shortForms;
    this.guessSectors = guessSectors;
  }

  /** The unit a printed name stands for, made the first time it is named. */
  unitFor(printed: string, heading: string | undefined, because: string): DraftUnit {
    // A doubled opening character is a slip of the keyboard (各各村…): the name is said once.
    const said = printed.replace(/^(各)\1+/u, "$1");
    const name = this.shortForms.get(said) ?? selfReference(said, this.units) ?? said;
    let unit = this.units.get(name);
    if (!unit) {
      const kind = guessUnitKind(name);
      unit = {
        name,
        aliases: [
          ...alternativesOf(name),
          ...[...this.shortForms].filter(([, full]) => full === name).map(([short]) => short),
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
      this.units.set(name, unit);
    }
    return unit;
  }

  /**
   * A duty of the unit. Markers only where a guess is uncertain: a role with no verb at the
   * opening while another role's verb appears later, several role verbs, no sector word or a
   * great many.
   */
  addDuty(unit: DraftUnit, clause: string, dutyText: string, given?: { role: Role; because: string }): void {
    const role = given ? { ...given, verbs: [given.role], uncertain: false } : guessRole(dutyText, unit.name);
    const sectors = this.guessSectors(dutyText);
    const review: Guess[] = [];
    // Split only where a later phrase opens with a weaker role (…负责…，配合…): the bearer leads
    // one part and helps with another.
    const parts = given ? [] : splitByRole(dutyText);
    const weaker = parts.slice(1).some((part) => SUPPORTING_ROLES.includes(roleVerbAtStart(part) ?? "lead"));
    if (parts.length > 1 && weaker)
      review.push({
        field: "split",
        reason: `这一段含几种责任（${role.verbs.map((verb) => ROLE_LABELS[verb]).join("、")}），按开头判断为${ROLE_LABELS[role.role]}，可以拆成：${parts.map((part) => `“${part}”`).join("；")}`,
      });
    else if (role.uncertain) review.push({ field: "role", reason: role.because });
    if (sectors.sectors.length > 3)
      review.push({
        field: "sectors",
        reason: `认出 ${sectors.sectors.length} 个领域，可能只有其中几个是这条职责的重点`,
      });
    unit.duties.push({ clause, text: dutyText, role: role.role, sectors: sectors.sectors, review });
  }

  /**
   * A paragraph's sentences as runs: each starts with the bearer, or with the one a sentence
   * names (`nextBearer`), and goes on until another is named.
   */
  addRuns(
    first: DraftUnit,
    clause: string,
    parts: readonly string[],
    nextBearer: (part: string, unit: DraftUnit, run: string) => string | undefined,
  ): void {
    let unit = first;
    let run = "";
    for (const part of parts) {
      const named = nextBearer(part, unit, run);
      if (named) {
        if (run.trim()) this.addDuty(unit, clause, run.trim());
        unit = this.unitFor(named, undefined, `句子“${part.trim().slice(0, 20)}…”以它开头`);
        run = "";
      }
      run += part;
    }
    if (run.trim()) this.addDuty(unit, clause, run.trim());
  }

  /** The section a clause is in: its outermost numbered ancestor below a collection's part (篇二 三). */
  sectionOf(clause: Clause): Clause {
    let section = clause;
    for (let id = clause.parentId; id;) {
      const parent = this.clauses.find((c) => c.id === id);
      if (!parent || parent.level === 0) break;
      section = parent;
      id = parent.parentId;
    }
    return section;
  }

  /** The clause's top-level section. */
  topOf(clause: Clause): Clause {
    let top = clause;
    while (top.parentId) top = this.clauses.find((c) => c.id === top.parentId) ?? top;
    return top;
  }
}
