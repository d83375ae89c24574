import { z } from "astro/zod";
import { oneOfMessage, searchWordSchema } from "./common.ts";
import { bilingual, OWN_WORDS } from "./messages.ts";
import { SECTOR_GROUPS } from "../domain/sectors.ts";

/** A sector or hazard of the shared taxonomy. One YAML file per sector. */
export const sectorSchema = z.strictObject({
  /** Chinese name shown everywhere, e.g. 燃气. */
  name: z.string().min(1, { error: bilingual("缺少名称 name", "missing name") }),
  /** Short label for matrix row headers; defaults to the name. */
  shortName: z.string().optional(),
  /** The group the sector sits in. */
  group: z.enum(SECTOR_GROUPS, {
    error: oneOfMessage("group", SECTOR_GROUPS),
  }),
  /** Order within the group; lower first. */
  order: z.number().int().default(100),
  /** What the sector covers, in our own words. */
  description: z
    .string()
    .min(1, { error: bilingual(`请${OWN_WORDS}说明 description`, "write a description") }),
  /** Everyday words people use for it (液化气, 煤气罐 for 燃气), each of two characters or more. */
  aliases: z.array(searchWordSchema()).default([]),
  /**
   * One-character words that stand alone for the sector (电, 船, 矿), allowed one by one:
   * a single character also occurs inside unrelated words, so each is a deliberate choice.
   */
  oneCharacterAliases: z
    .array(
      z.string().regex(/^\p{Script=Han}$/u, {
        error: bilingual("这里只写单个汉字", "one Chinese character per item"),
      }),
    )
    .default([]),
});

export type Sector = z.output<typeof sectorSchema>;
