/**
 * The domain's fixed lists and their Chinese labels: roles, unit kinds, rule kinds,
 * cadences, sector groups. The layer below both the schemas (which validate against these
 * lists) and lib/ (which orders and labels by them); it imports nothing.
 */
export * from "./cadence.ts";
export * from "./roles.ts";
export * from "./rules.ts";
export * from "./sectors.ts";
export * from "./units.ts";
export * from "./review.ts";
export * from "./towns.ts";
export * from "./phones.ts";
export * from "./product.ts";
export * from "./duty-list.ts";
