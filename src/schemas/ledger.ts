import { z } from "astro/zod";
import { ID_MESSAGE, ID_PATTERN } from "./messages.ts";

/** The kinds of safety ledger (台账) a source says must be kept, and by whom. */
export const ledgerSetSchema = z.object({
  /** Jurisdiction id. */
  jurisdiction: z.string().regex(ID_PATTERN, { error: ID_MESSAGE }),
  /** Source id. */
  source: z.string().regex(ID_PATTERN, { error: ID_MESSAGE }),
  /** Clause that lists the ledgers. */
  clause: z.string().min(1),
  /** Unit id of who keeps them, as the clause says. */
  keptBy: z.string().regex(ID_PATTERN, { error: ID_MESSAGE }).optional(),
  /** Unit id of who helps and guides the keepers, as the clause says. */
  guidedBy: z.string().regex(ID_PATTERN, { error: ID_MESSAGE }).optional(),
  /** The ledgers in printed order. */
  ledgers: z
    .array(
      z.object({
        /** The number printed before it. */
        number: z.number().int().positive(),
        /** The ledger's name as printed, e.g. 网格化台账. */
        name: z.string().min(1),
      }),
    )
    .min(1),
});

export type LedgerSet = z.output<typeof ledgerSetSchema>;
