import { z } from "astro/zod";
import { searchWordSchema } from "./common.ts";
import { bilingual } from "./messages.ts";

/** Everyday words for one word the documents use: 载人、拉人 for 载客. */
export const wordGroupSchema = z.strictObject({
  /** The word as the documents print it; it must occur in at least one duty text. */
  document: z.string().min(1, { error: bilingual("缺少原文用词 document", "missing document word") }),
  /** What people say instead, on the phone or in the village. */
  everyday: z
    .array(searchWordSchema())
    .min(1, { error: bilingual("至少写一个日常说法 everyday", "list at least one everyday word") }),
  /** Why the words mean the same here, when it is not obvious. */
  note: z.string().optional(),
});

/**
 * A file of everyday-word groups under content/vocabulary/. Sector aliases live with
 * their sector; these are the words that do not name a sector (载客, 屠宰, 钢瓶 …).
 */
export const vocabularySchema = z.strictObject({
  /** The groups, one per document word. */
  groups: z.array(wordGroupSchema),
});

export type WordGroup = z.output<typeof wordGroupSchema>;
export type Vocabulary = z.output<typeof vocabularySchema>;
