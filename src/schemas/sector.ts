import { z } from "astro/zod";
import { bilingual } from "./messages.ts";

/** Groups that order the matrix rows. */
export const SECTOR_GROUPS = [
  "综合",
  "公共安全",
  "工贸与能源",
  "建设与城镇",
  "交通运输",
  "农业农村与自然资源",
  "社会事业",
] as const;

/** A sector or hazard of the shared taxonomy. One YAML file per sector. */
export const sectorSchema = z.object({
  /** Chinese name shown everywhere, e.g. 燃气. */
  name: z.string().min(1, { error: bilingual("缺少名称 name", "missing name") }),
  /** Short label for matrix row headers; defaults to the name. */
  shortName: z.string().optional(),
  /** The group the sector sits in. */
  group: z.enum(SECTOR_GROUPS, {
    error: bilingual(
      `group 必须是 ${SECTOR_GROUPS.join("、")} 之一`,
      `group must be one of ${SECTOR_GROUPS.join(", ")}`,
    ),
  }),
  /** Order within the group; lower first. */
  order: z.number().int().default(100),
  /** What the sector covers, in our own words. */
  description: z
    .string()
    .min(1, { error: bilingual("请用自己的话写说明 description", "write a description") }),
  /** Everyday words people use for it (液化气, 煤气罐 for 燃气). */
  aliases: z.array(z.string().min(1)).default([]),
});

export type Sector = z.output<typeof sectorSchema>;
