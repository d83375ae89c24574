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

/**
 * The words a rule of each kind is named by in a document's text: a rule filed under another
 * kind that says them (…实行“一票否决”, inside 五(五) 加大考核管理) is that kind's rule too,
 * and no page may say the document is silent on it.
 */
export const RULE_KIND_WORDS: Record<RuleKind, RegExp | undefined> = {
  requirement: undefined,
  assessment: /考核|考评/u,
  veto: /一票否决/u,
  schedule: /考核安排|定期考核|平时考核|年终考核|季度(?:考核|检查)/u,
  deadline: /报送|时限|\d+月\d+日前/u,
  accountability: /追究|问责/u,
  target: /控制目标|控制指标/u,
};
