/**
 * The words of the site's own links and notes that more than one page or script says, written
 * once so that a page rendered at build time and the same element filled in by a script read
 * alike.
 */

/** The link from a duty shown elsewhere to its place on its unit's page. */
export const SEE_ON_UNIT_PAGE = "在单位页查看";

/** The link from a town's or unit's page to the town's list of draft entries still to check. */
export const REVIEW_LIST_LINK = "查看待审核清单";

/** The lookup's way on to the full-text search, with the question when there is one. */
export function fullTextLinkText(query?: string): string {
  return `在全文中搜索${query ? `“${query}”` : ""}`;
}

/** What a town's calendar file is for, wherever the calendar is offered. */
export const CALENDAR_FILE_USE = "可导入手机日历";
