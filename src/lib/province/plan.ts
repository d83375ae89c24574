import { createHash } from "node:crypto";

/** One county of the province: its folder name (also its address) and what the front page calls it. */
export interface County {
  /** The folder under the counties folder, and the base path `/<id>/` of its site. */
  id: string;
  /** Its site's title from its content/site.yaml, or the folder name. */
  name: string;
}

/**
 * A county's address on the province's site (its build's base path), or that of a page or
 * file of its site given from the site's root (`lookup/`, `pagefind/pagefind-ui.js`).
 */
export function countyAddress(id: string, sitePath = ""): string {
  return `/${id}/${sitePath}`;
}

/** The province site's own pages: the front page, its 谁负责？ and its full-text search (the front page's, at its own address). */
export const PROVINCE_LINKS = { home: "/", lookup: "/lookup/", search: "/search/" } as const;
export type ProvinceLinks = typeof PROVINCE_LINKS;

/** What decides whether a county's site must be built again: its content's files and the code's stamp. */
export function buildStamp(
  files: ReadonlyArray<{ path: string; bytes: Uint8Array }>,
  codeStamp: string,
): string {
  const hash = createHash("sha256").update(codeStamp);
  for (const { path, bytes } of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)))
    hash.update(`\n${path}\n${bytes.length}\n`).update(bytes);
  return hash.digest("hex");
}

/** Ids of the county folders: lowercase ASCII with hyphens, as addresses need. */
export const COUNTY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The counties to build: those whose stamp differs from the one their last build left. */
export function countiesToBuild(
  stamps: ReadonlyMap<string, string>,
  lastBuilt: ReadonlyMap<string, string | undefined>,
): string[] {
  return [...stamps].filter(([id, stamp]) => lastBuilt.get(id) !== stamp).map(([id]) => id);
}
