/**
 * The Content-Security-Policy every page carries as a <meta>: this host's files only, no
 * inline code at all. Nothing in a page needs a hash: the build keeps every script and
 * stylesheet in its own file (astro.config.mjs: `assetsInlineLimit: 0`, `inlineStylesheets:
 * "never"`), so `'self'` covers them. Astro's own `security.csp` hashed each page's head
 * elements as it rendered it (WebCrypto, per page): 0.15–0.2 ms of main-thread time a page
 * at 2,356 pages, for hashes no page used.
 */
export const CONTENT_SECURITY_POLICY: readonly string[] = [
  "default-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  // Pagefind compiles its search index reader to WebAssembly, which needs 'wasm-unsafe-eval'
  // (not 'unsafe-eval': no JavaScript eval is allowed).
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
];

/** The policy as the content of `<meta http-equiv="content-security-policy">`. */
export function contentSecurityPolicy(): string {
  return CONTENT_SECURITY_POLICY.join("; ");
}
