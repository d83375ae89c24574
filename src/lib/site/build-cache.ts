import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Files a build makes slowly and the same way from the same input (a town's booklet.docx:
 * about 0.2 s each), kept across builds by a hash of everything that makes them: the input
 * and the source of the code that renders it. A rebuild after an edit to one town makes that
 * town's file again and reads the others'. Build time only (Node's file system).
 */

/** The folder the cache lives in: Astro's own cache folder (DUTY_MATRIX_CACHE or node_modules/.astro). */
export function buildCacheFolder(kind: string): string {
  return join(process.env["DUTY_MATRIX_CACHE"] ?? "node_modules/.astro", "files", kind);
}

/**
 * A hash of the code that makes a file: the .ts files of each folder named, and each .json
 * file named (a library's package.json, for its version), so a change to any misses the
 * cache. Paths are relative to the project, where builds run; with one missing the code is
 * not known, and there is no hash (the caller makes the file without the cache).
 */
export function codeHash(paths: readonly string[]): string | undefined {
  const hash = createHash("sha256");
  for (const path of paths) {
    if (!existsSync(path)) return undefined;
    if (path.endsWith(".json")) hash.update(path).update(readFileSync(path));
    else
      for (const name of readdirSync(path)
        .filter((file) => file.endsWith(".ts"))
        .sort())
        hash.update(name).update(readFileSync(join(path, name)));
  }
  return hash.digest("hex");
}

/**
 * The bytes `make` gives for `input`, from the cache when a build before made them from the
 * same input and code; written to the cache atomically, so a build stopped halfway leaves no
 * half file.
 */
export async function cachedBytes(
  folder: string,
  input: string,
  make: () => Promise<Uint8Array>,
): Promise<Uint8Array> {
  const key = createHash("sha256").update(input).digest("hex");
  const file = join(folder, key);
  if (existsSync(file)) return new Uint8Array(readFileSync(file));
  const bytes = await make();
  try {
    mkdirSync(folder, { recursive: true });
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, bytes);
    renameSync(partial, file);
  } catch {
    // A cache that cannot be written costs time, never the build.
  }
  return bytes;
}
