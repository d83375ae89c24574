import type { DutyReference } from "../../schemas/unassigned.ts";
import { localUnits, type CheckContext } from "./context.ts";
import { RULE_REFERENCE, unknownReference } from "./suggest.ts";

/**
 * A town's `unassigned`: every duty it names exists (the unit is the town's, and has a duty
 * citing that clause), every rule is one of the town's rules, every principle exists and
 * is stated in one of the town's sources — so what the lookup shows for an unnamed hazard
 * is what the documents say.
 */
export function checkUnassigned(context: CheckContext): void {
  const { input, problems } = context;
  for (const town of input.jurisdictions) {
    const unassigned = town.data.unassigned;
    if (!unassigned) continue;
    const entry = town.id;
    const units = localUnits(context, town.id);
    const duty = (field: string, reference: DutyReference, index: number) => {
      const where = `unassigned.${field}[${index}]`;
      if (!units.has(reference.unit)) {
        problems.push(unknownReference(town.file, entry, `${where}.unit`, "units", reference.unit, units));
        return;
      }
      const unit = input.units.find((u) => u.id === `${town.id}/${reference.unit}`)!;
      const clauses = unit.data.duties.map((d) => d.clause);
      if (clauses.includes(reference.clause)) return;
      problems.push({
        file: town.file,
        entry,
        field: `${where}.clause`,
        message: `单位 ${reference.unit} 没有引用条款 ${reference.clause} 的职责 / unit ${reference.unit} has no duty citing clause ${reference.clause}`,
        fix: `写该单位某条职责的 clause（${[...new Set(clauses)].slice(0, 6).join("、")}…） / use the clause of one of its duties`,
      });
    };
    unassigned.supervisor.forEach((reference, index) => duty("supervisor", reference, index));
    unassigned.territory.forEach((reference, index) => duty("territory", reference, index));
    unassigned.catchAll.forEach((reference, index) => duty("catchAll", reference, index));

    const ruleIds = new Set(
      input.ruleSets
        .filter((set) => set.data.jurisdiction === town.id)
        .flatMap((set) => set.data.rules.map((r) => r.id)),
    );
    unassigned.rules.forEach((rule, index) => {
      if (!ruleIds.has(rule))
        problems.push(
          unknownReference(town.file, entry, `unassigned.rules[${index}]`, RULE_REFERENCE, rule, ruleIds),
        );
    });

    const townSources = new Set(
      input.sources
        .filter((source) => source.data.jurisdictions.includes(town.id))
        .map((source) => source.id),
    );
    const principleIds = new Set(input.principles.map((p) => p.id));
    unassigned.principles.forEach((id, index) => {
      const field = `unassigned.principles[${index}]`;
      const principle = input.principles.find((p) => p.id === id);
      if (!principle) {
        problems.push(unknownReference(town.file, entry, field, "principles", id, principleIds));
        return;
      }
      if (principle.data.statedIn.some((statement) => townSources.has(statement.source))) return;
      problems.push({
        file: town.file,
        entry,
        field,
        message: `原则 ${id} 在本辖区的来源中都没有出现 / principle ${id} is stated in none of this town's sources`,
        fix: "只列本辖区文件写到的原则（在原则的 statedIn 中引用该文件），或者删去这一项 / list only principles the town's documents state, or delete it",
      });
    });
  }
}
