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
    /** This paragraph (or one piece of it) is not a duty: it leaves every unit and is listed with the clerk's reason. */
    kind: z.literal("notDuty"),
    /** The paragraph's clause id. */
    clause: z.string().min(1),
    /** Which of the paragraph's duties, counted from 0 in the draft's order; absent: the whole paragraph. */
    piece: z.number().int().min(0).optional(),
  }),
  z.strictObject({
    /**
     * One duty is several: split the paragraph's duty into verbatim pieces — before the words
     * `at` (which must be in it, not at its start), or after each sentence when `at` is absent.
     */
    kind: z.literal("split"),
    /** The paragraph's clause id. */
    clause: z.string().min(1),
    /** Which of the paragraph's duties, counted from 0 in the draft's order; absent: each of them. */
    piece: z.number().int().min(0).optional(),
    /** The words the second piece starts with; absent: one piece per sentence (。；！？). */
    at: z.string().min(1).optional(),
  }),
  z.strictObject({
    /**
     * The duty starts later than the paragraph: what stands before the words `at` is a label or a
     * circumstance (村屯责任：, 本着…原则，), not the duty. The rest stays verbatim.
     */
    kind: z.literal("startAt"),
    /** The paragraph's clause id. */
    clause: z.string().min(1),
    /** Which of the paragraph's duties, counted from 0 in the draft's order; absent: each of them. */
    piece: z.number().int().min(0).optional(),
    /** The words the duty starts with (in it, not at its start). */
    at: z.string().min(1),
  }),
  z.strictObject({
    /** The paragraph's duties bear another role than the verb suggested (配合 where 主责 was read). */
    kind: z.literal("role"),
    /** The paragraph's clause id. */
    clause: z.string().min(1),
    /** Which of the paragraph's duties, counted from 0 in the draft's order; absent: each of them. */
    piece: z.number().int().min(0).optional(),
    /** The role, as a unit file writes it (lead, assist, cooperate …). */
    role: z.enum(ROLES),
  }),
  z.strictObject({
    /** This paragraph is a heading (introduces what follows: a unit, a section), or is not. */
    kind: z.literal("heading"),
    /** The paragraph's clause id, as the document was read before this correction. */
    clause: z.string().min(1),
    /** True: a heading; false: an ordinary paragraph. */
    heading: z.boolean(),
  }),
  z.strictObject({
    /** This paragraph runs on into the next line: a file broke one paragraph in two. */
    kind: z.literal("join"),
    /** The paragraph's clause id, as the document was read before this correction. */
    clause: z.string().min(1),
  }),
  z.strictObject({
    /** A table's column holds something else than its header's words suggested. */
    kind: z.literal("column"),
    /** The header cell's text, as the table prints it. */
    header: z.string().min(1),
    /** What the column holds: bearers with a role, bearers whose role the duty's verb tells (who), the duty, or other. */
    meaning: z.enum([...ROLES, "who", "duty", "other"]),
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
