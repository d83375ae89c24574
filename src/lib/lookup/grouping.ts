import { ROLE_LABELS, ROLES, roleRank, type UnitKind } from "../../domain/index.ts";
import { foldVariants, type PreparedLookup } from "./prepare.ts";
import {
  answerDuty,
  answerOf,
  emptyScore,
  type FallbackAnswer,
  type FallbackDuty,
  type LookupAnswer,
  type TownAnswers,
} from "./answers.ts";
import { NO_ONE_NAMED } from "./status.ts";
import { WEIGHT, type WordMeaning } from "./understand.ts";
import { townOrder } from "./towns.ts";

/** A lookup's answers by town, each town's read-out summary, and the documents' fallback rules. */

/** Unit kinds in the order an answer is most useful: a named department before a catch-all group. */
export const KIND_ORDER: Record<UnitKind, number> = {
  department: 0,
  post: 1,
  body: 2,
  village: 3,
  enterprise: 4,
  group: 5,
};

/**
 * Only assisting answers: the reader also needs who leads the sector — of the sectors the
 * query names, and of the duties the best firm answers matched on; two leads a sector at most.
 */
function addSectorLeads(
  prepared: PreparedLookup,
  found: {
    answers: LookupAnswer[];
    present: Set<number>;
    meanings: readonly WordMeaning[];
    town: number;
    best: number;
  },
): void {
  const { index } = prepared;
  const { answers, present, meanings, town, best } = found;
  // The sectors the query names, and those of the duties the assisting units matched on.
  const sectors = new Set(
    meanings.flatMap((meaning) =>
      [...meaning.sectors].filter(([, weight]) => weight >= WEIGHT.sectorTag).map(([sector]) => sector),
    ),
  );
  for (const answer of answers.filter(
    (a) => a.strength === "firm" && a.matchedWords.length + a.viaSectors.length === best,
  ))
    for (const sector of index.duties[answer.dutyIndex]![2]) sectors.add(sector);
  for (const sector of sectors) {
    let added = 0;
    for (const duty of prepared.dutiesBySector.get(sector) ?? []) {
      const [unit, role, dutySectors] = index.duties[duty]!;
      if (added >= 2) break;
      if (role !== "lead" || dutySectors[0] !== sector || index.units[unit]![0] !== town || present.has(unit))
        continue;
      present.add(unit);
      added += 1;
      answers.push(answerOf(prepared, unit, emptyScore(duty), "sector-lead"));
    }
  }
}

/** Roles in the summary line, strongest first, then the territory. */
export const SUMMARY_ORDER = [...ROLES.map((role) => ROLE_LABELS[role]), "属地"];

export function groupByTown(
  prepared: PreparedLookup,
  query: string,
  matched: readonly LookupAnswer[],
  meanings: readonly WordMeaning[],
  preferred: string | undefined,
): TownAnswers[] {
  const { index } = prepared;
  const aboutVillage = /村/.test(foldVariants(query, prepared.variants));
  const groups: TownAnswers[] = [];
  for (const town of townOrder(prepared, preferred)) {
    const [townId, townName, standing, home] = index.towns[town]!;
    const answers = matched
      .filter((answer) => answer.townId === townId)
      .sort(
        (a, b) =>
          // The unit the question names first (纪委 in a question about 纪委书记, before every 书记), then
          // what may be said before what is only 可能相关.
          (a.askedAt ?? Infinity) - (b.askedAt ?? Infinity) ||
          Number(b.strength === "firm") - Number(a.strength === "firm") ||
          b.matchedWords.length + b.viaSectors.length - (a.matchedWords.length + a.viaSectors.length) ||
          roleRank(a.role) - roleRank(b.role) ||
          b.score - a.score ||
          KIND_ORDER[a.unitKind] - KIND_ORDER[b.unitKind] ||
          a.unit - b.unit,
      );
    if (answers.length === 0) continue;
    const present = new Set(answers.map((answer) => answer.unit));
    // Only assisting answers: the reader also needs who leads the sector — of what was
    // understood: answers only 可能相关 name no sector to lead.
    const firm = answers.some((answer) => answer.strength === "firm");
    const best = top(answers);
    const bestLead = answers.some(
      (answer) =>
        answer.role === "lead" &&
        answer.strength === "firm" &&
        answer.matchedWords.length + answer.viaSectors.length === best,
    );
    if (firm && !bestLead) addSectorLeads(prepared, { answers, present, meanings, town, best });
    // A question about a village: the territory the documents name.
    const fallback = index.fallbacks?.find(([fallbackTown]) => fallbackTown === town);
    if (aboutVillage && fallback && !answers.some((answer) => answer.unitKind === "village"))
      for (const duty of fallback[2]) {
        const unit = index.duties[duty]![0];
        if (present.has(unit)) continue;
        present.add(unit);
        answers.push(answerOf(prepared, unit, emptyScore(duty), "territory"));
      }
    groups.push({
      townId,
      townName,
      standing,
      home: home === 1,
      answers,
      summary: summaryLine(townName, answers),
    });
  }
  return groups;
}

/** The most query words any firmly matched answer of the list matches. */
export function top(answers: readonly LookupAnswer[]): number {
  return Math.max(
    0,
    ...answers
      .filter((a) => a.reason === "match" && a.strength === "firm")
      .map((a) => a.matchedWords.length + a.viaSectors.length),
  );
}

/**
 * "张山子镇：主责 派出所；协助 市场监管所；属地 各工作点、行政村" — the firm answers that match
 * the most of the question, the leads and territory added, by role; villages as 属地.
 */
export function summaryLine(townName: string, answers: readonly LookupAnswer[]): string {
  const best = top(answers);
  const byLabel = new Map<string, string[]>();
  // Only 可能相关 answers: none is said to be responsible.
  if (!answers.some((answer) => answer.strength === "firm")) {
    const names = [...new Set(answers.map((answer) => answer.unitShortName))];
    return `${townName}：${NO_ONE_NAMED}；可能相关 ${names.slice(0, 4).join("、")}${names.length > 4 ? " 等" : ""}`;
  }
  for (const answer of answers) {
    if (answer.strength === "weak") continue;
    // The answers matching the most of the question (拖拉机拉人去赶集: 农机站 on 拖拉机 and
    // 拉人, not 市场监管所 on 赶集 alone), and the leads and territory added for them.
    const count = answer.matchedWords.length + answer.viaSectors.length;
    if (answer.reason === "match" && count < best) continue;
    const label = answer.unitKind === "village" ? "属地" : ROLE_LABELS[answer.role];
    const names = byLabel.get(label) ?? [];
    // Read out with the number to call, where the office keeps one: 主责 派出所（值班电话 0632-…）.
    const name = answer.unitPhone ? `${answer.unitShortName}（${answer.unitPhone}）` : answer.unitShortName;
    if (!names.includes(name)) names.push(name);
    byLabel.set(label, names);
  }
  const parts = SUMMARY_ORDER.filter((label) => byLabel.has(label)).map((label) => {
    const names = byLabel.get(label)!;
    return `${label} ${names.slice(0, 4).join("、")}${names.length > 4 ? " 等" : ""}`;
  });
  return `${townName}：${parts.join("；")}`;
}

export function fallbacksOf(prepared: PreparedLookup, order: readonly number[]): FallbackAnswer[] {
  const { index } = prepared;
  const duty = (d: number): FallbackDuty => {
    const [unit, role] = index.duties[d]!;
    const [, unitName, , unitPath] = index.units[unit]!;
    return { unitName, unitPath, role, duty: answerDuty(prepared, d) };
  };
  return order.flatMap((town) => {
    const fallback = index.fallbacks?.find(([fallbackTown]) => fallbackTown === town);
    if (!fallback) return [];
    const [, supervisor, territory, catchAll, rules, principles] = fallback;
    const [townId, townName] = index.towns[town]!;
    return [
      {
        townId,
        townName,
        supervisor: supervisor.map(duty),
        territory: territory.map(duty),
        catchAll: catchAll.map(duty),
        rules: rules.map(([title, text, citation, href]) => ({ title, text, citation, href })),
        principles: principles.map(([name, href]) => ({ name, href })),
      },
    ];
  });
}
