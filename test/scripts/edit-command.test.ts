import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { MINIMAL_FIXTURE, PROJECT_ROOT } from "../helpers/fixture.ts";

const scratch = mkdtempSync(join(tmpdir(), "duty-matrix-edit-command-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("npm run edit", () => {
  it("prints the editor's address and serves /admin/ with Decap from node_modules and the generated config, until stopped", async () => {
    const content = join(scratch, "content");
    cpSync(join(MINIMAL_FIXTURE, "content"), content, { recursive: true });
    const child = spawn(process.execPath, ["scripts/edit.ts", "--port", "0", "--content", content], {
      cwd: PROJECT_ROOT,
      stdio: ["ignore", "pipe", "inherit"],
    });
    try {
      const url = await new Promise<string>((found, fail) => {
        let printed = "";
        child.stdout.on("data", (chunk: Buffer) => {
          printed += chunk.toString("utf8");
          const match = /http:\/\/127\.0\.0\.1:\d+\/admin\//.exec(printed);
          if (match) found(match[0]);
        });
        child.once("exit", (code) => fail(new Error(`npm run edit exited with ${code}: ${printed}`)));
      });
      const page = await (await fetch(url)).text();
      expect(page).toContain('<html lang="zh-CN">');
      expect(page).toContain('src="/admin/decap/decap-cms.js"');
      const decap = await fetch(new URL("decap/decap-cms.js", url));
      expect(decap.status).toBe(200);
      const config = (await (await fetch(new URL("config.json", url))).json()) as {
        collections: Array<{ name: string; folder: string }>;
      };
      expect(config.collections.map((collection) => collection.folder)).toContain("units/testtown");
      // The browser code is served as JavaScript: its TypeScript types are gone.
      const script = await (await fetch(new URL("admin.js", url))).text();
      expect(script).not.toMatch(/^interface /m);
      expect(script).toContain("registerWidget");
      // Nothing outside the admin and API paths; no reading files by path.
      expect((await fetch(new URL("decap/../../package.json", url))).status).toBe(404);
    } finally {
      child.kill("SIGTERM");
    }
  });

  it("refuses a content folder that does not exist with one bilingual message, no stack trace", () => {
    const result = spawnSync(
      process.execPath,
      ["scripts/edit.ts", "--port", "0", "--content", join(scratch, "no-such-content")],
      { cwd: PROJECT_ROOT, encoding: "utf8", timeout: 20_000 },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("内容文件夹");
    expect(result.stderr).toContain("the content folder does not exist");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("refuses a port that is not a number, saying so in Chinese and English", () => {
    const result = spawnSync(process.execPath, ["scripts/edit.ts", "--port", "abc"], {
      cwd: PROJECT_ROOT,
      encoding: "utf8",
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("端口 --port 应是 0–65535 的整数");
    expect(result.stderr).toContain("--port must be an integer");
  });
});
