/** Full-text search (Pagefind) as shown on /search/: what its excerpts mark, and its address. */
export * from "./address.ts";
export * from "./excerpt.ts";
