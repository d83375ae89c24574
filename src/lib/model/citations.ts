import type { Model } from "./types.ts";
import { dutyPath, principlePath, townPath } from "../site/index.ts";
import type { Role } from "../../domain/index.ts";

/** Something encoded from a clause: a duty, a principle or a rule. */
export interface Citation {
  kind: "duty" | "principle" | "rule";
  /** Where the encoded record lives. */
  href: string;
  /** Who or what: the unit name, the principle or the rule title. */
  label: string;
  role?: Role;
}

/** For one source: every clause id with the records encoded from it, so each clause links to them. */
export function citationsForSource(model: Model, sourceId: string): Map<string, Citation[]> {
  const byClause = new Map<string, Citation[]>();
  const add = (clause: string, citation: Citation) => {
    if (!byClause.has(clause)) byClause.set(clause, []);
    byClause.get(clause)!.push(citation);
  };
  for (const duty of model.duties) {
    if (duty.source !== sourceId) continue;
    add(duty.clause, {
      kind: "duty",
      href: dutyPath(duty.unit, duty.anchor),
      label: model.units.get(duty.unit)!.data.name,
      role: duty.role,
    });
  }
  for (const principle of model.principles) {
    for (const statement of principle.statements) {
      if (statement.source === sourceId) {
        add(statement.clause, {
          kind: "principle",
          href: principlePath(principle.id),
          label: principle.data.name,
        });
      }
    }
  }
  for (const town of model.towns) {
    for (const rule of town.rules) {
      if (rule.source === sourceId) {
        add(rule.clause, { kind: "rule", href: `${townPath(town.id)}#rule-${rule.id}`, label: rule.title });
      }
    }
  }
  return byClause;
}
