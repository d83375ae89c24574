import { z } from "astro/zod";
import { idSchema } from "./common.ts";
import { bilingual } from "./messages.ts";

/** A duty of the town, named by its unit (file name) and the clause it quotes. */
export const dutyReferenceSchema = z.strictObject({
  /** The unit's file name within the town, e.g. emergency-office. */
  unit: idSchema(),
  /** The clause of the unit's duty, exactly as the duty cites it, e.g. 四(二)2(1). */
  clause: z.string().min(1, { error: bilingual("缺少条款 clause", "missing clause") }),
});

/**
 * What a town's documents say about work they assign to no one by name (有限空间, 冷库,
 * 光伏 …): who supervises everything (综合监督管理), the territorial layer (属地), the
 * catch-all units (其他有关部门), and the rules and principles that decide the rest. The
 * lookup shows this instead of "nothing found". Every item points at what the documents
 * say — a duty, a rule, a principle they state — never at a unit chosen by us.
 */
export const unassignedSchema = z.strictObject({
  /** The duty that makes a unit the comprehensive supervisor (综合监督管理). */
  supervisor: z.array(dutyReferenceSchema).default([]),
  /** The duty that gives the territory (工作点、行政村) its 属地 responsibility. */
  territory: z.array(dutyReferenceSchema).default([]),
  /** The duty of the catch-all units (其他有关部门). */
  catchAll: z.array(dutyReferenceSchema).default([]),
  /** Rule ids of the town's rule set that decide unassigned work (另有规定的，从其规定). */
  rules: z.array(idSchema()).default([]),
  /** Principle ids, each stated in one of the town's sources (管行业必须管安全). */
  principles: z.array(idSchema()).default([]),
});

export type DutyReference = z.output<typeof dutyReferenceSchema>;
export type Unassigned = z.output<typeof unassignedSchema>;
