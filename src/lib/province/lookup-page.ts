import type { County, ProvinceLinks } from "./plan.ts";
import { ALL_TOWNS, escapeHtml } from "../site/index.ts";

/**
 * The province's 谁负责？ page, made from a county's built lookup page: the same form, script
 * and styles, with every county's towns in its list. Each town keeps its county's index
 * address (`data-index`), so the page fetches the counties' indexes in answer order, a few
 * at a time, as a county's page fetches its towns'; each is keyed `<county>/<town>` and named
 * with its county, so two counties' 城关镇 stay two towns, and its links (already under its
 * county's address in the index) lead into its county's site.
 */

/** One county's towns, read from its own built lookup page. */
export interface CountyLookup {
  county: County;
  /** The HTML of the county's /lookup/ page. */
  html: string;
}

/** The parts of the built page the province's page replaces; a layout that drops one stops the command. */
const PARTS = {
  base: /<html([^>]*) data-base="([^"]*)"/,
  title: /<title>[\s\S]*?<\/title>/,
  header: /<header class="site-header">[\s\S]*?<\/header>/,
  footer: /<p class="footer-site">[\s\S]*?<\/p>/,
  select: /<select id="lookup-town"[^>]*>[\s\S]*?<\/select>/,
  sectorsAcross: / data-sectors-across(?:="")?/,
  form: /(<form class="search-form lookup-form" action=")[^"]*"/,
  fullTextLink: /(<a id="lookup-fulltext-link" href=")[^"]*"/,
  // Each names the county's own address: its front page, or where to open it from a server.
  noScript: /<noscript>[\s\S]*?<\/noscript>/,
  needsServer: /<div class="notice needs-server"[\s\S]*?<\/div>/,
} as const;

/** The towns of a county's lookup page as `<option>`s of the province's list. */
export function provinceTownOptions({ county, html }: CountyLookup): string[] {
  const select = html.match(PARTS.select)?.[0] ?? "";
  return [...select.matchAll(/<option value="([^"]+)"([^>]*)>([\s\S]*?)<\/option>/g)]
    .filter(([, value, attributes]) => /\bdata-index="/.test(attributes!) && value !== ALL_TOWNS)
    .map(([, value, attributes, label]) => {
      const kept = attributes!.replace(/ data-home(?:="")?/, "");
      const name = `${label!.trim()}（${escapeHtml(county.name)}）`;
      return `<option value="${county.id}/${value}"${kept} data-town-name="${name.replace(/"/g, "&quot;")}">${name}</option>`;
    });
}

/**
 * The province's lookup page from the first county's built page and every county's towns.
 * `title` is the province site's name; `links` its front page, this page and its full-text search.
 */
export function provinceLookupPage(
  countyPage: string,
  counties: readonly CountyLookup[],
  title: string,
  links: ProvinceLinks,
): string {
  for (const [part, pattern] of Object.entries(PARTS))
    if (!pattern.test(countyPage))
      throw new Error(
        `县的“谁负责？”页面缺少 ${part}，无法生成全省查询页 / the county lookup page has no ${part}`,
      );
  const options = counties.flatMap(provinceTownOptions);
  const countyBase = countyPage.match(PARTS.base)![2]!;
  const atProvince = (part: string) =>
    part
      .split(`"${countyBase}"`)
      .join(`"${links.home}"`)
      .split(`${countyBase}</code>`)
      .join(`${links.home}</code>`);
  const header = `<header class="site-header"><div class="bar"><a class="site-title" href="${links.home}">${escapeHtml(title)}</a><nav class="site-nav" aria-label="主导航"><ul><li><a href="${links.home}">首页</a></li><li><a href="${links.lookup}" aria-current="page">谁负责？</a></li><li><a href="${links.search}">全文搜索</a></li></ul></nav></div></header>`;
  // Replaced by functions: a `$` in a title is text, not a replacement pattern.
  return (
    countyPage
      .replace(PARTS.base, (_, attributes: string) => `<html${attributes} data-base="${links.home}"`)
      .replace(PARTS.title, () => `<title>谁负责？ · ${escapeHtml(title)}</title>`)
      .replace(PARTS.header, () => header)
      .replace(PARTS.footer, () => `<p class="footer-site">${escapeHtml(title)}</p>`)
      .replace(
        PARTS.select,
        () =>
          `<select id="lookup-town" name="town"><option value="${ALL_TOWNS}">全部辖区</option>${options.join("")}</select>`,
      )
      .replace(PARTS.sectorsAcross, "")
      // Enter before the script has loaded, or no script: the province's own lookup and search.
      .replace(PARTS.form, (_, start: string) => `${start}${links.lookup}"`)
      .replace(PARTS.fullTextLink, (_, start: string) => `${start}${links.search}"`)
      .replace(PARTS.noScript, atProvince)
      .replace(PARTS.needsServer, atProvince)
  );
}
