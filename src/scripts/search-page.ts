/**
 * The /search/ page: starts Pagefind's UI (loaded as /pagefind/pagefind-ui.js, which
 * defines the PagefindUI global) and runs `?q=` on arrival. A bundled module, not an
 * inline script, so the Content-Security-Policy can stay strict.
 */
import { homePath, lookupQueryPath, pagefindPath } from "../lib/site/paths.ts";
import { openedFromDisk } from "./needs-server.ts";

declare const PagefindUI: new (options: Record<string, unknown>) => {
  triggerSearch: (query: string) => void;
};

export function startSearchPage(): void {
  if (openedFromDisk()) return;
  const ui = new PagefindUI({
    element: "#search",
    // Under a sub-path (BASE_PATH) the bundle and the result URLs both start with it.
    bundlePath: pagefindPath(),
    baseUrl: homePath(),
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    // The keywords field (sector aliases) makes pages findable; listing it under every result is noise.
    processResult: (result: { meta: Record<string, string> }) => {
      delete result.meta["keywords"];
      return result;
    },
  });
  // Pagefind's input carries only a placeholder; screen readers need a name.
  document.querySelector("#search input")?.setAttribute("aria-label", "全文搜索");
  const q = new URLSearchParams(location.search).get("q");
  if (q) {
    ui.triggerSearch(q);
    const link = document.getElementById("lookup-link") as HTMLAnchorElement | null;
    if (link) link.href = lookupQueryPath(q);
  }
}
