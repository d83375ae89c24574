import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../helpers/fixture.ts";

function runPdf(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ["scripts/pdf.ts", ...args], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  return { status: result.status, stderr: result.stderr, stdout: result.stdout };
}

describe("npm run pdf, given something it cannot do", () => {
  it("exits non-zero with a clear message and no stack trace when Chromium is missing", () => {
    const { status, stderr } = runPdf(["zhangshanzi"], { CHROMIUM_PATH: "/nonexistent/chromium" });
    expect(status).toBe(1);
    expect(stderr).toContain("找不到 Chromium");
    expect(stderr).toContain("Chromium not found");
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it("names the known jurisdictions when given an unknown one", () => {
    const { status, stderr } = runPdf(["nowhere"]);
    expect(status).toBe(1);
    expect(stderr).toContain("没有辖区“nowhere”");
    expect(stderr).toContain("zhangshanzi");
  });

  it("asks for a jurisdiction when given none", () => {
    const { status, stderr } = runPdf([]);
    expect(status).toBe(1);
    expect(stderr).toContain("npm run pdf -- <辖区>");
  });
});
