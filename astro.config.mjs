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
  // Four pages rendered at a time: while one page's file is written, the next is rendered.
  // At 9,716 pages on 2 cores, runs side by side: route generation 15.5–23.3 s at 1,
  // 13.2–17.2 s at 4, no gain at 8 or 16 (a bare Astro site gains nothing).
  // Every script and stylesheet in its own file, none inlined into a page: the pages'
  // Content-Security-Policy (src/lib/site/csp.ts, set by layouts/Base.astro) allows only
  // this host's files and no inline code, so it needs no per-page hashes.
  build: { format: "directory", concurrency: 4, inlineStylesheets: "never" },
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
