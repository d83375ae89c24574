/**
 * A province as county shards: each county its own site under `/<county>/`, built apart and
 * only when its content (or the code) changed, and one front page whose full-text search
 * merges the counties' Pagefind indexes, and a 谁负责？ that fetches the counties' lookup indexes. Pure pieces here; `scripts/province.ts` runs them.
 */
export * from "./plan.ts";
export * from "./front-page.ts";
export * from "./lookup-page.ts";
