import { defineConfig } from "vitest/config";

/**
 * Three tiers, each its own Vitest project; `npm test` runs them all, and CI calls it.
 * - fast: the domain logic, the content and the documents, in process: no build, no
 *   server, no child process (`npm run test:fast`, well under a minute);
 * - site: the built site and the commands (check, import, edit, pdf, serve) as processes
 *   (`npm run test:site`);
 * - browser: the built site and the editor in Chromium (`npm run test:browser`).
 */
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // In CI, also write a JSON report so .ci/run can print the plain "N passed, N failed" line.
    reporters: process.env["CI"]
      ? ["default", ["json", { outputFile: "test-results/vitest.json" }]]
      : ["default"],
    projects: [
      {
        extends: true,
        test: {
          name: "fast",
          include: ["test/lib/**/*.test.ts", "test/content/**/*.test.ts", "test/docs/**/*.test.ts"],
        },
      },
      {
        extends: true,
        // Builds the site if dist/ is missing, so no test reads a stale or absent site silently.
        test: {
          name: "site",
          include: ["test/site/**/*.test.ts", "test/scripts/**/*.test.ts"],
          globalSetup: ["test/setup/global-setup.ts"],
        },
      },
      {
        extends: true,
        // The same, one preview server for all browser tests, and the small fixture site the
        // tests of behaviour run on.
        test: {
          name: "browser",
          include: ["test/browser/**/*.test.ts"],
          globalSetup: ["test/setup/global-setup.ts", "test/setup/fixture-site-setup.ts"],
        },
      },
    ],
  },
});
