import { z } from "astro/zod";
import { idSchema, searchWordSchema } from "./common.ts";
import { bilingual, OWN_WORDS } from "./messages.ts";

/** A glossary term (术语) the sources use. One YAML file per term under content/terms/. */
export const termSchema = z.strictObject({
  /** The term as the sources print it, e.g. 九小场所. */
  name: z.string().min(1, { error: bilingual("缺少术语 name", "missing term name") }),
  /** What it means, in our own words (never copied from a source). */
  definition: z
    .string()
    .min(1, { error: bilingual(`请${OWN_WORDS}释义 definition`, "write a definition in your own words") }),
  /** Other ways people write or say the same term (五落实五到位 for 五落实、五到位). */
  aliases: z.array(searchWordSchema()).default([]),
  /** What the term is made of, item by item (九小场所 → 小旅馆, 小网吧 …); looking up an item finds the term. */
  includes: z.array(z.string().min(1)).default([]),
  /** The sector the term names, when there is one (九小场所 → nine-small-venues). */
  sector: idSchema().optional(),
  /** The principle page that explains the term further (一岗双责 → shared-responsibility). */
  principle: idSchema().optional(),
  /** Display order in the glossary; lower first. */
  order: z.number().int().default(100),
});

export type Term = z.output<typeof termSchema>;
