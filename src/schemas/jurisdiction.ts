import { z } from "astro/zod";
import { bilingual, ID_MESSAGE, ID_PATTERN } from "./messages.ts";
import { unassignedSchema } from "./unassigned.ts";

/** A township (乡/镇/街道) whose documents are encoded. One YAML file per jurisdiction. */
export const jurisdictionSchema = z.strictObject({
  /** The township's name as its documents print it, e.g. 张山子镇. */
  name: z.string({ error: bilingual("缺少辖区名称 name", "missing jurisdiction name") }).min(1),
  /** Administrative kind: 乡, 镇 or 街道. */
  kind: z.enum(["乡", "镇", "街道"], {
    error: bilingual("kind 必须是 乡、镇 或 街道", "kind must be 乡, 镇 or 街道"),
  }),
  /** Higher-level region as the sources or their README state it; empty when unknown. */
  region: z.string().optional(),
  /** Display order on the home page; lower first. */
  order: z.number().int().default(100),
  /** One or two sentences in our own words about the town's documents. */
  summary: z.string().optional(),
  /** Who answers for work the documents assign to no one by name, as the documents say. */
  unassigned: unassignedSchema.optional(),
});

export type Jurisdiction = z.output<typeof jurisdictionSchema>;

/**
 * Top-level paths the site uses itself: a town named like one would collide with it
 * (`/<town>/`), and `all` names the lookup index of every town.
 */
export const RESERVED_JURISDICTION_IDS = [
  "all",
  "api",
  "county",
  "glossary",
  "guide",
  "lookup",
  "pagefind",
  "posts",
  "principles",
  "rules",
  "search",
  "sectors",
  "sources",
  "_astro",
];

/** Jurisdiction ids are the YAML file names; checked separately because loaders derive them. */
export const jurisdictionIdSchema = z
  .string()
  .regex(ID_PATTERN, { error: ID_MESSAGE })
  .refine((id) => !RESERVED_JURISDICTION_IDS.includes(id), {
    error: bilingual(
      `辖区文件名不能用本站保留的路径（${RESERVED_JURISDICTION_IDS.join("、")}）`,
      `a jurisdiction file may not be named like a path the site uses (${RESERVED_JURISDICTION_IDS.join(", ")})`,
    ),
  });
