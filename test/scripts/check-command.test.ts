import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { MINIMAL_FIXTURE, PROJECT_ROOT } from "../helpers/fixture.ts";

function runCheck(args: string[]) {
  const result = spawnSync(process.execPath, ["scripts/check.ts", ...args], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run check, on coverage", () => {
  it("prints the coverage table and passes, with gaps and overlaps as warnings", () => {
    const { status, stdout } = runCheck([]);
    expect(status).toBe(0);
    expect(stdout).toContain("覆盖情况 / coverage");
    expect(stdout).toMatch(/^张山子镇\s+\d+\s+\d+\s+\d+$/m);
    expect(stdout).toContain("盲区 gap      张山子镇 · ");
    expect(stdout).toContain("warnings; --strict makes them errors");
  });

  it("fails under --strict when any jurisdiction has a gap or overlap", () => {
    const { status, stderr } = runCheck(["--strict"]);
    expect(status).toBe(1);
    expect(stderr).toContain("--strict");
  });

  it("passes under --strict when every sector has exactly one lead unit", () => {
    const { status, stdout } = runCheck(["--strict", MINIMAL_FIXTURE]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^测试镇\s+2\s+0\s+0$/m);
  });
});
