import { z } from "astro/zod";
import { idSchema, townSourceSchema } from "./common.ts";

/** The kinds of safety ledger (台账) a source says must be kept, and by whom. */
export const ledgerSetSchema = townSourceSchema.extend({
  /** Clause that lists the ledgers. */
  clause: z.string().min(1),
  /** Unit id of who keeps them, as the clause says. */
  keptBy: idSchema().optional(),
  /** Unit id of who helps and guides the keepers, as the clause says. */
  guidedBy: idSchema().optional(),
  /** The ledgers in printed order. */
  ledgers: z
    .array(
      z.strictObject({
        /** The number printed before it. */
        number: z.number().int().positive(),
        /** The ledger's name as printed, e.g. 网格化台账. */
        name: z.string().min(1),
      }),
    )
    .min(1),
});

export type LedgerSet = z.output<typeof ledgerSetSchema>;
