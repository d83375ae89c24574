import { basePathFromEnv, DEFAULT_SITE_ORIGIN, normaliseBasePath, siteOriginFromEnv } from "./base.ts";

/**
 * Every internal URL is built here, so pages, the API, the lookup index and the browser
 * scripts agree (trailing slash always). Under a sub-path deployment (BASE_PATH=/anquan/)
 * every one of them starts with the base path.
 */

/**
 * The base path this code runs under. At build time and in the scripts it is BASE_PATH,
 * as astro.config.mjs reads it for Astro's `base`; in the browser, the page says it
 * (`<html data-base>`, written by the layout at build time).
 */
export const BASE_PATH: string =
  typeof process !== "undefined" && process.env
    ? basePathFromEnv()
    : normaliseBasePath(globalThis.document?.documentElement.dataset["base"]);

/** The deployment's address (SITE_URL), for links read outside the site; in the browser, the page's own. */
export const SITE_ORIGIN: string =
  typeof process !== "undefined" && process.env
    ? siteOriginFromEnv()
    : (globalThis.location?.origin ?? DEFAULT_SITE_ORIGIN);

/** A URL this module built (already under the base path) as a whole address: http://10.1.2.3/anquan/zhangshanzi/. */
export function absoluteUrl(path: string): string {
  return new URL(path, SITE_ORIGIN).href;
}

/** A path from the site's root ("/zhangshanzi/") as served under the base path. */
export function withBase(path: string): string {
  return BASE_PATH === "/" ? path : `${BASE_PATH}${path.replace(/^\//, "")}`;
}

export function townPath(town: string): string {
  return withBase(`/${town}/`);
}

/** `unitKey` is `<town>/<unit>`. */
export function unitPath(unitKey: string): string {
  const [town, unit] = unitKey.split("/");
  return withBase(`/${town}/units/${unit}/`);
}

export function dutyPath(unitKey: string, dutyAnchor: string): string {
  return `${unitPath(unitKey)}#${dutyAnchor}`;
}

export function townSectorPath(town: string, sector: string): string {
  return withBase(`/${town}/sectors/${sector}/`);
}

export function sourcePath(source: string): string {
  return withBase(`/sources/${source}/`);
}

export function clausePath(source: string, clauseAnchor: string): string {
  return `${sourcePath(source)}#${clauseAnchor}`;
}

export function principlePath(principle: string): string {
  return withBase(`/principles/${principle}/`);
}

/** The A4 职责清单 of one unit. */
export function printPath(unitKey: string): string {
  const [town, unit] = unitKey.split("/");
  return withBase(`/${town}/print/${unit}/`);
}

/** The 目标责任书 of one unit. */
export function letterPath(unitKey: string): string {
  return `${printPath(unitKey)}letter/`;
}

/** The whole town as one printable booklet. */
export function bookletPath(town: string): string {
  return withBase(`/${town}/print/`);
}

/** A unit's 职责清单 as a Word file: the sheet's page makes it in the browser on opening this address. */
export function sheetDocxPath(unitKey: string): string {
  return `${printPath(unitKey)}?download=docx`;
}

/** A unit's 目标责任书 as a Word file, made the same way. */
export function letterDocxPath(unitKey: string): string {
  return `${letterPath(unitKey)}?download=docx`;
}

/** The town's booklet as a Word file: its print page makes it in the browser on opening. */
export function bookletDocxPath(town: string): string {
  return `${bookletPath(town)}?download=docx`;
}

/** The town's booklet as blocks, for the browser to make its Word file from. */
export function bookletDataPath(town: string): string {
  return withBase(`/${town}/booklet.json`);
}

/** The town's units' documents as blocks, for the browser to make Word files from. */
export function wordDataPath(town: string): string {
  return withBase(`/${town}/word.json`);
}

/** The town's duties as a 清单 (序号, 责任主体, 责任类型 …) for Excel. */
export function dutiesCsvPath(town: string): string {
  return withBase(`/${town}/duties.csv`);
}

/** The 清单's rows, for the browser to make the Excel workbook from. */
export function dutyListDataPath(town: string): string {
  return withBase(`/${town}/duty-list.json`);
}

/** The town's matrix as CSV for Excel. */
export function matrixCsvPath(town: string): string {
  return withBase(`/${town}/matrix.csv`);
}

/** A term's entry on the glossary page. */
export function termPath(term: string): string {
  return withBase(`/glossary/#term-${term}`);
}

/** A sector across all towns. */
export function sectorPath(sector: string): string {
  return withBase(`/sectors/${sector}/`);
}

/** A town's duty calendar page. */
export function calendarPath(town: string): string {
  return withBase(`/${town}/calendar/`);
}

/** A town's whole calendar as iCalendar, or one unit's when `unitKey` is given. */
export function icsPath(town: string, unitKey?: string): string {
  return withBase(unitKey ? `/${town}/calendar/${unitKey.split("/")[1]}.ics` : `/${town}/calendar.ics`);
}

/** An onboarding guide for one post. */
export function guidePath(guide: string): string {
  return withBase(`/guide/${guide}/`);
}

/** A guide as one town has the post: its duties, deadlines and rules only. */
export function guideTownPath(guide: string, town: string): string {
  return withBase(`/guide/${guide}/${town}/`);
}

/** A town's targets, assessment and accountability rules, or one of them. */
export function rulesPath(town: string, ruleId?: string): string {
  return withBase(`/rules/${town}/${ruleId ? `#rule-${ruleId}` : ""}`);
}

/** A town's coverage page: 盲区 and 交叉. */
export function coveragePath(town: string): string {
  return withBase(`/${town}/coverage/`);
}

/** The home page. */
export function homePath(): string {
  return withBase("/");
}

/** The list of towns on the home page. */
export function townListPath(): string {
  return withBase("/#towns-title");
}

/** "谁负责？" from everyday words. */
export function lookupPath(): string {
  return withBase("/lookup/");
}

/** Posts (镇长, 派出所 …) side by side across towns. */
/** The county overview: towns side by side per sector, gaps and posts. */
export function countyPath(): string {
  return withBase("/county/");
}

/** The county overview's tables, from which the browser makes its Excel workbook. */
export function countyOverviewDataPath(): string {
  return withBase("/county/overview.json");
}

export function postsPath(): string {
  return withBase("/posts/");
}

/** The onboarding guides, one per post. */
export function guidesPath(): string {
  return withBase("/guide/");
}

/** The list of source documents. */
export function sourcesPath(): string {
  return withBase("/sources/");
}

/** The list of principles. */
export function principlesPath(): string {
  return withBase("/principles/");
}

/** The glossary page. */
export function glossaryPath(): string {
  return withBase("/glossary/");
}

/** Full-text search (Pagefind). */
export function searchPath(): string {
  return withBase("/search/");
}

/** A post (镇长, 派出所 …) side by side across towns. */
export function postPath(type: string): string {
  return withBase(`/posts/${type}/`);
}

/** Targets, assessment and accountability of every town. */
export function rulesIndexPath(): string {
  return withBase("/rules/");
}

/** The lookup scope of every town: the `town=` of /lookup/ (no town may be called so). */
export const ALL_TOWNS = "all";

/** The lookup index of one town. */
export function lookupIndexPath(scope: string): string {
  return withBase(`/lookup/${scope}.json`);
}

/** The readings of the lookup's characters, for typos by sound. */
export function lookupSoundsPath(): string {
  return withBase("/lookup-sounds.json");
}

/** The lookup page, asking a query (and in a town) on arrival. */
export function lookupQueryPath(query: string, town?: string): string {
  const params = new URLSearchParams({ q: query });
  if (town) params.set("town", town);
  return `${lookupPath()}?${params}`;
}

/** Full-text search, asking a query on arrival. */
export function searchQueryPath(query: string): string {
  return `${searchPath()}?q=${encodeURIComponent(query)}`;
}

/** A file of Pagefind's bundle (pagefind-ui.js …), or the bundle's folder when no file is named. */
export function pagefindPath(file = ""): string {
  return withBase(`/pagefind/${file}`);
}

/** A file from public/ (favicon.svg, print.css). */
export function publicFilePath(file: string): string {
  return withBase(`/${file}`);
}

/** /api/<name>.json. */
export function apiPath(name: "duties" | "units" | "sectors"): string {
  return withBase(`/api/${name}.json`);
}

/** What an imported town's draft still needs a person to check. */
export function reviewPath(town: string): string {
  return withBase(`/${town}/review/`);
}

/** Where `npm run edit` serves the form editor on this machine by default (`--port` changes it). */
export const EDITOR_ORIGIN = "http://127.0.0.1:4322";

/** The form editor's collection of one town's units. */
export function unitsCollectionName(town: string): string {
  return `units-${town}`;
}

/** The form editor's collection of one town's contacts (通讯录). */
export function contactsCollectionName(town: string): string {
  return `contacts-${town}`;
}

/** A unit's form in the editor on this machine: the review page links each item there. */
export function editorUnitUrl(unitKey: string): string {
  const [town = "", unit = ""] = unitKey.split("/");
  return `${EDITOR_ORIGIN}/admin/#/collections/${unitsCollectionName(town)}/entries/${unit}`;
}
