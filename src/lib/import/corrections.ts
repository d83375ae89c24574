import type { ImportCorrection } from "../../schemas/import-correction.ts";
import type { Draft, DraftDuty, DraftUnit, SectorGuesser } from "./draft.ts";
import { guessRole, guessUnitKind } from "./guess.ts";
import type { ColumnMeanings } from "./tables.ts";
import type { ProposedOptions } from "./parse-options.ts";
import { parseClauses, trimSourceLine } from "../sources/index.ts";

/** Why a paragraph the clerk took out of the duties is not encoded. */
export const NOT_A_DUTY_REASON = "导入时人工判断：不是职责。";

/** The draft as corrections change it: its units and what is not encoded. */
interface Corrected {
  units: DraftUnit[];
  notEncoded: Draft["notEncoded"];
  clauseText: ReadonlyMap<string, string>;
  guessSectors: SectorGuesser;
}

type Concerns = (duty: DraftDuty) => boolean;

/** A split: the duty becomes its pieces, each with its role and sectors guessed again. */
function applySplit(state: Corrected, at: string | undefined, concerns: Concerns): void {
  for (const unit of state.units)
    unit.duties = unit.duties.flatMap((duty) =>
      concerns(duty)
        ? splitText(duty.text, at).map((piece) => ({
            ...duty,
            text: piece,
            role: guessRole(piece, unit.name).role,
            sectors: state.guessSectors(piece).sectors,
            // A person split it: the suggestion to split is settled.
            review: duty.review.filter((guess) => guess.field !== "split"),
          }))
        : [duty],
    );
}

/** A duty that starts later than drafted: what stands before the words given is dropped. */
function applyStartAt(state: Corrected, at: string, concerns: Concerns): void {
  for (const unit of state.units)
    unit.duties = unit.duties.map((duty) => {
      const start = concerns(duty) ? duty.text.indexOf(at, 1) : -1;
      if (start < 0) return duty;
      const text = duty.text.slice(start).trim();
      return {
        ...duty,
        text,
        role: guessRole(text, unit.name).role,
        sectors: state.guessSectors(text).sectors,
      };
    });
}

/** A person said how it is borne: the guesses about its role and a split by roles are settled. */
function applyRole(state: Corrected, role: DraftDuty["role"], concerns: Concerns): void {
  for (const unit of state.units)
    unit.duties = unit.duties.map((duty) =>
      concerns(duty)
        ? {
            ...duty,
            role,
            review: duty.review.filter((guess) => guess.field !== "role" && guess.field !== "split"),
          }
        : duty,
    );
}

/**
 * One piece of a paragraph that is not a duty (the list a duty announces) leaves its unit; the
 * paragraph stays encoded by its other pieces, or is listed with the clerk's reason.
 */
function applyNotDutyPiece(state: Corrected, clause: string, concerns: Concerns): void {
  for (const unit of state.units) unit.duties = unit.duties.filter((duty) => !concerns(duty));
  const left = state.units.some((unit) => unit.duties.some((duty) => duty.clause === clause));
  if (!left && !state.notEncoded.some((entry) => entry.clause === clause))
    state.notEncoded.push({ clause, reason: NOT_A_DUTY_REASON });
  state.units = state.units.filter((candidate) => candidate.duties.length > 0);
}

/** The unit a paragraph is given to, made when the draft has none of that name. */
function unitNamed(state: Corrected, name: string): DraftUnit {
  let unit = state.units.find((candidate) => candidate.name === name);
  if (!unit) {
    unit = { name, aliases: [], kind: guessUnitKind(name).kind, heading: undefined, duties: [], review: [] };
    state.units.push(unit);
  }
  return unit;
}

/** A whole paragraph is not a duty, or is another unit's: its duties first leave every unit. */
function applyParagraph(
  state: Corrected,
  correction: { kind: "notDuty" | "assign"; clause: string; unit?: string },
): void {
  const taken: DraftDuty[] = [];
  for (const unit of state.units) {
    taken.push(...unit.duties.filter((duty) => duty.clause === correction.clause));
    unit.duties = unit.duties.filter((duty) => duty.clause !== correction.clause);
  }
  state.notEncoded = state.notEncoded.filter((entry) => entry.clause !== correction.clause);
  if (correction.kind === "notDuty") {
    if (taken.length > 0 || state.clauseText.has(correction.clause))
      state.notEncoded.push({ clause: correction.clause, reason: NOT_A_DUTY_REASON });
  } else {
    const name = correction.unit!;
    const unit = unitNamed(state, name);
    const text = state.clauseText.get(correction.clause);
    const duties =
      taken.length > 0
        ? taken
        : text
          ? [
              {
                clause: correction.clause,
                text,
                role: guessRole(text, name).role,
                sectors: state.guessSectors(text).sectors,
                review: [],
              },
            ]
          : [];
    // A person said whose it is: the guesses about its bearer are settled.
    unit.duties.push(
      ...duties.map((duty) => ({ ...duty, review: duty.review.filter((guess) => guess.field !== "unit") })),
    );
  }
  state.units = state.units.filter((candidate) => candidate.duties.length > 0);
}

/**
 * The draft with the clerk's corrections applied, in order: a paragraph moved to another
 * unit (or given to one when no rule could), a paragraph taken out of the duties, a duty split,
 * a paragraph's role set, a unit renamed. Pure: the draft given is not changed. A correction naming a clause or unit the
 * draft does not have changes nothing.
 */
export function applyCorrections(
  draft: Draft,
  corrections: readonly ImportCorrection[],
  guessSectors: SectorGuesser,
): Draft {
  const state: Corrected = {
    units: draft.units.map((unit) => ({ ...unit, duties: [...unit.duties] })),
    notEncoded: [...draft.notEncoded],
    clauseText: new Map(draft.clauses.map((clause) => [clause.id, clause.text])),
    guessSectors,
  };
  for (const correction of corrections) {
    // How the document is read (a table's columns, headings, broken lines) is applied when it
    // is read (`columnMeanings`, `withClerkReading`), not here.
    if (correction.kind === "column" || correction.kind === "heading" || correction.kind === "join") continue;
    // The duties a correction of one paragraph concerns: all of them, or the one piece it names.
    const concerns = pieceOf(state.units, correction);
    if (correction.kind === "split") applySplit(state, correction.at, concerns);
    else if (correction.kind === "startAt") applyStartAt(state, correction.at, concerns);
    else if (correction.kind === "role") applyRole(state, correction.role, concerns);
    else if (correction.kind === "rename")
      // A person named it: the guess about its name is settled.
      state.units = state.units.map((unit) =>
        unit.name === correction.unit
          ? { ...unit, name: correction.name, review: unit.review.filter((guess) => guess.field !== "unit") }
          : unit,
      );
    else if (correction.kind === "notDuty" && correction.piece !== undefined)
      applyNotDutyPiece(state, correction.clause, concerns);
    else applyParagraph(state, correction);
  }
  return { ...draft, units: state.units, notEncoded: state.notEncoded };
}

/**
 * The parse options with the clerk's word on headings and broken lines, each with its reason
 * as the source's YAML keeps it: a paragraph is (not) a heading (`markerOverrides`), or runs on
 * into the next line (`joinAfter`, by how it ends). Each correction names a paragraph by its
 * clause id as the document read just before it, so they are applied one after another.
 */
export function withClerkReading(
  text: string,
  proposal: ProposedOptions,
  corrections: readonly ImportCorrection[],
): ProposedOptions {
  let reading = proposal;
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  for (const correction of corrections) {
    if (correction.kind !== "heading" && correction.kind !== "join") continue;
    const options = {
      ...reading.options,
      overrides: reading.markerOverrides,
      joinAfter: reading.joinAfter.map((join) => join.endsWith),
    };
    const clause = parseClauses(text, options).clauses.find((c) => c.id === correction.clause);
    if (!clause) continue;
    // The paragraph as printed: its line, and the lines an earlier join ran into it.
    let printed = trimSourceLine(lines[clause.line - 1] ?? "");
    for (let next = clause.line; options.joinAfter.some((end) => printed.endsWith(end)); next += 1)
      printed += trimSourceLine(lines[next] ?? "");
    if (!printed) continue;
    if (correction.kind === "heading") {
      const others = reading.markerOverrides.filter((override) => override.text !== printed);
      const kept = reading.markerOverrides.find((override) => override.text === printed);
      reading = {
        ...reading,
        markerOverrides: [
          ...others,
          {
            ...(kept?.marker ? { marker: kept.marker } : {}),
            text: printed,
            heading: correction.heading,
            reason: correction.heading
              ? "导入时人工判断：这一行是标题，引出后面的内容"
              : "导入时人工判断：这一行不是标题，是正文",
          },
        ],
      };
    } else {
      const endsWith = [...printed].slice(-12).join("");
      if (reading.joinAfter.some((join) => join.endsWith === endsWith)) continue;
      reading = {
        ...reading,
        joinAfter: [
          ...reading.joinAfter,
          { endsWith, reason: "导入时人工判断：这一段在文件里断成了两行，与下一行是同一段" },
        ],
      };
    }
  }
  return {
    ...reading,
    options: {
      ...reading.options,
      overrides: reading.markerOverrides,
      joinAfter: reading.joinAfter.map((join) => join.endsWith),
    },
  };
}

/** What the clerk said tables' columns hold, by header; the last word on a header counts. */
export function columnMeanings(corrections: readonly ImportCorrection[]): ColumnMeanings {
  return new Map(
    corrections.flatMap((correction) =>
      correction.kind === "column" ? [[correction.header.trim(), correction.meaning] as const] : [],
    ),
  );
}

/**
 * Which duties a correction of a paragraph concerns: each duty of its clause, or only the one
 * `piece` counts (from 0, in the draft's order of units and duties) — what the page shows.
 */
function pieceOf(units: readonly DraftUnit[], correction: ImportCorrection): (duty: DraftDuty) => boolean {
  if (!("clause" in correction)) return () => false;
  const ofClause = units.flatMap((unit) => unit.duties).filter((duty) => duty.clause === correction.clause);
  const piece = "piece" in correction ? correction.piece : undefined;
  const chosen = piece === undefined ? undefined : ofClause[piece];
  return (duty) => duty.clause === correction.clause && (piece === undefined || duty === chosen);
}

/**
 * A duty's text as verbatim pieces that join back to it: before the words `at`, or after
 * each sentence (。；！？ and their half-width forms). A split point that is not in the text, or
 * only at its start, leaves it whole.
 */
export function splitText(text: string, at?: string): string[] {
  if (at !== undefined) {
    const index = text.indexOf(at, 1);
    return index > 0 ? [text.slice(0, index).trim(), text.slice(index).trim()].filter(Boolean) : [text];
  }
  const sentences =
    text
      .match(/[^。；！？;!?]+[。；！？;!?]*/gu)
      ?.map((piece) => piece.trim())
      .filter(Boolean) ?? [];
  // A numbered list inside a sentence (…建立台账：（1）、网格化台账；（2）、文件台账；…) stays
  // with the sentence that announces it: its items are names, not duties.
  const pieces: string[] = [];
  for (const sentence of sentences)
    if (pieces.length > 0 && /^(?:[（(]\d{1,2}[)）]|\d{1,2}[、.．]|[①-⑳])/u.test(sentence))
      pieces[pieces.length - 1] += sentence;
    else pieces.push(sentence);
  return pieces.length > 1 ? pieces : [text];
}
