import { z } from "astro/zod";
import { calendarDateSchema, idSchema, oneOfMessage, yearSchema } from "./common.ts";
import { bilingual } from "./messages.ts";

/** The kinds of document the sources are. */
export const SOURCE_KINDS = ["意见", "实施方案", "责任书", "范本", "工作要点", "总结", "汇编"] as const;

/** A paragraph the clause parser reads differently from its print: a missing marker, or a heading. */
export const markerOverrideSchema = z.strictObject({
  /** The paragraph exactly as printed (white space trimmed), e.g. 具体职责. */
  text: z.string().min(1),
  /** The marker a reader supplies, e.g. （二）, when the file prints none. */
  marker: z.string().min(1).optional(),
  /** True: read it as a heading introducing the paragraphs after it, whatever its punctuation. */
  heading: z.boolean().optional(),
  /** Why the override is right, in our own words. */
  reason: z.string().min(1, { error: bilingual("请说明修正理由 reason", "give a reason") }),
});

/** A part of the document deliberately not encoded: a whole clause, or words of it. */
export const notEncodedSchema = z.strictObject({
  /** The clause (or section) left out. */
  clause: z.string().min(1),
  /** When only part of the clause is left out: those words, verbatim (the rest is encoded). */
  text: z.string().min(1).optional(),
  /** Why, in our own words (shown on the source page). */
  reason: z.string().min(1),
  /** When the part repeats another source: that source's id, whose encoding stands for it. */
  repeatOf: idSchema().optional(),
});

/** How a collection of documents marks where each document begins. */
export const partsSchema = z.strictObject({
  /** The title line without its 篇 number, exactly as printed, e.g. 应急工作半年总结. */
  titlePrefix: z.string().min(1),
});

/** One source document: metadata here, full text in `file`. */
export const sourceSchema = z
  .strictObject({
    /** 文号 as printed, e.g. 张发〔2020〕47号; omitted when the document has none. */
    docNumber: z.string().optional(),
    /** Title as printed, without 《》. */
    title: z.string().min(1, { error: bilingual("缺少标题 title", "missing title") }),
    /** Issuing body or bodies as printed. */
    issuer: z.string().optional(),
    /** Year of issue as a number, when the document gives one. */
    year: yearSchema("year").optional(),
    /** Full date (YYYY-MM-DD) when the document prints one. */
    date: calendarDateSchema("日期", "date").optional(),
    /** Jurisdiction ids the document applies to. */
    jurisdictions: z.array(idSchema()).min(1, {
      error: bilingual("至少写一个辖区 jurisdictions", "list at least one jurisdiction"),
    }),
    /** What kind of document it is. */
    kind: z.enum(SOURCE_KINDS, {
      error: oneOfMessage("kind", SOURCE_KINDS),
    }),
    /** File name of the full text under content/sources/texts/. */
    file: z.string().regex(/^[\w.-]+\.txt$/, {
      error: bilingual("file 应为 texts/ 下的 .txt 文件名", "file must be a .txt file name under texts/"),
    }),
    /** Paragraphs to read with a marker the file omits, so clause ids follow the document. */
    markerOverrides: z.array(markerOverrideSchema).default([]),
    /**
     * For a collection of documents: each document starts with a title line printed as
     * this prefix plus 篇一, 篇二 …; the 篇 name prefixes the clause ids of that document.
     */
    parts: partsSchema.optional(),
    /** True when the document repeats list numbers; later ones are cited with 之2, 之3. */
    allowRepeatedNumbers: z.boolean().default(false),
    /** Paragraphs the file breaks mid-sentence; each joins the next paragraph when read. */
    joinAfter: z
      .array(z.strictObject({ endsWith: z.string().min(1), reason: z.string().min(1) }))
      .default([]),
    /**
     * Sections whose every non-heading paragraph must be encoded (as a duty, principle,
     * rule or roster line): the check reports any paragraph left out.
     */
    encodedSections: z.array(z.string().min(1)).default([]),
    /** Parts of the document deliberately not encoded, and why (shown on the source page). */
    notEncoded: z.array(notEncodedSchema).default([]),
    /** One or two sentences in our own words about what the document covers. */
    summary: z.string().optional(),
  })
  .superRefine((source, context) => {
    if (
      source.date !== undefined &&
      source.year !== undefined &&
      Number(source.date.slice(0, 4)) !== source.year
    )
      context.addIssue({
        code: "custom",
        path: ["date"],
        message: bilingual(
          `日期 ${source.date} 与年份 year ${source.year} 不一致`,
          `date ${source.date} and year ${source.year} disagree`,
        ),
      });
  });

export type Source = z.output<typeof sourceSchema>;
