/**
 * The built site's addresses: every internal URL (paths), the navigation built from them, the
 * base path and address a build takes (base, site-defaults), and the wording of links several pages share.
 */
export * from "./base.ts";
export * from "./nav.ts";
export * from "./paths.ts";
export * from "./site-defaults.ts";
export * from "./wording.ts";
export * from "./html.ts";
