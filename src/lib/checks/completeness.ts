import type { ContentInput, ContentProblem } from "../content/index.ts";
import { containsVerbatim, type Clause, type ParsedSource } from "../sources/index.ts";
import { excerpt } from "./suggest.ts";

/**
 * Completeness: under each section a source lists in `encodedSections`, every paragraph
 * that is not a heading must be cited by a duty, principle, rule or roster line, unless
 * `notEncoded` says why not. The expected set comes from the source text itself.
 */
export function uncitedClauses(input: ContentInput, parsed: Map<string, ParsedSource>): ContentProblem[] {
  const cited = new Set<string>();
  const cite = (source: string, clause: string) => cited.add(`${source}\u0000${clause}`);
  for (const unit of input.units)
    for (const duty of unit.data.duties) {
      const source = duty.source ?? unit.data.source;
      const clauses = parsed.get(source)?.clauses;
      // A mistyped clause id or source is reported on the duty; the paragraph its text is in
      // counts as encoded, so the same mistake is not reported a second time as a gap.
      if (clauses?.some((c) => c.id === duty.clause)) cite(source, duty.clause);
      else
        for (const [id, { clauses: searched }] of clauses ? [[source, { clauses }] as const] : parsed)
          for (const c of searched) if (containsVerbatim(c.text, duty.text)) cite(id, c.id);
    }
  for (const principle of input.principles) for (const s of principle.data.statedIn) cite(s.source, s.clause);
  for (const set of input.ruleSets) for (const rule of set.data.rules) cite(set.data.source, rule.clause);
  for (const roster of input.rosters) {
    for (const member of roster.data.members) cite(roster.data.source, member.clause);
    if (roster.data.office) cite(roster.data.source, roster.data.office.clause);
  }
  for (const set of input.ledgerSets) cite(set.data.source, set.data.clause);

  const problems: ContentProblem[] = [];
  for (const source of input.sources) {
    const clauses = parsed.get(source.id)?.clauses ?? [];
    const byId = new Map(clauses.map((c) => [c.id, c]));
    const within = (clause: Clause, ids: readonly string[]): boolean => {
      for (let c: Clause | undefined = clause; c; c = c.parentId ? byId.get(c.parentId) : undefined) {
        if (ids.includes(c.id)) return true;
      }
      return false;
    };
    const excluded = source.data.notEncoded.map((n) => n.clause);
    const declared = [
      ...source.data.encodedSections.map((section) => ["encodedSections", section] as const),
      ...excluded.map((section) => ["notEncoded", section] as const),
    ];
    source.data.notEncoded.forEach((entry, index) => {
      const clause = byId.get(entry.clause);
      if (!clause || entry.text === undefined || containsVerbatim(clause.text, entry.text)) return;
      problems.push({
        file: source.file,
        entry: source.id,
        field: `notEncoded[${index}].text`,
        message: `条款 ${entry.clause} 中找不到这段文字（已忽略空白）：“${excerpt(entry.text)}” / text not found verbatim in clause ${entry.clause}`,
        fix: "把不编码的那几句照原文复制过来 / copy the words left out from the source exactly",
      });
    });
    for (const [field, section] of declared) {
      if (clauses.length > 0 && !byId.has(section)) {
        problems.push({
          file: source.file,
          entry: source.id,
          field,
          message: `来源中没有条款 ${section} / clause ${section} does not exist in the source`,
          fix: "填写原文中存在的部分编号，例如 三 / list section ids that exist, e.g. 三",
        });
      }
    }
    for (const clause of clauses) {
      if (clause.isHeading || !within(clause, source.data.encodedSections) || within(clause, excluded))
        continue;
      if (cited.has(`${source.id}\u0000${clause.id}`)) continue;
      problems.push({
        file: source.file,
        entry: source.id,
        field: `encodedSections › ${clause.id}`,
        message: `条款 ${clause.id} 尚未编码：“${excerpt(clause.text)}” / clause ${clause.id} is not encoded`,
        fix: "把这一条加到相应单位的 duties（或原则、规则）中；确实不需编码的，在 notEncoded 中说明理由 / encode it, or list it under notEncoded with a reason",
      });
    }
  }
  return problems;
}

/** Every sector is used by some duty: an unused one is a typo or a file left behind. */
export function unusedSectors(input: ContentInput): ContentProblem[] {
  const usedSectors = new Set(
    input.units.flatMap((unit) => unit.data.duties.flatMap((duty) => duty.sectors)),
  );
  return input.sectors
    .filter((sector) => !usedSectors.has(sector.id))
    .map((sector) => ({
      file: sector.file,
      entry: sector.id,
      field: "",
      message: `行业领域 ${sector.id}（${sector.data.name}）还没有职责用到它 / sector ${sector.id} is defined but no duty uses it`,
      fix: "给相关职责加上这个领域，或删除此文件 / tag the duties that concern it, or delete the file",
    }));
}
