/**
 * A full-text search in the address, so a result list can be bookmarked or sent:
 * `?q=隐患排查&f=辖区:张山子镇&f=责任类型:主责`. One `f` a ticked filter value, as
 * `name:value` (a value may itself hold a colon; a name cannot).
 */

/** The ticked filter values by filter name, as Pagefind's UI takes them. */
export type SearchFilters = Record<string, string[]>;

/** The filters an address asks for; malformed `f` values (no name) are ignored. */
export function filtersFromAddress(params: URLSearchParams): SearchFilters {
  const filters: SearchFilters = {};
  for (const value of params.getAll("f")) {
    const at = value.indexOf(":");
    if (at <= 0) continue;
    (filters[value.slice(0, at)] ??= []).push(value.slice(at + 1));
  }
  return filters;
}

/** The search part of the address for a query and its filters (empty query: no `q`). */
export function searchAddress(query: string, filters: ReadonlyArray<readonly [string, string]>): string {
  const params = new URLSearchParams();
  if (query.trim()) params.set("q", query.trim());
  for (const [name, value] of filters) params.append("f", `${name}:${value}`);
  const search = params.toString();
  return search ? `?${search}` : "";
}
