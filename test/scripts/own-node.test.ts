import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { delimiter, dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../helpers/fixture.ts";

/**
 * The README's two commands on a machine whose Node is older than Astro needs: npm runs
 * every script on the Node 24 that `npm install` put into node_modules/.bin. Here the
 * scripts get a PATH with only the system's folders (no tools folder, no node_modules),
 * as a fresh shell has.
 */
const systemPath = ["/usr/local/bin", "/usr/bin", "/bin"].filter(existsSync).join(delimiter);
const npm = ["/usr/local/bin/npm", "/usr/bin/npm"].find(existsSync);

function run(args: string[]) {
  return spawnSync(npm!, args, {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
    env: { ...process.env, PATH: systemPath, npm_config_update_notifier: "false" },
  });
}

describe.skipIf(!npm)("npm scripts, from a shell with only the system's Node", () => {
  it("run on the project's own Node 24 from node_modules/.bin", () => {
    const result = run([
      "exec",
      "--offline",
      "--",
      "node",
      "-p",
      "process.execPath + ' ' + process.versions.node",
    ]);
    expect(result.status, result.stderr).toBe(0);
    const [execPath, version] = result.stdout.trim().split(" ");
    expect(dirname(dirname(execPath!))).toBe(join(PROJECT_ROOT, "node_modules", "node"));
    expect(Number(version!.split(".")[0])).toBeGreaterThanOrEqual(24);
  });

  it("pass `npm run check` there", () => {
    const result = run(["run", "--silent", "check"]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain("内容校验通过 / content check passed");
  });
});
