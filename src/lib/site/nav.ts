import { comparesTowns, hasCountyOverview, type TownStanding } from "../../domain/towns.ts";
import {
  countyPath,
  glossaryPath,
  guidesPath,
  homePath,
  lookupPath,
  postsPath,
  principlesPath,
  searchPath,
  sourcesPath,
  townListPath,
  townPath,
} from "./paths.ts";

/** One link of the main navigation. */
export interface NavLink {
  href: string;
  label: string;
}

/**
 * The main navigation. One town links straight to its matrix and compares nothing; several
 * link to the list on the home page and to 岗位对照; several real towns (a county) also to
 * the county overview.
 */
export function siteNav(
  towns: ReadonlyArray<{ id: string; data: { name: string }; standing: TownStanding }>,
): NavLink[] {
  return [
    { href: homePath(), label: "首页" },
    { href: lookupPath(), label: "谁负责？" },
    ...(comparesTowns(towns)
      ? [{ href: townListPath(), label: "辖区" }]
      : towns.map((town) => ({ href: townPath(town.id), label: town.data.name }))),
    ...(hasCountyOverview(towns) ? [{ href: countyPath(), label: "县域对照" }] : []),
    ...(comparesTowns(towns) ? [{ href: postsPath(), label: "岗位对照" }] : []),
    { href: guidesPath(), label: "入门" },
    { href: sourcesPath(), label: "来源文件" },
    { href: principlesPath(), label: "原则" },
    { href: glossaryPath(), label: "术语" },
    { href: searchPath(), label: "全文搜索" },
  ];
}

/** Whether a nav link is the current page or a section the page belongs to. */
export function isCurrentNav(pathname: string, href: string): boolean {
  return pathname === href || (href !== homePath() && pathname.startsWith(href));
}
