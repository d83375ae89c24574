import { z } from "astro/zod";
import { bilingual, ID_MESSAGE, ID_PATTERN } from "./messages.ts";

/** An id of an entry (unit, sector, source …): lowercase ASCII with hyphens, as URLs need. */
export function idSchema() {
  return z.string().regex(ID_PATTERN, { error: ID_MESSAGE });
}

/**
 * The message for a field that takes one of a fixed list of values, listing them;
 * `hint` adds a Chinese aside on how to choose.
 */
export function oneOfMessage(field: string, values: readonly string[], hint = ""): string {
  return bilingual(
    `${field} 必须是 ${values.join("、")} 之一${hint}`,
    `${field} must be one of ${values.join(", ")}`,
  );
}

/**
 * What rule sets, rosters and ledger lists share: each quotes one source for one
 * jurisdiction, and the check holds both references to existing entries.
 */
export const townSourceSchema = z.object({
  /** Jurisdiction id. */
  jurisdiction: idSchema(),
  /** Source id. */
  source: idSchema(),
});
