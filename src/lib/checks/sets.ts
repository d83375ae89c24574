import type { ContentEntry } from "../content/index.ts";
import { overlappingGrades } from "../rules/index.ts";
import { containsVerbatim } from "../sources/index.ts";
import { localUnits, type CheckContext } from "./context.ts";
import { checkQuote } from "./quotes.ts";
import { unknownReference } from "./suggest.ts";

/**
 * Rule sets, rosters and ledger lists: each names a jurisdiction and a source that exist,
 * and quotes its clauses verbatim.
 */
export function checkSets(context: CheckContext): void {
  checkRuleSets(context);
  checkRosters(context);
  checkLedgerSets(context);
}

/** Both references of a set must exist; false when the source does not, so its clauses cannot be checked. */
function checkSetReferences(
  { problems, jurisdictionIds, sourceIds }: CheckContext,
  entry: ContentEntry<{ jurisdiction: string; source: string }>,
): boolean {
  if (!jurisdictionIds.has(entry.data.jurisdiction)) {
    problems.push(
      unknownReference(
        entry.file,
        entry.id,
        "jurisdiction",
        "jurisdictions",
        entry.data.jurisdiction,
        jurisdictionIds,
      ),
    );
  }
  if (!sourceIds.has(entry.data.source)) {
    problems.push(unknownReference(entry.file, entry.id, "source", "sources", entry.data.source, sourceIds));
    return false;
  }
  return true;
}

function checkRuleSets(context: CheckContext): void {
  const { problems } = context;
  for (const ruleSet of context.input.ruleSets) {
    if (!checkSetReferences(context, ruleSet)) continue;
    const ruleIds = new Set<string>();
    ruleSet.data.rules.forEach((rule, index) => {
      if (ruleIds.has(rule.id)) {
        problems.push({
          file: ruleSet.file,
          entry: `rules[${index}]`,
          field: "id",
          message: `规则编号 ${rule.id} 重复 / rule id ${rule.id} is used twice`,
          fix: "给每条规则一个不同的 id / give each rule its own id",
        });
      }
      ruleIds.add(rule.id);
      const structured = [
        ...(rule.grades ?? []).map((g, i) => [`grades[${i}].phrase`, g.phrase] as const),
        ...(rule.deadlines ?? []).map((d, i) => [`deadlines[${i}].phrase`, d.phrase] as const),
        ...(rule.schedule ?? []).map((step, i) => [`schedule[${i}].phrase`, step.phrase] as const),
      ];
      for (const [field, phrase] of structured) {
        if (containsVerbatim(rule.text, phrase)) continue;
        problems.push({
          file: ruleSet.file,
          entry: `rules[${index}]`,
          field,
          message: `“${phrase}”不在该规则的原文中 / the phrase is not part of the rule text`,
          fix: "从 text 中逐字复制 / copy the words from the rule's text",
        });
      }
      for (const overlap of overlappingGrades(rule.grades ?? [])) {
        problems.push({
          file: ruleSet.file,
          entry: `rules[${index}]`,
          field: "grades",
          message: `等次 ${overlap} 的分数段重叠或有空档 / the score bands of ${overlap} overlap or leave a gap`,
          fix: "检查 min、max 和是否包含端点（minInclusive、maxInclusive）/ check min, max and their inclusiveness",
        });
      }
      checkQuote(context, {
        file: ruleSet.file,
        entry: `rules[${index}]`,
        sourceId: ruleSet.data.source,
        clauseId: rule.clause,
        text: rule.text,
        clauseField: "clause",
        textField: "text",
      });
    });
  }
}

function checkRosters(context: CheckContext): void {
  const { problems, parsed } = context;
  for (const roster of context.input.rosters) {
    if (!checkSetReferences(context, roster)) continue;
    const clauses = parsed.get(roster.data.source)?.clauses;
    const townUnits = localUnits(context, roster.data.jurisdiction);
    roster.data.members.forEach((member, index) => {
      const entry = `members[${index}]`;
      if (!clauses) return;
      const clause = clauses.find((c) => c.id === member.clause);
      for (const field of ["name", "post"] as const) {
        if (!clause || !containsVerbatim(clause.text, member[field])) {
          problems.push({
            file: roster.file,
            entry,
            field,
            message: `“${member[field]}”不在条款 ${member.clause} 中 / ${field} "${member[field]}" is not printed in clause ${member.clause}`,
            fix: "姓名和职务按原文照抄，clause 填该行的编号 / copy name and post as printed; clause is that line's id",
          });
        }
      }
      if (member.unit !== undefined && !townUnits.has(member.unit)) {
        problems.push(unknownReference(roster.file, entry, "unit", "units", member.unit, townUnits));
      }
    });
    if (roster.data.office) {
      checkQuote(context, {
        file: roster.file,
        entry: roster.id,
        sourceId: roster.data.source,
        clauseId: roster.data.office.clause,
        text: roster.data.office.text,
        clauseField: "office.clause",
        textField: "office.text",
      });
    }
  }
}

function checkLedgerSets(context: CheckContext): void {
  const { problems, parsed } = context;
  for (const set of context.input.ledgerSets) {
    if (!checkSetReferences(context, set)) continue;
    const clause = parsed.get(set.data.source)?.clauses.find((c) => c.id === set.data.clause);
    const townUnits = localUnits(context, set.data.jurisdiction);
    for (const field of ["keptBy", "guidedBy"] as const) {
      const unit = set.data[field];
      if (unit !== undefined && !townUnits.has(unit)) {
        problems.push(unknownReference(set.file, set.id, field, "units", unit, townUnits));
      }
    }
    set.data.ledgers.forEach((ledger, index) => {
      if (clause && containsVerbatim(clause.text, ledger.name)) return;
      problems.push({
        file: set.file,
        entry: `ledgers[${index}]`,
        field: "name",
        message: `台账名称“${ledger.name}”不在条款 ${set.data.clause} 中 / ledger "${ledger.name}" is not printed in clause ${set.data.clause}`,
        fix: "台账名称照原文写，clause 填列出台账的那一段 / copy the name as printed; clause is the paragraph listing them",
      });
    });
  }
}
