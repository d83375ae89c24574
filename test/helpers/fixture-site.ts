import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MINIMAL_FIXTURE, PROJECT_ROOT } from "./fixture.ts";

/**
 * The small site the browser tests of behaviour run on (what a button, a picker, the address
 * do, not what the documents say): the minimal fixture's 测试镇 and a copy of it, 样例乡, built
 * like any deployment from its own content folder. Two towns, so the lookup's town picker and
 * the answers grouped by town are there too.
 */
export const FIXTURE_TOWNS = { first: "testtown", second: "sampletown" } as const;

/** Writes the fixture site's content under `root`/content and returns the folder. */
export function writeFixtureContent(root: string): string {
  const content = join(root, "content");
  cpSync(join(MINIMAL_FIXTURE, "content"), content, { recursive: true });
  const { first, second } = FIXTURE_TOWNS;
  writeFileSync(join(content, "jurisdictions", `${second}.yaml`), "name: 样例乡\nkind: 乡\n");
  const source = readFileSync(join(content, "sources", "mini.yaml"), "utf8");
  writeFileSync(
    join(content, "sources", "mini2.yaml"),
    source
      .replace("测试〔2024〕1号", "样例〔2024〕2号")
      .replace(`[${first}]`, `[${second}]`)
      .replace("mini.txt", "mini2.txt"),
  );
  cpSync(join(content, "sources", "texts", "mini.txt"), join(content, "sources", "texts", "mini2.txt"));
  mkdirSync(join(content, "units", second), { recursive: true });
  for (const file of readdirSync(join(content, "units", first)))
    writeFileSync(
      join(content, "units", second, file),
      readFileSync(join(content, "units", first, file), "utf8")
        .replace(`jurisdiction: ${first}`, `jurisdiction: ${second}`)
        .replace("source: mini", "source: mini2"),
    );
  writeFileSync(
    join(content, "rules", "mini2.yaml"),
    readFileSync(join(content, "rules", "mini.yaml"), "utf8")
      .replace(`jurisdiction: ${first}`, `jurisdiction: ${second}`)
      .replace("source: mini", "source: mini2"),
  );
  const principle = join(content, "principles", "three-musts.mdx");
  writeFileSync(
    principle,
    readFileSync(principle, "utf8").replace(
      "statedIn:\n",
      "statedIn:\n  - source: mini2\n    clause: 一(一)\n    text: 管行业必须管安全。\n",
    ),
  );
  return content;
}

/** Builds the fixture site into a new folder and returns its dist/. */
export function buildFixtureSite(): string {
  const root = mkdtempSync(join(tmpdir(), "duty-matrix-fixture-site-"));
  const content = writeFixtureContent(root);
  const out = join(root, "dist");
  const result = spawnSync("npx", ["astro", "build", "--outDir", out], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      DUTY_MATRIX_CONTENT: content,
      BASE_PATH: "",
      SITE_URL: "",
    },
    encoding: "utf8",
  });
  if (result.status !== 0)
    throw new Error(`the fixture site did not build:\n${result.stdout}${result.stderr}`);
  return out;
}
