/** What a jurisdiction stands for: a real town, a template (范本), or a collection's unnamed town (汇编). */
export type TownStanding = "town" | "template" | "collection";

/** How a jurisdiction that is not a real town is labelled wherever towns are listed. */
export const TOWN_STANDING_LABELS: Record<TownStanding, string> = {
  town: "乡镇",
  template: "范本",
  collection: "汇编",
};

/** The label a town's name needs beside it (范本, 汇编), or "" when it is a town or its name says so already. */
export function standingLabel(name: string, standing: TownStanding): string {
  const label = TOWN_STANDING_LABELS[standing];
  return standing === "town" || name.includes(label) ? "" : label;
}
