// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { pagefindIndex } from "./src/integrations/pagefind.ts";

export default defineConfig({
  // Served from the root of an intranet host; URLs always end in a slash.
  trailingSlash: "always",
  build: { format: "directory" },
  integrations: [mdx(), pagefindIndex()],
  // No telemetry, no prefetch, nothing that calls out of an intranet.
  prefetch: false,
  devToolbar: { enabled: false },
});
