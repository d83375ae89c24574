/** The built site's addresses: every internal URL (paths) and the navigation built from them. */
export * from "./nav.ts";
export * from "./paths.ts";
