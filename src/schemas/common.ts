import { z } from "astro/zod";
import { hiddenCharacterProblem, hiddenInReference } from "./invisible.ts";
import { bilingual, ID_MESSAGE, ID_PATTERN, withFix } from "./messages.ts";

/** An id of an entry (unit, sector, source …): lowercase ASCII with hyphens, as URLs need. */
export function idSchema() {
  return z.string().regex(ID_PATTERN, {
    error: (issue) => {
      const hidden = hiddenInReference(String(issue.input));
      if (!hidden) return ID_MESSAGE;
      const { message, fix } = hiddenCharacterProblem(
        { zh: "编号", en: "id" },
        hidden.description,
        hidden.cleaned,
      );
      return withFix(message, fix);
    },
  });
}

/**
 * The message for a field that takes one of a fixed list of values, listing them;
 * `hint` adds a Chinese aside on how to choose.
 */
export function oneOfMessage(field: string, values: readonly string[], hint = ""): string {
  return bilingual(
    `${field} 必须是 ${values.join("、")} 之一${hint}`,
    `${field} must be one of ${values.join(", ")}`,
  );
}

/**
 * What rule sets, rosters and ledger lists share: each quotes one source for one
 * jurisdiction, and the check holds both references to existing entries.
 */
export const townSourceSchema = z.strictObject({
  /** Jurisdiction id. */
  jurisdiction: idSchema(),
  /** Source id. */
  source: idSchema(),
});

/** The earliest year a document of the PRC can carry, and the latest a document can be dated now. */
export const EARLIEST_YEAR = 1949;
export function latestYear(): number {
  return new Date().getFullYear() + 1;
}

/** Days in a month (February with its 29th, which a leap year has). */
export function daysInMonth(month: number): number {
  return [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** A year a document can carry: from 1949 to next year. */
export function yearSchema(field: string) {
  return z
    .number({
      error: bilingual(`${field} 应是四位数的年份，例如 2022`, `${field} must be a year such as 2022`),
    })
    .int()
    .refine((year) => year >= EARLIEST_YEAR && year <= latestYear(), {
      error: bilingual(
        `${field} 应在 ${EARLIEST_YEAR} 年到 ${latestYear()} 年之间`,
        `${field} must be between ${EARLIEST_YEAR} and ${latestYear()}`,
      ),
    });
}

/**
 * A calendar date written YYYY-MM-DD that exists (no 2020-13-45, no 2月31日) in a sensible
 * year. YAML reads an unquoted 2022-04-24 as a date, not text; that is accepted as meant.
 */
export function calendarDateSchema(zh: string, en: string) {
  const format = bilingual(`${zh}格式应为 YYYY-MM-DD`, `${en} must be YYYY-MM-DD`);
  return z.preprocess(
    (value) =>
      value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value,
    z
      .string({ error: format })
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: format })
      .superRefine((text, context) => {
        const [year, month, day] = text.split("-").map(Number) as [number, number, number];
        const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
        if (month < 1 || month > 12 || day < 1 || day > (month === 2 && !leap ? 28 : daysInMonth(month)))
          context.addIssue({
            code: "custom",
            message: bilingual(`${zh} ${text} 不是真实存在的日期`, `${en} ${text} is not a real date`),
          });
        else if (year < EARLIEST_YEAR || year > latestYear())
          context.addIssue({
            code: "custom",
            message: bilingual(
              `${zh}的年份应在 ${EARLIEST_YEAR} 年到 ${latestYear()} 年之间`,
              `${en}'s year must be between ${EARLIEST_YEAR} and ${latestYear()}`,
            ),
          });
      }),
  );
}

/** A month and an optional day that exist together (2月31日 does not). */
export function monthDayIssue(month: number, day: number | undefined): string | undefined {
  if (day === undefined || day <= daysInMonth(month)) return undefined;
  return bilingual(`${month}月没有${day}日`, `month ${month} has no day ${day}`);
}

/**
 * A word people type to find something (an alias, an everyday word). Never blank, and at
 * least two characters: the lookup finds words inside what people type, so a one-character
 * word such as 气 would send 天气预报 and 空气 to the gas units. The few one-character words
 * that are words on their own (电, 船, 矿) are allowed one by one in a sector's
 * `oneCharacterAliases`.
 */
export function searchWordSchema() {
  return z
    .string()
    .refine((word) => word.trim() !== "", {
      error: withFix(
        bilingual("这个词是空白的", "the word is blank"),
        bilingual("填写这个词，或删除这一项", "write the word or delete the item"),
      ),
    })
    .refine((word) => word.trim() === "" || [...word.trim()].length >= 2, {
      error: (issue) =>
        withFix(
          bilingual(
            `“${String(issue.input)}”只有一个字：查询时会在别的词里误中（例如“气”会让“天气”“空气”也找到这里）`,
            `"${String(issue.input)}" is one character: it would match inside unrelated words`,
          ),
          bilingual(
            "改成两个字以上的说法（如“燃气”“煤气”）；确是独立成词的单字（电、船、矿），写进该领域的 oneCharacterAliases",
            "use a word of two or more characters; a one-character word that stands alone (电, 船) goes in the sector's oneCharacterAliases",
          ),
        ),
    });
}
