import {
  RULE_KIND_LABELS,
  RULE_KIND_WORDS,
  RULE_KINDS_IN_READING_ORDER,
  type RuleKind,
} from "../../domain/index.ts";

/**
 * A town's rules by kind, in the order a reader is judged by them; the kinds with no rule of
 * their own that another rule's text names (`mentioned`: 一票否决 said inside 五(五)); and
 * the kinds its sources leave out altogether (`missing`: the page names them rather than
 * borrowing another town's, and never one a quoted rule speaks of).
 */
export function rulesByKind<R extends { kind: RuleKind; text?: string | undefined; clause?: string }>(
  rules: readonly R[],
) {
  const without = RULE_KINDS_IN_READING_ORDER.filter((kind) => !rules.some((rule) => rule.kind === kind));
  const naming = (kind: RuleKind) =>
    rules.filter((rule) => rule.text !== undefined && RULE_KIND_WORDS[kind]?.test(rule.text));
  return {
    groups: RULE_KINDS_IN_READING_ORDER.map((kind) => ({
      kind,
      rules: rules.filter((rule) => rule.kind === kind),
    })).filter((group) => group.rules.length > 0),
    mentioned: without.flatMap((kind) => (naming(kind).length > 0 ? [{ kind, rules: naming(kind) }] : [])),
    missing: without.filter((kind) => naming(kind).length === 0),
  };
}

/** How many rules of a kind a town has. */
export function ruleCount(rules: ReadonlyArray<{ kind: RuleKind }>, kind: RuleKind): number {
  return rules.filter((rule) => rule.kind === kind).length;
}

/**
 * What a page says under a town's rules about the kinds it shows no group for, in the words
 * every page and the Word booklet share: the kinds another rule names (一票否决 written inside
 * 五(五), not on its own), then those the documents leave out.
 */
export function kindNotes(
  {
    mentioned,
    missing,
  }: Pick<ReturnType<typeof rulesByKind<{ kind: RuleKind; clause?: string }>>, "mentioned" | "missing">,
  documents = "来源文件",
): string[] {
  const labels = (kinds: readonly RuleKind[]) => kinds.map((kind) => RULE_KIND_LABELS[kind]).join("、");
  const clauses = [...new Set(mentioned.flatMap(({ rules }) => rules.map((rule) => rule.clause ?? "")))]
    .filter(Boolean)
    .join("、");
  return [
    ...(mentioned.length > 0
      ? [`${labels(mentioned.map(({ kind }) => kind))}：${documents}没有单列，写在 ${clauses} 中（见上）。`]
      : []),
    ...(missing.length > 0 ? [`${documents}没有规定：${labels(missing)}。`] : []),
  ];
}
