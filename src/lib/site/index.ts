/**
 * The built site's addresses: every internal URL (paths), the navigation built from them, the
 * base path and address a build takes (base, site-defaults), the wording of links several pages share,
 * and the Content-Security-Policy every page carries (csp).
 */
export * from "./base.ts";
export * from "./nav.ts";
export * from "./paths.ts";
export * from "./site-defaults.ts";
export * from "./wording.ts";
export * from "./html.ts";
export * from "./csp.ts";
