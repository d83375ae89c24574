import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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

describe("npm run check, on which folder it reads", () => {
  it("reads the folder DUTY_MATRIX_CONTENT names, as the build does", () => {
    const scratch = mkdtempSync(join(tmpdir(), "duty-matrix-folder-"));
    cpSync(join(MINIMAL_FIXTURE, "content"), scratch, { recursive: true });
    writeFileSync(join(scratch, "units", "testtown", "water.yaml"), "name: [broken\n");
    const result = spawnSync(process.execPath, ["scripts/check.ts"], {
      cwd: PROJECT_ROOT,
      encoding: "utf8",
      env: { ...process.env, DUTY_MATRIX_CONTENT: scratch },
    });
    rmSync(scratch, { recursive: true, force: true });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("water.yaml");
  });

  it("refuses a folder with no content files instead of passing it as 0 sources", () => {
    const empty = mkdtempSync(join(tmpdir(), "duty-matrix-empty-"));
    const { status, stderr, stdout } = runCheck(["--content", empty]);
    rmSync(empty, { recursive: true, force: true });
    expect(status).toBe(1);
    expect(stderr).toContain("内容文件夹里没有任何内容文件 / the content folder holds no content files");
    expect(stderr).toMatch(/修改 \/ Fix: .+DUTY_MATRIX_CONTENT/);
    expect(stdout).not.toContain("内容校验通过");
  });
});
