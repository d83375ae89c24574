import { z } from "astro/zod";
import { idSchema } from "./common.ts";
import { bilingual, OWN_WORDS } from "./messages.ts";

/** Where a source states a principle, quoted verbatim. */
export const principleStatementSchema = z.strictObject({
  /** Source id. */
  source: idSchema(),
  /** Clause id in that source. */
  clause: z.string().min(1),
  /** The words, verbatim. */
  text: z.string().min(1),
});

/** A principle (原则); frontmatter of an MDX file whose body explains it in our own words. */
export const principleSchema = z.strictObject({
  /** The principle's name, e.g. 党政同责、一岗双责、齐抓共管、失职追责. */
  name: z.string().min(1, { error: bilingual("缺少名称 name", "missing name") }),
  /** A short label for chips and banners. */
  shortName: z.string().optional(),
  /** Display order; lower first. */
  order: z.number().int().default(100),
  /** Laws it rests on, named (article numbers only where verified). */
  legalBasis: z.array(z.string()).default([]),
  /** Where an article number in `legalBasis` was checked, so a reader can check it too. */
  legalBasisChecked: z.string().optional(),
  /** One sentence in our own words. */
  summary: z
    .string()
    .min(1, { error: bilingual(`请${OWN_WORDS}一句说明 summary`, "write a one-line summary") }),
  /** The source clauses that state it. */
  statedIn: z.array(principleStatementSchema).min(1, {
    error: bilingual("至少引用一处原文 statedIn", "cite at least one source clause in statedIn"),
  }),
});

export type Principle = z.output<typeof principleSchema>;
