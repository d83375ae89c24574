/** What a jurisdiction stands for: a real town, a template (范本), or a collection's unnamed town (汇编). */
export type TownStanding = "town" | "template" | "collection";

/** How a jurisdiction that is not a real town is labelled wherever towns are listed. */
export const TOWN_STANDING_LABELS: Record<TownStanding, string> = {
  town: "乡镇",
  template: "范本",
  collection: "汇编",
};
