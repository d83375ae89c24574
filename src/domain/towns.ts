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

/** Where a town's group stands in a list: real towns, then 范本, then 汇编. */
const STANDING_ORDER: Record<TownStanding, number> = { town: 0, template: 1, collection: 2 };

/** A town as the order of towns sees it. */
export interface OrderedTown {
  id: string;
  standing: TownStanding;
  home: boolean;
}

/**
 * The one order of towns, for the home page, the search filters, the lookup's groups and
 * its indexes alike: the reader's town (by default the first home town), other home towns,
 * real towns, then templates and collections, each kind in its given order.
 */
export function townsInAnswerOrder<T extends OrderedTown>(towns: readonly T[], preferred?: string): T[] {
  const first = preferred ?? towns.find((town) => town.home)?.id;
  return towns
    .map((town, position) => ({ town, position }))
    .sort(
      (a, b) =>
        Number(b.town.id === first) - Number(a.town.id === first) ||
        Number(b.town.home) - Number(a.town.home) ||
        STANDING_ORDER[a.town.standing] - STANDING_ORDER[b.town.standing] ||
        a.position - b.position,
    )
    .map(({ town }) => town);
}

/**
 * Whether a site compares towns at all: with one town served, the pages that set towns
 * side by side (岗位对照, the county overview) are not built and the lookup has no town picker.
 */
export function comparesTowns(towns: ReadonlyArray<unknown>): boolean {
  return towns.length > 1;
}

/** Whether a site has a county overview: two or more real towns (范本 and 汇编 are not towns to compare). */
export function hasCountyOverview(towns: ReadonlyArray<{ standing: TownStanding }>): boolean {
  return towns.filter((town) => town.standing === "town").length >= 2;
}
