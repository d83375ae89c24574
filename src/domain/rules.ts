/** What a rule governs. */
export const RULE_KINDS = [
  "requirement",
  "assessment",
  "veto",
  "schedule",
  "deadline",
  "accountability",
  "target",
] as const;

export type RuleKind = (typeof RULE_KINDS)[number];

/** Kinds in the order a reader is judged by them: what to reach, how it is scored, what follows failure. */
export const RULE_KINDS_IN_READING_ORDER = [
  "target",
  "assessment",
  "veto",
  "schedule",
  "deadline",
  "accountability",
  "requirement",
] as const satisfies ReadonlyArray<RuleKind>;

export const RULE_KIND_LABELS: Record<RuleKind, string> = {
  requirement: "工作要求",
  assessment: "考核",
  veto: "一票否决",
  schedule: "考核安排",
  deadline: "报送时限",
  accountability: "责任追究",
  target: "控制目标",
};
