import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { MINIMAL_FIXTURE, PROJECT_ROOT } from "../helpers/fixture.ts";
import { removeScratches, scratch } from "../helpers/scratch-content.ts";

afterAll(removeScratches);

/** Every run must end well within this: a hostile file must not hang the check. */
const CHECK_TIMEOUT_MS = 20_000;

/** A unit of the minimal fixture's town with one duty in `sector`. */
const UNIT_IN = (name: string, sector: string) =>
  `name: ${name}\nkind: department\njurisdiction: testtown\nsource: mini\nduties:\n  - { clause: 二1(1), text: 负责消防安全监督管理；, role: lead, sectors: [${sector}] }\n`;

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

// The bad-input battery runs the check in process (test/content/bad-input-cases.test.ts);
// what only the command can show is here.
describe("npm run check, as a process", () => {
  it("stops on a named pipe named like a unit within the time limit (reading it would wait for ever)", () => {
    const { root, content } = scratch();
    content.fifo("units/testtown/pipe.yaml");
    const result = spawnSync(process.execPath, [join(PROJECT_ROOT, "scripts", "check.ts"), root], {
      encoding: "utf8",
      timeout: CHECK_TIMEOUT_MS,
    });
    expect(result.signal).toBeNull();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("内容校验发现 1 个问题");
    expect(result.stderr).toContain("content/units/testtown/pipe.yaml");
    expect(result.stderr).toContain("这不是普通文件");
    expect(result.stderr).toContain("this is not a regular file");
  });

  it("prints a report longer than a pipe's buffer whole (400 files, each with its own mistake)", () => {
    const { root, content } = scratch();
    for (let n = 0; n < 400; n += 1)
      content.write(`units/testtown/extra-${n}.yaml`, UNIT_IN(`测试单位${n}`, `sector-${n}`));
    // A reader that starts late fills the pipe: what the check has not flushed when it ends is lost.
    const script = join(PROJECT_ROOT, "scripts", "check.ts");
    const result = spawnSync(
      "sh",
      ["-c", `"${process.execPath}" "${script}" "${root}" 2>&1 | (sleep 1; cat)`],
      {
        encoding: "utf8",
        timeout: CHECK_TIMEOUT_MS,
      },
    );
    expect(result.stdout).toContain("内容校验发现 400 个问题");
    expect(Buffer.byteLength(result.stdout)).toBeGreaterThan(64 * 1024);
    expect(result.stdout).toContain("content/units/testtown/extra-99.yaml");
    expect(result.stdout.trimEnd()).toMatch(/修改 \/ Fix: .+$/);
  });
});
