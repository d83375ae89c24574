import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../helpers/fixture.ts";
import { usageText } from "../../scripts/lib/cli.ts";

/** Each command with the npm script that runs it. */
const COMMANDS = [
  ["check.ts", "check"],
  ["edit.ts", "edit"],
  ["import.ts", "import"],
  ["pdf.ts", "pdf"],
  ["serve.ts", "serve"],
  ["bench.ts", "bench"],
  ["import-fidelity.ts", "fidelity"],
] as const;

describe("--help", () => {
  it("prints each command's usage in Chinese and English and exits 0 before doing anything", () => {
    for (const [file, script] of COMMANDS)
      for (const flag of ["--help", "-h"]) {
        const run = spawnSync(process.execPath, [join(PROJECT_ROOT, "scripts", file), flag], {
          cwd: PROJECT_ROOT,
          encoding: "utf8",
          timeout: 60_000,
        });
        const label = `${file} ${flag}`;
        expect(run.status, `${label}: ${run.stderr}`).toBe(0);
        expect(run.stdout, label).toMatch(new RegExp(`^用法 / usage: npm run ${script}\\b`));
        // A Chinese paragraph and an English one.
        const [, chinese, english] = run.stdout.split("\n\n");
        expect(chinese, label).toMatch(/\p{Script=Han}{4}/u);
        expect(english, label).toMatch(/^[A-Z][a-z]+ /);
        // The usage and nothing else: no check's verdict, no server started, no file written.
        expect(run.stdout, label).toBe(usageText(script));
      }
  }, 120_000);
});
