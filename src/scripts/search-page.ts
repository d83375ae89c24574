/**
 * The /search/ page: starts Pagefind's UI (loaded as /pagefind/pagefind-ui.js, which
 * defines the PagefindUI global), runs `?q=` with the filters of `?f=` on arrival, and keeps
 * both in the address as the reader changes them, so a result list can be shared. A bundled
 * module, not an inline script, so the Content-Security-Policy can stay strict.
 */
import { filtersFromAddress, searchAddress } from "../lib/search/address.ts";
import { cleanExcerptMarks } from "../lib/search/excerpt.ts";
import { homePath, lookupQueryPath, pagefindPath } from "../lib/site/paths.ts";
import { openedFromDisk } from "./needs-server.ts";

declare const PagefindUI: new (options: Record<string, unknown>) => {
  triggerSearch: (query: string) => void;
  triggerFilters: (filters: Record<string, string[]>) => void;
};

interface PagefindResult {
  meta: Record<string, string>;
  excerpt: string;
  sub_results?: Array<{ excerpt: string }>;
}

export function startSearchPage(): void {
  if (openedFromDisk()) return;
  const root = document.getElementById("search")!;
  const input = () => root.querySelector<HTMLInputElement>(".pagefind-ui__search-input");
  const ui = new PagefindUI({
    element: "#search",
    // Under a sub-path (BASE_PATH) the bundle and the result URLs both start with it.
    bundlePath: pagefindPath(),
    baseUrl: homePath(),
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    // A filter value with no result is a dead end: not listed.
    showEmptyFilters: false,
    processResult: (result: PagefindResult) => {
      // The keywords field (sector aliases) makes pages findable; listing it under every result is noise.
      delete result.meta["keywords"];
      const query = input()?.value ?? "";
      result.excerpt = cleanExcerptMarks(result.excerpt, query);
      for (const sub of result.sub_results ?? []) sub.excerpt = cleanExcerptMarks(sub.excerpt, query);
      return result;
    },
  });
  // Pagefind's input carries only a placeholder; screen readers need a name.
  input()?.setAttribute("aria-label", "全文搜索");

  const params = new URLSearchParams(location.search);
  const filters = filtersFromAddress(params);
  if (Object.keys(filters).length > 0) ui.triggerFilters(filters);
  const q = params.get("q");
  if (q) ui.triggerSearch(q);
  const lookupLink = document.getElementById("lookup-link") as HTMLAnchorElement | null;

  /** The query and the ticked filters, written into the address (no new history entry). */
  const keepInAddress = () => {
    const query = input()?.value ?? "";
    const ticked = [
      ...root.querySelectorAll<HTMLInputElement>("input.pagefind-ui__filter-checkbox:checked"),
    ].map((box) => [box.name, box.value] as const);
    const url = new URL(location.href);
    url.search = searchAddress(query, ticked);
    if (url.href !== location.href) history.replaceState(null, "", url);
    if (lookupLink && query.trim()) lookupLink.href = lookupQueryPath(query.trim());
  };
  root.addEventListener("input", keepInAddress);
  root.addEventListener("change", keepInAddress);
  root.addEventListener("click", (event) => {
    // 清除 empties the box without an input event.
    if ((event.target as Element).closest(".pagefind-ui__search-clear")) setTimeout(keepInAddress);
  });

  // Towns in the filter are listed in the home page's order (the home town first), not by code point.
  const townOrder: string[] = JSON.parse(root.dataset["townOrder"] ?? "[]") as string[];
  const orderTowns = () => {
    for (const box of root.querySelectorAll<HTMLInputElement>(
      'input.pagefind-ui__filter-checkbox[name="辖区"]',
    )) {
      const position = townOrder.indexOf(box.value);
      const row = box.parentElement!;
      const order = String(position < 0 ? townOrder.length : position);
      if (row.style.order !== order) row.style.order = order;
    }
  };
  new MutationObserver(orderTowns).observe(root, { childList: true, subtree: true });
}
