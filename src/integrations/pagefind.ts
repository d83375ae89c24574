import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import * as pagefind from "pagefind";

/**
 * Builds the Pagefind search index into dist/pagefind/ once Astro has written the site,
 * through Pagefind's Node API, so `astro build` alone yields the complete site.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: "duty-matrix:pagefind",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({ forceLanguage: "zh-cn" });
        if (!index) throw new Error(`Pagefind 无法启动 / Pagefind did not start: ${errors.join("; ")}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0)
          throw new Error(`Pagefind 索引失败 / indexing failed: ${added.errors.join("; ")}`);
        const written = await index.writeFiles({ outputPath: `${site}pagefind` });
        if (written.errors.length > 0)
          throw new Error(`Pagefind 写入失败 / writing failed: ${written.errors.join("; ")}`);
        await pagefind.close();
        logger.info(
          `Pagefind: ${added.page_count} pages indexed in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
