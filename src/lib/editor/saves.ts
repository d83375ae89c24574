/**
 * What a save or a delete may write. Two windows on the same file must not overwrite each
 * other without a word: each tab's save is compared with the version of the file that tab
 * read, and refused when the file changed on disk since. A save may only write the YAML
 * files of the form's own collections, and never an empty or `null` file.
 */
import { createHash } from "node:crypto";
import { parseDocument, stringify } from "yaml";
import type { Refusal } from "./guard.ts";

/** Decap's id of a file's version: the SHA-256 of its bytes, as decap-server computes it. */
export function versionOf(bytes: string | Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The versions each browser tab has read, path by path. */
export class ReadVersions {
  private readonly tabs = new Map<string, Map<string, string>>();

  /** A tab read (or wrote) this version of the file. */
  record(tab: string, path: string, version: string): void {
    let seen = this.tabs.get(tab);
    if (!seen) this.tabs.set(tab, (seen = new Map()));
    seen.set(normalPath(path), version);
  }

  /**
   * The first file a write from this tab would replace without having seen it as it is now:
   * changed on disk since the tab read it, or there although the tab never read it.
   * `onDisk` is the file's version on disk, undefined when there is none.
   */
  changedSinceRead(tab: string, path: string, onDisk: string | undefined): boolean {
    if (onDisk === undefined) return false;
    return this.tabs.get(tab)?.get(normalPath(path)) !== onDisk;
  }

  /**
   * A file the tab read that has changed since: what a change made from one opened unit must not
   * replace in the other files it touches (the unit a duty moves to). A file the tab never read
   * is taken as it is now.
   */
  changedSinceTabRead(tab: string, path: string, onDisk: string | undefined): boolean {
    const seen = this.tabs.get(tab)?.get(normalPath(path));
    return seen !== undefined && onDisk !== undefined && seen !== onDisk;
  }
}

function normalPath(path: string): string {
  return path.replace(/\\/g, "/").replace(/^\.?\//, "");
}

/** The refusal for a save over a file changed since it was opened. */
export function staleRefusal(path: string): Refusal {
  return {
    status: 409,
    message: `没有保存：${path} 在您打开之后被改过（另一个窗口、另一位同志或别的程序保存过）。您的修改还在表单里：请先把要改的内容记下或复制，再刷新页面，重新打开这个文件后改一次 / not saved: ${path} changed on disk since you opened it; your edit is still in the form — note it, reload the page, reopen the file and apply it again`,
  };
}

/**
 * Why a file may not be written (or deleted) by the form, or undefined: only YAML files in
 * the form's own folders, by a plain relative path.
 */
export function pathRefusal(
  path: unknown,
  folders: readonly string[],
  files: readonly string[] = [],
): Refusal | undefined {
  const valid =
    typeof path === "string" &&
    /^[\w\-/.]+\.yaml$/.test(path) &&
    !path.split("/").some((part) => part === ".." || part === "." || part === "") &&
    (files.includes(path) ||
      folders.some(
        (folder) => path.startsWith(`${folder}/`) && !path.slice(folder.length + 1).includes("/"),
      ));
  return valid
    ? undefined
    : {
        status: 403,
        message: `表单编辑器只改各集合文件夹里的 YAML 文件，不能写 ${String(path)} / the form editor writes only the YAML files of its collections, not ${String(path)}`,
      };
}

/** Why the form's text may not be saved: empty, `null`, or not a mapping of fields. */
export function contentRefusal(path: string, raw: unknown): Refusal | undefined {
  if (typeof raw !== "string" || raw.trim() === "") return { status: 400, message: emptyMessage(path) };
  const document = parseDocument(raw);
  if (document.errors.length > 0)
    return {
      status: 400,
      message: `没有保存：表单送来的 ${path} 不是有效的 YAML（${document.errors[0]!.message.split("\n")[0]}） / not saved: the form sent invalid YAML for ${path}`,
    };
  const value = document.toJS() as unknown;
  if (value === null || typeof value !== "object" || Array.isArray(value) || Object.keys(value).length === 0)
    return { status: 400, message: emptyMessage(path) };
  return undefined;
}

function emptyMessage(path: string): string {
  return `没有保存：${path} 的表单是空的，保存会抹掉整个文件。原文件没有改动 / not saved: the form for ${path} is empty and would erase the file; the file is unchanged`;
}

/**
 * The form's text for a file of which only some fields are the form's (a source's metadata):
 * the file on disk with those fields as the form sent them, added, changed or removed; every
 * other field as it is on disk, whatever the form sent for it.
 */
export function onlyFields(before: string | null, formText: string, editable: readonly string[]): string {
  const disk = (before === null ? {} : (parseDocument(before).toJS() ?? {})) as Record<string, unknown>;
  const form = (parseDocument(formText).toJS() ?? {}) as Record<string, unknown>;
  const result: Record<string, unknown> = { ...disk };
  for (const key of editable)
    if (form[key] === undefined || form[key] === null || form[key] === "") delete result[key];
    else result[key] = form[key];
  return stringify(result);
}
