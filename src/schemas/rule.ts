import { z } from "astro/zod";
import { idSchema, monthDayIssue, townSourceSchema, oneOfMessage } from "./common.ts";
import { RULE_KINDS } from "../domain/rules.ts";

/** A score band of an assessment, as the text states it; every phrase is quoted verbatim. */
export const gradeSchema = z.strictObject({
  /** The grade's name, e.g. 优秀. */
  name: z.string().min(1),
  /** Lowest score in the band, if bounded below. */
  min: z.number().optional(),
  /** Whether `min` itself is in the band (90分及以上 → true). */
  minInclusive: z.boolean().default(true),
  /** Highest score in the band, if bounded above. */
  max: z.number().optional(),
  /** Whether `max` itself is in the band (90分以下 → false). */
  maxInclusive: z.boolean().default(false),
  /** The words that state the band, verbatim from the rule text. */
  phrase: z.string().min(1),
});

/** A fixed date by which something is due, e.g. 7月5日前. */
export const deadlineSchema = z
  .strictObject({
    /** Month, 1–12. */
    month: z.number().int().min(1).max(12),
    /** Day of the month. */
    day: z.number().int().min(1).max(31),
    /** True when the date falls in the year after the one assessed (1月5日 for the annual report). */
    nextYear: z.boolean().default(false),
    /** What is due, in our own words. */
    what: z.string().min(1),
    /** The words that state the date, verbatim from the rule text. */
    phrase: z.string().min(1),
  })
  .superRefine((deadline, context) => {
    const issue = monthDayIssue(deadline.month, deadline.day);
    if (issue) context.addIssue({ code: "custom", path: ["day"], message: issue });
  });

/** One step of an assessment schedule, e.g. 季度检查 or 次年1月上、中旬 全面考评. */
export const scheduleStepSchema = z.strictObject({
  /** The words that name the step, verbatim from the rule text. */
  phrase: z.string().min(1),
  /** How often, when the text says. */
  every: z.enum(["month", "quarter", "half-year", "year"]).optional(),
  /** The month it happens in, when the text says. */
  month: z.number().int().min(1).max(12).optional(),
  /** True when the month is in the year after the one assessed. */
  nextYear: z.boolean().default(false),
});

/** One rule of a source: a requirement, assessment or accountability clause. */
export const ruleSchema = z.strictObject({
  /** Stable id within the file, e.g. shared-duties. */
  id: idSchema(),
  /** Clause id in the source. */
  clause: z.string().min(1),
  /** What the rule governs. */
  kind: z.enum(RULE_KINDS, {
    error: oneOfMessage("kind", RULE_KINDS),
  }),
  /** A short title in our own words (or the clause's own lead words). */
  title: z.string().min(1),
  /** The rule's words, verbatim. */
  text: z.string().min(1),
  /** Score bands, for an assessment that grades by points. */
  grades: z.array(gradeSchema).optional(),
  /** Fixed dates by which reports are due. */
  deadlines: z.array(deadlineSchema).optional(),
  /** The steps of the assessment calendar. */
  schedule: z.array(scheduleStepSchema).optional(),
});

/** The rules one source sets for one jurisdiction: one YAML file per source. */
export const ruleSetSchema = townSourceSchema.extend({
  /** The rules in the source's order. */
  rules: z.array(ruleSchema).min(1),
});

export type Grade = z.output<typeof gradeSchema>;
export type Rule = z.output<typeof ruleSchema>;
export type RuleSet = z.output<typeof ruleSetSchema>;
