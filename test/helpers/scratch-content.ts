import { execFileSync } from "node:child_process";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { MINIMAL_FIXTURE } from "./fixture.ts";

/**
 * Scratch copies of the minimal fixture for the bad-input battery: each case breaks one
 * thing in its own copy, in process (test/content/) or through the command (test/scripts/).
 */
export interface Content {
  replace: (file: string, from: string | RegExp, to: string) => void;
  write: (file: string, text: string | Uint8Array) => void;
  read: (file: string) => string;
  /** Moves a file within the content folder. */
  move: (from: string, to: string) => void;
  /** Makes `file` a symbolic link to `target` (absolute, or relative to the link). */
  link: (file: string, target: string) => void;
  mkdir: (folder: string) => void;
  /** Makes a named pipe (FIFO) at `file`. */
  fifo: (file: string) => void;
}

const temporary: string[] = [];

/** Removes every scratch copy made so far (call from the test file's afterAll). */
export function removeScratches(): void {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A scratch copy of the minimal fixture, and the edits a case makes to its content/. */
export function scratch(): { root: string; content: Content } {
  const root = mkdtempSync(join(tmpdir(), "duty-matrix-bad-"));
  temporary.push(root);
  cpSync(join(MINIMAL_FIXTURE, "content"), join(root, "content"), { recursive: true });
  const path = (file: string) => join(root, "content", file);
  const content: Content = {
    read: (file) => readFileSync(path(file), "utf8"),
    write: (file, text) => {
      mkdirSync(dirname(path(file)), { recursive: true });
      writeFileSync(path(file), text);
    },
    move: (from, to) => {
      mkdirSync(dirname(path(to)), { recursive: true });
      renameSync(path(from), path(to));
    },
    link: (file, target) => symlinkSync(target, path(file)),
    mkdir: (folder) => mkdirSync(path(folder), { recursive: true }),
    fifo: (file) => execFileSync("mkfifo", [path(file)]),
    replace: (file, from, to) => {
      const before = readFileSync(path(file), "utf8");
      const after = before.replace(from, to);
      if (after === before) throw new Error(`the case's edit changed nothing in ${file}: ${String(from)}`);
      writeFileSync(path(file), after);
    },
  };
  return { root, content };
}
