/**
 * Page data for the pages that combine several capabilities (the town page, a unit's page,
 * the source pages): computed here from the model, so templates only arrange records.
 */
export * from "./source.ts";
export * from "./town.ts";
export * from "./unit.ts";
export * from "./sector-link.ts";
