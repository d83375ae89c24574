// @ts-check
import { resolve } from "node:path";
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { pagefindIndex } from "./src/integrations/pagefind.ts";
import { siteAddress } from "./src/integrations/site-address.ts";
import { documentLibraries } from "./src/integrations/document-libraries.ts";
import { basePathFromEnv } from "./src/lib/site/base.ts";
import { applySiteDefaults } from "./src/lib/site/site-defaults.ts";
import { contentFolder } from "./src/lib/content/registry.ts";

// content/site.yaml gives SITE_URL and BASE_PATH their defaults; set in the environment, they win.
applySiteDefaults(contentFolder());
// Astro reports each build to telemetry.astro.build unless told not to: a build on an
// intranet calls out of it. Read when the build starts, after this file.
process.env["ASTRO_TELEMETRY_DISABLED"] ??= "1";

export default defineConfig({
  // Served from the root of an intranet host, or under a sub-path (BASE_PATH=/anquan/);
  // URLs always end in a slash.
  base: basePathFromEnv(),
  trailingSlash: "always",
  // 32 pages in flight: each page's folder and file are written by libuv's threads while the
  // main thread renders the next ones. Measured side by side on 2 cores (astro-only seconds,
  // 2026-12-05), at 2,356 pages: 4 → 8 about 5% faster, 8 → 16 faster in 4 of 4 pairs,
  // 4 → 32 in 4 of 6 (medians 6.2 → 5.96 s); 32 and 64 the same; no change at 516 and 9,716.
  // (Before the pages' CSP stopped hashing each page, 4 was best: 8 and 16 gained nothing.)
  // Every script and stylesheet in its own file, none inlined into a page: the pages'
  // Content-Security-Policy (src/lib/site/csp.ts, set by layouts/Base.astro) allows only
  // this host's files and no inline code, so it needs no per-page hashes.
  build: { format: "directory", concurrency: 32, inlineStylesheets: "never" },
  integrations: [mdx(), pagefindIndex(), siteAddress(), documentLibraries()],
  // No telemetry, no prefetch, nothing that calls out of an intranet.
  prefetch: false,
  devToolbar: { enabled: false },
  // No code blocks to highlight: Shiki's inline styles would clash with the CSP (and Astro
  // warns on every build that they would).
  markdown: { syntaxHighlight: false },
  vite: {
    // The guides' and principles' Markdown, compiled where the content is (src/data/narrative.ts).
    resolve: { alias: { "@content": resolve(contentFolder()) } },
    // Under `astro dev`, a content folder outside the project (DUTY_MATRIX_CONTENT) may be read.
    server: { fs: { allow: [".", resolve(contentFolder())] } },
    build: {
      // Astro inlines a script smaller than this into the page; 0 keeps every one a file.
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro marks each MDX page's module "use astro:head-inject" for itself; the bundler
        // reports every one as a directive it may drop, which no one building the site can act on.
        onwarn(warning, warn) {
          if (warning.code === "MODULE_LEVEL_DIRECTIVE" && warning.message.includes("astro:head-inject"))
            return;
          warn(warning);
        },
      },
    },
  },
});
