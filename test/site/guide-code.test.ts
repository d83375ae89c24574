import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MINIMAL_FIXTURE, PROJECT_ROOT } from "../helpers/fixture.ts";

/**
 * A guide is Markdown a clerk writes, but MDX can carry code: a raw <script>, or an import
 * of node:fs that reads a file of the build machine onto the page. The check compiles every
 * guide and stops such a guide before Astro evaluates anything — through `npm run build`
 * (the check runs first) and through `astro build` alone (the site's loader runs the same
 * check before any page renders).
 */
const scratch = mkdtempSync(join(tmpdir(), "duty-matrix-guide-code-"));
const content = join(scratch, "content");
/** A secret on the build machine that the hostile guide tries to publish. */
const secretFile = join(scratch, "secret.txt");
const SECRET = "build-machine-secret-4711";

const GUIDE = (body: string) =>
  `---\npost: 测试岗位\nsummary: 测试用的岗位说明。\nunitTypes: []\n---\n\n## 第一周\n\n${body}\n`;

beforeAll(() => {
  cpSync(join(MINIMAL_FIXTURE, "content"), content, { recursive: true });
  mkdirSync(join(content, "guides"), { recursive: true });
  writeFileSync(secretFile, SECRET);
  writeFileSync(
    join(content, "guides", "script.mdx"),
    GUIDE("读职责。\n\n<script>alert(document.cookie)</script>"),
  );
  writeFileSync(
    join(content, "guides", "reader.mdx"),
    GUIDE(`import { readFileSync } from "node:fs"\n\n{readFileSync(${JSON.stringify(secretFile)}, "utf8")}`),
  );
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(command: string, args: string[], outDir: string) {
  return spawnSync(command, [...args, "--outDir", outDir], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
    env: { ...process.env, DUTY_MATRIX_CONTENT: content },
    timeout: 240_000,
  });
}

/** Every file below a folder, as text, for looking for what must not be there. */
function allText(folder: string): string {
  if (!existsSync(folder)) return "";
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), "utf8"))
    .join("\n");
}

describe("a guide that carries code", () => {
  it("is stopped by the check in npm run build, naming each guide and line, before Astro starts", () => {
    const out = join(scratch, "dist-npm");
    const result = run("npm", ["run", "build", "--"], out);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("内容校验发现 2 个问题");
    expect(result.stderr).toMatch(/guides\/script\.mdx › script › 第 11 行 \/ line 11\n.*<script>/);
    expect(result.stderr).toMatch(/guides\/reader\.mdx › reader › 第 9 行 \/ line 9\n.*import\/export/);
    expect(result.stdout + result.stderr).not.toMatch(/\[build\]|\[content\]|building/i);
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it("is stopped by the site's own loader when Astro is run without the check, and nothing is published", () => {
    const out = join(scratch, "dist-astro");
    const result = run("npx", ["astro", "build"], out);
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toContain("正文里不能用 <script> 标签");
    expect(result.stdout + result.stderr).toContain("正文里不能有 import/export 语句");
    const published = allText(out);
    expect(published).not.toContain(SECRET);
    expect(published).not.toContain("alert(document.cookie)");
  }, 240_000);
});
