import { z } from "astro/zod";
import { ROLES } from "../domain/roles.ts";

/**
 * What a person reading a real document finds in it: the bearers, each duty verbatim and its
 * role. Written by reading, never by running the importer; the importer's drafts are measured
 * against it (`npm run fidelity -- --corpus`).
 */

/** One duty as a reader cites it. */
export const truthDutySchema = z.strictObject({
  /** How the bearer is responsible, from the verb (负责 → lead, 协助 → assist …). */
  role: z.enum(ROLES),
  /** The duty's words exactly as the document prints them, without the list marker. */
  text: z.string().min(1),
});

/** One bearer of duties. */
export const truthUnitSchema = z.strictObject({
  /** The bearer's name as the document prints it. */
  name: z.string().min(1),
  /** Other names the document gives the same bearer (a bracketed alternative, a short form). */
  aliases: z.array(z.string().min(1)).default([]),
  /** Its duties, in the document's order. */
  duties: z.array(truthDutySchema).min(1),
});

/** The truth file of one corpus document. */
export const importTruthSchema = z.strictObject({
  /** The document's own title, or null where the stored text does not print it. */
  title: z.string().min(1).nullable(),
  /** 文号 where printed. */
  docNumber: z.string().min(1).optional(),
  /** Every bearer and its duties. */
  units: z.array(truthUnitSchema).min(1),
  /** Paragraphs a careful reader may take as duties or not: a draft is neither credited nor penalised for them. */
  optional: z.array(z.string().min(1)).default([]),
});

export type ImportTruth = z.infer<typeof importTruthSchema>;
