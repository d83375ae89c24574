import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Builds the site if dist/ is missing and starts one preview server for all browser tests.
    globalSetup: ["test/setup/global-setup.ts"],
    testTimeout: 30_000,
    // In CI, also write a JSON report so .ci/run can print the plain "N passed, N failed" line.
    reporters: process.env["CI"]
      ? ["default", ["json", { outputFile: "test-results/vitest.json" }]]
      : ["default"],
    hookTimeout: 120_000,
  },
});
