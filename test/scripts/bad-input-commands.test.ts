import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { MINIMAL_FIXTURE, PROJECT_ROOT } from "../helpers/fixture.ts";

const temporary: string[] = [];
afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A scratch copy of the minimal fixture's content/, to break. */
function scratchFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), "duty-matrix-fixture-"));
  temporary.push(dir);
  cpSync(join(MINIMAL_FIXTURE, "content"), join(dir, "content"), { recursive: true });
  return dir;
}

function runCheck(root: string) {
  return spawnSync(process.execPath, [join(PROJECT_ROOT, "scripts", "check.ts"), root], { encoding: "utf8" });
}

// Single mistakes, one per case, are in bad-input-cases.test.ts.
describe("npm run check", () => {
  it("passes on sound content and says what it counted", () => {
    const result = runCheck(scratchFixture());
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("测试镇: 2 个责任主体 units, 3 条职责 duties");
  });
});

describe("astro build", () => {
  it("fails on a duty that is not verbatim, with the same message as the check", () => {
    const root = mkdtempSync(join(tmpdir(), "duty-matrix-build-"));
    temporary.push(root);
    for (const entry of ["src", "public", "astro.config.mjs", "package.json", "tsconfig.json"]) {
      cpSync(join(PROJECT_ROOT, entry), join(root, entry), { recursive: true });
    }
    cpSync(join(MINIMAL_FIXTURE, "content"), join(root, "content"), { recursive: true });
    symlinkSync(join(PROJECT_ROOT, "node_modules"), join(root, "node_modules"), "dir");
    const file = join(root, "content/units/testtown/police.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("负责消防安全监督管理；", "负责消防安全管理；"));

    const result = spawnSync(
      process.execPath,
      [join(PROJECT_ROOT, "node_modules/astro/bin/astro.mjs"), "build"],
      {
        cwd: root,
        encoding: "utf8",
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" },
      },
    );
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toContain("content/units/testtown/police.yaml › duties[0] › text");
    expect(output).toContain("text not found verbatim in source mini");
  }, 120_000);
});
