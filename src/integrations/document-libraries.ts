import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import type { Plugin } from "vite";
import { normaliseBasePath } from "../lib/site/index.ts";

/**
 * The packages the browser loads on a click of 下载 Word or 下载 Excel, and whether the pages'
 * scripts take their default export. Bundling them (about 1.3 MB of JavaScript) took the
 * client build 0.15–0.25 s of every build; they change only with the lockfile.
 */
export const DOCUMENT_LIBRARIES = [
  { id: "docx", defaultExport: false },
  { id: "write-excel-file/browser", defaultExport: true },
  { id: "jszip", defaultExport: true },
] as const;

/** Bump when the way the libraries are bundled changes, so an old bundle is not reused. */
const RECIPE = 1;

/** The folder under dist/ (and under the base path) that holds the bundled libraries. */
export const LIBRARY_FOLDER = "_vendor";

/** The key of one set of bundled libraries: the lockfile (their exact versions) and the recipe. */
export function librariesKey(lockfile: string): string {
  return createHash("sha256")
    .update(JSON.stringify({ RECIPE, DOCUMENT_LIBRARIES, lockfile }))
    .digest("hex")
    .slice(0, 12);
}

/** A library's file name: its id made a file name, with the key so a browser never keeps an old one. */
export function libraryFileName(id: string, key: string): string {
  return `${id.replace(/[^a-z0-9-]+/gi, "-")}.${key}.js`;
}

/** The address a page's script imports a library from. */
export function libraryUrl(base: string, id: string, key: string): string {
  return `${normaliseBasePath(base)}${LIBRARY_FOLDER}/${libraryFileName(id, key)}`;
}

/** The one-line module a library is bundled from: its exports, and its default where the pages use it. */
export function libraryEntry(library: (typeof DOCUMENT_LIBRARIES)[number]): string {
  const source = JSON.stringify(library.id);
  return library.defaultExport
    ? `export * from ${source};\nexport { default } from ${source};\n`
    : `export * from ${source};\n`;
}

/**
 * Bundles each library once into `<cache>/<key>/` (written beside it, then moved in, so two
 * builds at once never see half a folder) and returns that folder. The bundles of an older
 * lockfile go: nothing will ask for them again.
 */
async function bundledLibraries(cache: string, key: string): Promise<string> {
  const folder = join(cache, key);
  if (existsSync(folder)) return folder;
  const { build } = await import("vite");
  const work = `${folder}.${process.pid}.tmp`;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  for (const library of DOCUMENT_LIBRARIES) {
    const entry = join(work, `${libraryFileName(library.id, key)}.entry.mjs`);
    writeFileSync(entry, libraryEntry(library));
    await build({
      configFile: false,
      logLevel: "silent",
      root: work,
      build: {
        outDir: join(work, "out"),
        emptyOutDir: false,
        minify: true,
        lib: { entry, formats: ["es"], fileName: () => libraryFileName(library.id, key) },
      },
    });
    rmSync(entry);
  }
  try {
    renameSync(join(work, "out"), folder);
  } catch (error) {
    // Another build got there first: its bundles are the same.
    if (!existsSync(folder)) throw error;
  }
  rmSync(work, { recursive: true, force: true });
  for (const name of readdirSync(cache))
    if (name !== key && !name.endsWith(".tmp")) rmSync(join(cache, name), { recursive: true, force: true });
  return folder;
}

/** The client build's imports of the libraries, left as imports of their bundled files. */
function libraryImports(base: string, key: string): Plugin {
  const ids = new Set<string>(DOCUMENT_LIBRARIES.map((library) => library.id));
  return {
    name: "duty-matrix:document-libraries",
    enforce: "pre",
    applyToEnvironment: (environment) => environment.name === "client",
    resolveId: (id) => (ids.has(id) ? { id: libraryUrl(base, id, key), external: true } : undefined),
  };
}

/**
 * Word and Excel files are made in the browser, with libraries that need no bundling on
 * every build: the build bundles them once per lockfile into node_modules/.cache, imports them
 * from /_vendor/ and copies them into the site. `astro dev` bundles them as usual.
 */
export function documentLibraries(): AstroIntegration {
  let key = "";
  let cache = "";
  let libraries: Promise<string> | undefined;
  return {
    name: "duty-matrix:document-libraries",
    hooks: {
      "astro:config:setup": ({ command, config, updateConfig }) => {
        const root = fileURLToPath(config.root);
        const lockfile = join(root, "package-lock.json");
        if (command !== "build" || !existsSync(lockfile)) return;
        key = librariesKey(readFileSync(lockfile, "utf8"));
        cache = join(root, "node_modules", ".cache", "duty-matrix", "document-libraries");
        updateConfig({ vite: { plugins: [libraryImports(config.base, key)] } });
      },
      // Bundled, when not yet, alongside the build's own work rather than after it.
      "astro:build:start": () => {
        if (!key) return;
        libraries = bundledLibraries(cache, key);
        // Its failure is reported where it is awaited, once the pages are written.
        libraries.catch(() => undefined);
      },
      "astro:build:done": async ({ dir }) => {
        if (!libraries) return;
        cpSync(await libraries, join(fileURLToPath(dir), LIBRARY_FOLDER), { recursive: true });
      },
    },
  };
}
