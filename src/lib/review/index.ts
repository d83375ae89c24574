/**
 * Review of imported drafts: the guesses (review markers) a town's units and duties still
 * carry, by kind, for the review page, the 待审核 marks and `npm run check`.
 */
export * from "./review.ts";
