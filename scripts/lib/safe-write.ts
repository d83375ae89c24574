/**
 * Writing content files so that nothing is lost: a file is written next to its place and
 * renamed over it (a reader, or a crash, sees the old file or the new one, never half of
 * one), and whatever is replaced or removed is first kept under <project>/.backups/.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/** A new folder for this run's backups: <root>/.backups/<label>-<date>T<time>-<n>/ (made when first used). */
export function backupFolder(root: string, label: string): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, "-").slice(0, 19);
  const parent = join(root, ".backups");
  let folder = join(parent, `${label}-${stamp}`);
  for (let n = 2; existsSync(folder); n += 1) folder = join(parent, `${label}-${stamp}-${n}`);
  return folder;
}

/** Writes `text` to `path` all at once: a temporary file beside it, renamed over it. */
export function writeFileAtomically(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** Moves a file or folder, also across file systems (copy, then remove). */
export function move(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}

/** Writes a content file atomically, keeping the one it replaces in `backup` (same relative path). */
export function writeWithBackup(content: string, relative: string, text: string, backup: string): void {
  const target = resolve(content, relative);
  if (existsSync(target)) {
    mkdirSync(dirname(join(backup, relative)), { recursive: true });
    cpSync(target, join(backup, relative));
  }
  writeFileAtomically(target, text);
}

/** Removes a content file, keeping it in `backup`. */
export function removeWithBackup(content: string, relative: string, backup: string): void {
  const target = resolve(content, relative);
  if (existsSync(target)) move(target, join(backup, relative));
}

/**
 * Puts a set of new files in place of old ones as one step: the new files are first
 * written to a folder beside them (`stage`); then the old ones (`replaced`: files and
 * folders, relative to `content`) move to `backup`, and the staged ones move in. A failure
 * on the way puts the old ones back. Signals are held off while files move.
 */
export function replaceFiles(
  content: string,
  files: ReadonlyMap<string, string>,
  replaced: readonly string[],
  backup: string,
): void {
  const stage = mkdtempSync(join(content, ".import-"));
  try {
    for (const [relative, text] of files) {
      mkdirSync(dirname(join(stage, relative)), { recursive: true });
      writeFileSync(join(stage, relative), text);
    }
    const movedOut: string[] = [];
    const movedIn: string[] = [];
    try {
      for (const relative of replaced)
        if (existsSync(join(content, relative))) {
          move(join(content, relative), join(backup, relative));
          movedOut.push(relative);
        }
      // A folder staged whole (units/<town>/) moves in at once; single files one by one.
      for (const relative of topEntries(files)) {
        if (existsSync(join(content, relative))) {
          move(join(content, relative), join(backup, relative));
          movedOut.push(relative);
        }
        move(join(stage, relative), join(content, relative));
        movedIn.push(relative);
      }
    } catch (error) {
      for (const relative of movedIn.reverse())
        rmSync(join(content, relative), { recursive: true, force: true });
      for (const relative of movedOut.reverse()) move(join(backup, relative), join(content, relative));
      throw error;
    }
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

/** The entries to move: units/<town>/ as one folder, other files each on its own. */
function topEntries(files: ReadonlyMap<string, string>): string[] {
  const entries = new Set<string>();
  for (const relative of files.keys()) {
    const parts = relative.split("/");
    entries.add(parts[0] === "units" && parts.length > 2 ? parts.slice(0, 2).join("/") : relative);
  }
  return [...entries];
}
