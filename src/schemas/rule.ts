import { z } from "astro/zod";
import { bilingual, ID_MESSAGE, ID_PATTERN } from "./messages.ts";

/** What a rule governs. */
export const RULE_KINDS = ["requirement", "assessment", "accountability", "target"] as const;

export const RULE_KIND_LABELS: Record<(typeof RULE_KINDS)[number], string> = {
  requirement: "工作要求",
  assessment: "考核",
  accountability: "责任追究",
  target: "控制目标",
};

/** One rule of a source: a requirement, assessment or accountability clause. */
export const ruleSchema = z.object({
  /** Stable id within the file, e.g. shared-duties. */
  id: z.string().regex(ID_PATTERN, { error: ID_MESSAGE }),
  /** Clause id in the source. */
  clause: z.string().min(1),
  /** What the rule governs. */
  kind: z.enum(RULE_KINDS, {
    error: bilingual(
      `kind 必须是 ${RULE_KINDS.join("、")} 之一`,
      `kind must be one of ${RULE_KINDS.join(", ")}`,
    ),
  }),
  /** A short title in our own words (or the clause's own lead words). */
  title: z.string().min(1),
  /** The rule's words, verbatim. */
  text: z.string().min(1),
});

/** The rules one source sets for one jurisdiction: one YAML file per source. */
export const ruleSetSchema = z.object({
  /** Jurisdiction id. */
  jurisdiction: z.string().regex(ID_PATTERN, { error: ID_MESSAGE }),
  /** Source id. */
  source: z.string().regex(ID_PATTERN, { error: ID_MESSAGE }),
  /** The rules in the source's order. */
  rules: z.array(ruleSchema).min(1),
});

export type Rule = z.output<typeof ruleSchema>;
export type RuleSet = z.output<typeof ruleSetSchema>;
