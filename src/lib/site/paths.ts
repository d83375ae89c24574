/** Every internal URL is built here, so pages and the API agree (trailing slash always). */

export function townPath(town: string): string {
  return `/${town}/`;
}

/** `unitKey` is `<town>/<unit>`. */
export function unitPath(unitKey: string): string {
  const [town, unit] = unitKey.split("/");
  return `/${town}/units/${unit}/`;
}

export function dutyPath(unitKey: string, dutyAnchor: string): string {
  return `${unitPath(unitKey)}#${dutyAnchor}`;
}

export function townSectorPath(town: string, sector: string): string {
  return `/${town}/sectors/${sector}/`;
}

export function sourcePath(source: string): string {
  return `/sources/${source}/`;
}

export function clausePath(source: string, clauseAnchor: string): string {
  return `${sourcePath(source)}#${clauseAnchor}`;
}

export function principlePath(principle: string): string {
  return `/principles/${principle}/`;
}

/** The A4 职责清单 of one unit. */
export function printPath(unitKey: string): string {
  const [town, unit] = unitKey.split("/");
  return `/${town}/print/${unit}/`;
}

/** The 目标责任书 of one unit. */
export function letterPath(unitKey: string): string {
  return `${printPath(unitKey)}letter/`;
}

/** The whole town as one printable booklet. */
export function bookletPath(town: string): string {
  return `/${town}/print/`;
}

/** The town's matrix as CSV for Excel. */
export function matrixCsvPath(town: string): string {
  return `/${town}/matrix.csv`;
}

/** A term's entry on the glossary page. */
export function termPath(term: string): string {
  return `/glossary/#term-${term}`;
}

/** A sector across all towns. */
export function sectorPath(sector: string): string {
  return `/sectors/${sector}/`;
}

/** A town's duty calendar page. */
export function calendarPath(town: string): string {
  return `/${town}/calendar/`;
}

/** A town's whole calendar as iCalendar, or one unit's when `unitKey` is given. */
export function icsPath(town: string, unitKey?: string): string {
  return unitKey ? `/${town}/calendar/${unitKey.split("/")[1]}.ics` : `/${town}/calendar.ics`;
}

/** An onboarding guide for one post. */
export function guidePath(guide: string): string {
  return `/guide/${guide}/`;
}

/** A town's targets, assessment and accountability rules, or one of them. */
export function rulesPath(town: string, ruleId?: string): string {
  return `/rules/${town}/${ruleId ? `#rule-${ruleId}` : ""}`;
}

/** A town's coverage page: 盲区 and 交叉. */
export function coveragePath(town: string): string {
  return `/${town}/coverage/`;
}

/** The home page. */
export function homePath(): string {
  return "/";
}

/** The list of towns on the home page. */
export function townListPath(): string {
  return "/#towns-title";
}

/** "谁负责？" from everyday words. */
export function lookupPath(): string {
  return "/lookup/";
}

/** Posts (镇长, 派出所 …) side by side across towns. */
export function postsPath(): string {
  return "/posts/";
}

/** The onboarding guides, one per post. */
export function guidesPath(): string {
  return "/guide/";
}

/** The list of source documents. */
export function sourcesPath(): string {
  return "/sources/";
}

/** The list of principles. */
export function principlesPath(): string {
  return "/principles/";
}

/** The glossary page. */
export function glossaryPath(): string {
  return "/glossary/";
}

/** Full-text search (Pagefind). */
export function searchPath(): string {
  return "/search/";
}
