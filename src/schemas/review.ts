import { z } from "astro/zod";
import { REVIEW_FIELDS } from "../domain/review.ts";
import { oneOfMessage } from "./common.ts";
import { bilingual } from "./messages.ts";

/** One guess of the importer still to be checked; delete it once checked. */
export const reviewItemSchema = z.strictObject({
  /** What was guessed: unit, kind, type, role, sectors, split or text. */
  field: z.enum(REVIEW_FIELDS, { error: oneOfMessage("field", REVIEW_FIELDS) }),
  /** Why the importer guessed so, e.g. 协助 → assist. */
  reason: z.string().min(1, { error: bilingual("请写明 reason", "give the reason") }),
});

/** The review markers of a unit or a duty; none once a person has checked the guesses. */
export const reviewSchema = z.array(reviewItemSchema).default([]);

export type ReviewItem = z.output<typeof reviewItemSchema>;
