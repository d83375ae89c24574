import { z } from "astro/zod";
import { ROLES } from "../domain/roles.ts";

/**
 * A correction a clerk makes on the 导入 page to the structure the importer read: applied to
 * the draft before its files are written (src/lib/import/corrections.ts), in the order made.
 */
export const importCorrectionSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    /** This paragraph's duty belongs to another unit (a new one when no unit has the name). */
    kind: z.literal("assign"),
    /** The paragraph's clause id. */
    clause: z.string().min(1),
    /** The unit's name, as the document prints it. */
    unit: z.string().min(1),
  }),
  z.strictObject({
    /** This paragraph is not a duty: it leaves every unit and is listed with the clerk's reason. */
    kind: z.literal("notDuty"),
    /** The paragraph's clause id. */
    clause: z.string().min(1),
  }),
  z.strictObject({
    /**
     * One duty is several: split the paragraph's duty into verbatim pieces — before the words
     * `at` (which must be in it, not at its start), or after each sentence when `at` is absent.
     */
    kind: z.literal("split"),
    /** The paragraph's clause id. */
    clause: z.string().min(1),
    /** The words the second piece starts with; absent: one piece per sentence (。；！？). */
    at: z.string().min(1).optional(),
  }),
  z.strictObject({
    /** The paragraph's duties bear another role than the verb suggested (配合 where 主责 was read). */
    kind: z.literal("role"),
    /** The paragraph's clause id. */
    clause: z.string().min(1),
    /** The role, as a unit file writes it (lead, assist, cooperate …). */
    role: z.enum(ROLES),
  }),
  z.strictObject({
    /** The unit read under one name is called another (the document's own name for it). */
    kind: z.literal("rename"),
    /** The name the importer gave it. */
    unit: z.string().min(1),
    /** The name to give it. */
    name: z.string().min(1),
  }),
]);

export type ImportCorrection = z.output<typeof importCorrectionSchema>;
