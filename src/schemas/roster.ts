import { z } from "astro/zod";
import { calendarDateSchema, idSchema, townSourceSchema } from "./common.ts";
import { bilingual } from "./messages.ts";

/** One line of a roster: a person, their place in the group and their post, as printed. */
export const rosterMemberSchema = z.strictObject({
  /** Clause id of the line. */
  clause: z.string().min(1),
  /** Place in the group as printed (组长, 常务副组长, 副组长, 成员); lines that continue a list repeat it. */
  role: z.string().min(1),
  /** The person's name as printed (alignment spaces removed). */
  name: z.string().min(1, { error: bilingual("缺少姓名 name", "missing name") }),
  /** Their post as printed, e.g. 党委副书记、镇长. */
  post: z.string().min(1),
  /** The post's unit id in the same jurisdiction, where the source ties them. */
  unit: idSchema().optional(),
});

/** A leadership group (领导小组) as a source lists it, dated by the source. */
export const rosterSchema = townSourceSchema.extend({
  /** The section that lists the group, e.g. 二. */
  clause: z.string().min(1),
  /** The group's name as printed. */
  title: z.string().min(1),
  /** The date of the source, YYYY-MM-DD: holders are "as of" it. */
  asOf: calendarDateSchema("asOf", "asOf"),
  /** The members in printed order. */
  members: z.array(rosterMemberSchema).min(1),
  /** The sentence on the group's office, verbatim, with its clause. */
  office: z.strictObject({ clause: z.string().min(1), text: z.string().min(1) }).optional(),
});

export type Roster = z.output<typeof rosterSchema>;
