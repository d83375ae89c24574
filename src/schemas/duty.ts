import { z } from "astro/zod";
import { idSchema, monthDayIssue, oneOfMessage } from "./common.ts";
import { CADENCE_PERIODS } from "../domain/cadence.ts";
import { roleVerbHint, ROLES } from "../domain/roles.ts";
import { bilingual } from "./messages.ts";
import { reviewSchema } from "./review.ts";

/** A recurrence the duty's text states, e.g. 每季度至少带队检查 1 次. */
export const cadenceSchema = z.strictObject({
  /** The period: month, quarter, half-year, year, or periodic (定期, no fixed period). */
  every: z.enum(CADENCE_PERIODS, {
    error: oneOfMessage("every", CADENCE_PERIODS),
  }),
  /** How many times per period, when the text gives a number. */
  times: z.number().int().positive().optional(),
  /** True when the text says 至少 (at least). */
  atLeast: z.boolean().default(false),
  /** The words of the duty text that state the cadence, quoted verbatim. */
  phrase: z.string().min(1, { error: bilingual("cadence 需要引用原文 phrase", "quote the cadence phrase") }),
});

/** A calendar date or period the duty's text states, e.g. 6月1日前 or 6月1日至6月30日. */
export const dutyDateSchema = z
  .strictObject({
    /** Month, 1–12. */
    month: z.number().int().min(1).max(12),
    /** Day of the month, when the text gives one. */
    day: z.number().int().min(1).max(31).optional(),
    /** Where the text gives a period: its last month and day. */
    endMonth: z.number().int().min(1).max(12).optional(),
    endDay: z.number().int().min(1).max(31).optional(),
    /** True for a deadline (…前), false for the day or period itself. */
    before: z.boolean().default(false),
    /** The words that state the date, verbatim from the duty text. */
    phrase: z.string().min(1),
  })
  .superRefine((date, context) => {
    for (const [path, month, day] of [
      ["day", date.month, date.day],
      ["endDay", date.endMonth ?? date.month, date.endDay],
    ] as const) {
      const issue = monthDayIssue(month, day);
      if (issue) context.addIssue({ code: "custom", path: [path], message: issue });
    }
  });

/** One duty: a clause of a source, quoted verbatim, borne by the unit whose file holds it. */
export const dutySchema = z.strictObject({
  /** Clause id as a reader cites it, e.g. 四(二)6(3); must exist in the source. */
  clause: z.string().min(1, {
    error: bilingual("缺少条款编号 clause，例如 四(二)6(3)", "missing clause id, e.g. 四(二)6(3)"),
  }),
  /** The duty's words, verbatim from the clause, without its list number. */
  text: z.string({ error: bilingual("缺少职责原文 text", "missing duty text") }).min(1, {
    error: bilingual("职责原文 text 不能为空", "duty text must not be empty"),
  }),
  /** How the unit is responsible: lead, guide, assist, cooperate, participate or oversee. */
  role: z.enum(ROLES, {
    error: oneOfMessage("role", ROLES, `（${roleVerbHint(true)}）`),
  }),
  /** Sector ids the duty concerns; `general` when it has no single sector. */
  sectors: z.array(idSchema()).min(1, {
    error: bilingual(
      "至少填写一个行业领域 sectors（无具体领域填 general）",
      "list at least one sector (general when none)",
    ),
  }),
  /** Source id, when it differs from the unit's `source`. */
  source: idSchema().optional(),
  /** Recurrences the text states. */
  cadence: z.array(cadenceSchema).default([]),
  /** Dates or periods the text states. */
  dates: z.array(dutyDateSchema).default([]),
  /** Our own remark (e.g. what a misprint probably means); never part of the quote. */
  note: z.string().optional(),
  /** What an import guessed about this duty and a person should check (delete each once checked). */
  review: reviewSchema,
});

export type Cadence = z.output<typeof cadenceSchema>;
export type DutyDate = z.output<typeof dutyDateSchema>;
export type DutyEntry = z.output<typeof dutySchema>;
