import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
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

/** Every TypeScript and Astro file under src/, relative to the project. */
const SOURCE_FILES = (
  readdirSync(join(PROJECT_ROOT, "src"), { recursive: true, encoding: "utf8" }) as string[]
)
  .filter((file) => /\.(ts|astro)$/.test(file))
  .map((file) => join("src", file).split("\\").join("/"));

/** The capability folder a file belongs to: src/lib/<capability>, or src/<folder>. */
function folderOf(file: string): string {
  const parts = file.split("/");
  return parts.slice(0, parts[1] === "lib" ? 3 : 2).join("/");
}

/** Each relative import of a file, as a path from the project root. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(PROJECT_ROOT, file), "utf8");
  return [...text.matchAll(/(?:import|export)\s[^;]*?from\s+["'](\.[^"']+)["']/g)].map((match) =>
    normalize(join(dirname(file), match[1]!))
      .split("\\")
      .join("/"),
  );
}

/**
 * The code the browser bundles imports single files, so a script carries only what it uses:
 * src/scripts/, and render.ts and blocks.ts, which the unit's Word download runs in the browser.
 */
const BROWSER_MODULES = [/^src\/scripts\//, /^src\/lib\/word\/render\.ts$/];

describe("the folders of src/", () => {
  it("import another capability of src/lib only through its index.ts", () => {
    const past = SOURCE_FILES.filter(
      (file) => !BROWSER_MODULES.some((pattern) => pattern.test(file)),
    ).flatMap((file) =>
      importsOf(file)
        .filter((target) => target.startsWith("src/lib/") && folderOf(target) !== folderOf(file))
        .filter((target) => !target.endsWith("/index.ts"))
        .map((target) => `${file} → ${relative(".", target)}`),
    );
    expect(past).toEqual([]);
  });

  it("import each other in one direction only: no two capabilities of src/lib import each other", () => {
    const edges = new Map<string, Set<string>>();
    for (const file of SOURCE_FILES.filter((file) => file.startsWith("src/lib/")))
      for (const target of importsOf(file))
        if (target.startsWith("src/lib/") && folderOf(target) !== folderOf(file))
          edges.set(folderOf(file), (edges.get(folderOf(file)) ?? new Set()).add(folderOf(target)));
    // Every folder reachable from each, to find a cycle of any length.
    const reachable = (from: string): Set<string> => {
      const seen = new Set<string>();
      const visit = (folder: string) => {
        for (const next of edges.get(folder) ?? [])
          if (!seen.has(next)) {
            seen.add(next);
            visit(next);
          }
      };
      visit(from);
      return seen;
    };
    const cycles = [...edges.keys()].filter((folder) => reachable(folder).has(folder));
    expect(cycles).toEqual([]);
  });
});
