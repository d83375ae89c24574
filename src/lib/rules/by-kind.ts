import { RULE_KINDS_IN_READING_ORDER, type RuleKind } from "../../domain/index.ts";

/**
 * A town's rules by kind, in the order a reader is judged by them, and the kinds its
 * sources leave out (the page names them rather than borrowing another town's).
 */
export function rulesByKind<R extends { kind: RuleKind }>(rules: readonly R[]) {
  return {
    groups: RULE_KINDS_IN_READING_ORDER.map((kind) => ({
      kind,
      rules: rules.filter((rule) => rule.kind === kind),
    })).filter((group) => group.rules.length > 0),
    missing: RULE_KINDS_IN_READING_ORDER.filter((kind) => !rules.some((rule) => rule.kind === kind)),
  };
}

/** How many rules of a kind a town has. */
export function ruleCount(rules: ReadonlyArray<{ kind: RuleKind }>, kind: RuleKind): number {
  return rules.filter((rule) => rule.kind === kind).length;
}
