import { LOOKUP_PURPOSE } from "../lookup/index.ts";
import { ALL_TOWNS, contentSecurityPolicy, escapeHtml as html } from "../site/index.ts";
import { countyAddress, PROVINCE_LINKS, type County } from "./plan.ts";

/**
 * The province's front page: a link to each county's site and one full-text search over all of
 * them. The search is Pagefind's own UI on the first county's bundle, with every other
 * county's index merged in (`mergeIndex`), so a result from any county links to its page under
 * `/<county>/`. Scripts and styles are files of the county sites and `province.js` beside the
 * page: no inline script or style, nothing from another host (the site's own policy, csp.ts).
 */
export function provinceFrontPage(title: string, counties: readonly County[]): string {
  const first = counties[0];
  // Each county's results link under its own base path.
  const bundles = counties.map((county) => ({
    bundlePath: countyAddress(county.id, "pagefind/"),
    baseUrl: countyAddress(county.id),
    name: county.name,
  }));
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta http-equiv="content-security-policy" content="${html(contentSecurityPolicy())}" />
<title>${html(title)}</title>
${first ? `<link rel="stylesheet" href="${countyAddress(first.id, "pagefind/pagefind-ui.css")}" />` : ""}
<link rel="stylesheet" href="/province.css" />
</head>
<body>
<main>
<h1>${html(title)}</h1>
<p>全省按县（市、区）分站：每个县的站点有本县各乡镇的矩阵、“谁负责？”查询和打印件。下面的“谁负责？”和全文搜索一次查遍所有县。</p>
<h2>谁负责？</h2>
<form class="lookup" action="${PROVINCE_LINKS.lookup}" method="get" role="search">
<label for="lookup-q">${LOOKUP_PURPOSE}</label>
<input id="lookup-q" name="q" type="search" placeholder="例如：液化气、网吧、拖拉机拉人" maxlength="40" />
<input type="hidden" name="town" value="${ALL_TOWNS}" />
<button type="submit">查询</button>
</form>
<h2>全文搜索</h2>
<div id="search" data-bundles="${html(JSON.stringify(bundles))}"></div>
<h2>各县（${counties.length} 个）</h2>
<ul class="counties">
${counties.map((county) => `<li><a href="${countyAddress(county.id)}">${html(county.name)}</a>（<a href="${countyAddress(county.id, "lookup/")}">谁负责？</a>）</li>`).join("\n")}
</ul>
</main>
${first ? `<script src="${countyAddress(first.id, "pagefind/pagefind-ui.js")}"></script>` : ""}
<script src="/province.js"></script>
</body>
</html>
`;
}

/** The front page's script: Pagefind's UI over the first county's bundle, the others merged in. */
export const PROVINCE_SCRIPT = `(() => {
  const root = document.getElementById("search");
  const bundles = JSON.parse(root.dataset.bundles || "[]");
  if (bundles.length === 0 || typeof PagefindUI === "undefined") return;
  const ui = new PagefindUI({
    element: "#search",
    bundlePath: bundles[0].bundlePath,
    baseUrl: bundles[0].baseUrl,
    mergeIndex: bundles.slice(1).map(({ bundlePath, baseUrl }) => ({ bundlePath, baseUrl })),
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    // Each result says its county; the sector keywords that make pages findable are not shown.
    processResult: (result) => {
      const county = bundles.find((bundle) => result.url.startsWith(bundle.baseUrl));
      if (county) result.meta.title = county.name + " · " + (result.meta.title || "");
      delete result.meta.keywords;
      return result;
    },
  });
  const query = new URLSearchParams(location.search).get("q");
  if (query) ui.triggerSearch(query);
})();
`;

/** The front page's few styles. */
export const PROVINCE_STYLE = `body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif; margin: 0; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem; line-height: 1.6; }
.counties { columns: 14rem; padding-left: 1.2em; }
.counties li { margin: 0.3rem 0; }
.lookup label { display: block; margin-bottom: 0.3rem; }
.lookup input[type="search"] { font: inherit; padding: 0.5rem; min-height: 44px; box-sizing: border-box; width: min(100%, 24rem); }
.lookup button { font: inherit; min-height: 44px; padding: 0 1rem; }
`;
