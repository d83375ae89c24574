import { z } from "astro/zod";
import { idSchema, searchWordSchema } from "./common.ts";
import { bilingual, ID_MESSAGE, OWN_WORDS } from "./messages.ts";
import { UNIT_KINDS } from "../domain/units.ts";

/**
 * An onboarding guide for one post (党委书记, 站所负责人 …): frontmatter of an MDX file under
 * content/guides/, whose body (first-week checklist, advice) is in our own words. The
 * duties, deadlines, rules and ledgers the guide shows come from the data, never retyped.
 */
export const guideSchema = z.strictObject({
  /**
   * The post's one display name, e.g. 分管安全副镇长: the guide's title, the 岗位对照 page's,
   * and the post line of each unit it covers (a unit's own page keeps the printed name too).
   */
  post: z.string().min(1, { error: bilingual("缺少岗位名称 post", "missing post") }),
  /** What people call the post (安全副镇长, 一把手 …): the lookup finds the post's units by them. */
  aliases: z.array(searchWordSchema()).default([]),
  /** One sentence in our own words: what the post answers for. */
  summary: z
    .string()
    .min(1, { error: bilingual(`请${OWN_WORDS}一句说明 summary`, "write a one-line summary") }),
  /** Display order; lower first. */
  order: z.number().int().default(100),
  /** Unit types (the `type` of unit files) whose duties are this post's, shown in full. */
  unitTypes: z.array(idSchema()).default([]),
  /** Further units, as `<town>/<unit>`, whose duties are this post's, shown in full. */
  units: z.array(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, { error: ID_MESSAGE })).default([]),
  /**
   * Unit kinds this post heads (站所负责人 → department): there are many such units, so each
   * is linked, and the shared duties that bind them all are shown in full.
   */
  unitKinds: z.array(z.enum(UNIT_KINDS)).default([]),
  /** Glossary term ids a newcomer to the post should know first. */
  terms: z.array(idSchema()).default([]),
});

export type Guide = z.output<typeof guideSchema>;
