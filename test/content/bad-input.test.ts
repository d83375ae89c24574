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

describe("npm run check", () => {
  it("passes on sound content and says what it counted", () => {
    const result = runCheck(scratchFixture());
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("测试镇: 2 个责任主体 units, 3 条职责 duties");
  });

  it("stops on a mistyped role, naming file, entry and field, in both languages, without a stack trace", () => {
    const root = scratchFixture();
    const file = join(root, "content/units/testtown/police.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("role: assist", "role: helper"));
    const result = runCheck(root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("content/units/testtown/police.yaml › duties[1] › role");
    expect(result.stderr).toContain("role 必须是 lead、guide、assist、cooperate、participate、oversee 之一");
    expect(result.stderr).toContain(
      "role must be one of lead, guide, assist, cooperate, participate, oversee",
    );
    expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it("stops on YAML indented with a tab and says how to fix it", () => {
    const root = scratchFixture();
    const file = join(root, "content/units/testtown/water.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("  - clause:", "\t- clause:"));
    const result = runCheck(root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("content/units/testtown/water.yaml");
    expect(result.stderr).toContain("用空格，不用 Tab");
  });

  it("accepts a file saved with a BOM and Windows line ends", () => {
    const root = scratchFixture();
    const file = join(root, "content/units/testtown/police.yaml");
    writeFileSync(file, `\ufeff${readFileSync(file, "utf8").replace(/\n/g, "\r\n")}`);
    expect(runCheck(root).status).toBe(0);
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
