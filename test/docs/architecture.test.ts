import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../helpers/fixture.ts";

const doc = readFileSync(join(PROJECT_ROOT, "docs", "ARCHITECTURE.md"), "utf8");

describe("docs/ARCHITECTURE.md", () => {
  it("names only files and folders that exist", () => {
    const named = [...doc.matchAll(/`((?:src|scripts|test|content|docs)\/[\w./<>-]*)`/g)]
      .map((match) => match[1]!)
      .filter((path) => !path.includes("<") && !path.includes("…"));
    expect(named.length).toBeGreaterThan(30);
    const missing = named.filter((path) => !existsSync(join(PROJECT_ROOT, path)));
    expect(missing).toEqual([]);
  });

  it("describes every capability folder of src/lib", () => {
    const folders = readdirSync(join(PROJECT_ROOT, "src", "lib"), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `src/lib/${entry.name}/`);
    expect(folders.filter((folder) => !doc.includes(`\`${folder}\``))).toEqual([]);
  });

  it("is what the code's comments point to, instead of a design note outside the repository", () => {
    const cited = [...readdirSync(join(PROJECT_ROOT, "src"), { recursive: true, encoding: "utf8" })]
      .filter((file) => /\.(ts|astro)$/.test(file))
      .filter((file) => readFileSync(join(PROJECT_ROOT, "src", file), "utf8").includes("DESIGN.md"));
    expect(cited).toEqual([]);
  });
});
