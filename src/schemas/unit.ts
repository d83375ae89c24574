import { z } from "astro/zod";
import { idSchema, oneOfMessage, searchWordSchema } from "./common.ts";
import { bilingual } from "./messages.ts";
import { dutySchema } from "./duty.ts";
import { reviewSchema } from "./review.ts";
import { UNIT_KINDS } from "../domain/units.ts";

/** For a group unit: whom its duties also bind. */
export const appliesToSchema = z.strictObject({
  /** Every unit of these kinds in the jurisdiction (共同职责 → department). */
  kinds: z.array(z.enum(UNIT_KINDS)).default([]),
  /** These unit ids in the jurisdiction (a group such as the principal leaders → party-secretary, mayor). */
  units: z.array(idSchema()).default([]),
});

/** The modern body that does this unit's work after 机构改革; the quote keeps the old name. */
export const successorSchema = z.strictObject({
  /** The successor's usual name, e.g. 市场监管所. */
  name: z.string().min(1),
  /** The successor's unit id in the same jurisdiction, when it is encoded. */
  unit: idSchema().optional(),
  /** Our own note on the change. */
  note: z.string().optional(),
});

/** A post's holder as the source names them, dated by the source. */
export const holderSchema = z.strictObject({
  /** Name as printed. */
  name: z.string().min(1),
  /** The date or year of the source that names them. */
  asOf: z.string().min(1),
});

/** One unit and all its duties: one YAML file per unit under content/units/<town>/. */
export const unitSchema = z.strictObject({
  /** Name exactly as printed in the source, e.g. 某镇派出所. */
  name: z.string({ error: bilingual("缺少单位名称 name", "missing unit name") }).min(1),
  /** Short label for matrix columns; defaults to the name. */
  shortName: z.string().optional(),
  /** What people call the unit on the phone (公安、警察 for 派出所); the lookup finds it by these. */
  aliases: z.array(searchWordSchema()).default([]),
  /** What kind of unit: post, body, department, village, enterprise or group. */
  kind: z.enum(UNIT_KINDS, {
    error: oneOfMessage("kind", UNIT_KINDS),
  }),
  /** Jurisdiction id; must match the folder the file sits in. */
  jurisdiction: idSchema(),
  /** Default source id for the duties below. */
  source: idSchema(),
  /** The clause that introduces the unit (its heading), when the source has one. */
  heading: z.string().optional(),
  /** Canonical type so equivalent units line up across towns, e.g. police-station. */
  type: idSchema().optional(),
  /** Order of appearance in the source; lower first. */
  order: z.number().int().default(1000),
  /** For group units: whom the duties also bind. */
  appliesTo: appliesToSchema.optional(),
  /** Modern successor after 机构改革. */
  successor: successorSchema.optional(),
  /** Current holder of a post, as the source names them. */
  holder: holderSchema.optional(),
  /** Our own remark on the unit. */
  note: z.string().optional(),
  /** What an import guessed about the unit (its name, kind, type) and a person should check. */
  review: reviewSchema,
  /** The unit's duties, in the source's order. */
  duties: z.array(dutySchema, {
    error: bilingual(
      "duties 应为职责列表（每项以 - 开头）",
      "duties must be a list (each item starts with -)",
    ),
  }),
});

export type UnitEntry = z.output<typeof unitSchema>;
