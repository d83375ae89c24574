/**
 * The 整理 panel of the form editor (imported by admin.ts, served with its types stripped):
 * for the unit open in the form, what the form itself cannot do — move a duty to another unit
 * of the town, split a duty into two verbatim pieces, merge a piece with the next one of its
 * clause, rename the unit (its file and address follow). The server makes each change on the
 * files (scripts/edit/restructure-route.ts); the page then reloads the entry from disk.
 */

import { element } from "./dom.ts";

interface Structure {
  name: string;
  duties: Array<{ clause: string; text: string }>;
  others: Array<{ file: string; name: string }>;
}

/** The unit's entry address in the form, for its (possibly new) file. */
function entryAddress(collection: string, file: string): string {
  const slug = file
    .split("/")
    .at(-1)!
    .replace(/\.yaml$/, "");
  return `#/collections/${collection}/entries/${encodeURIComponent(slug)}`;
}

/** Asks the server for one change; on success the form shows the unit again as it is on disk. */
async function change(
  panel: HTMLElement,
  collection: string,
  file: string,
  operation: Record<string, unknown>,
): Promise<void> {
  const status = panel.querySelector<HTMLElement>(".structure-status")!;
  status.textContent = "正在整理…";
  const answer = await fetch("/api/restructure", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ file, operation }),
  });
  const body = (await answer.json().catch(() => ({}))) as { error?: string; file?: string };
  if (!answer.ok) {
    status.textContent = (body.error ?? `没有整理（${answer.status}）`).split(" / ")[0]!;
    status.className = "structure-status check-failed";
    return;
  }
  status.textContent = "已整理，正在重新载入…";
  const address = entryAddress(collection, body.file ?? file);
  // The form holds the entry as it read it: the page is loaded again so it reads the files.
  if (location.hash !== address) location.hash = address;
  location.reload();
}

/** A duty's line: its clause, its opening words, and what can be done with it. */
function dutyItem(
  panel: HTMLElement,
  collection: string,
  file: string,
  structure: Structure,
  index: number,
): HTMLLIElement {
  const duty = structure.duties[index]!;
  const item = element("li");
  const words = duty.text.length > 40 ? `${duty.text.slice(0, 40)}…` : duty.text;
  item.append(element("span", `${duty.clause}　${words}`, { class: "structure-text" }));
  const move = element("select", undefined, {
    "aria-label": `第 ${index + 1} 条移到`,
    "data-duty": String(index),
  });
  move.append(element("option", "移到…", { value: "" }));
  for (const other of structure.others) move.append(element("option", other.name, { value: other.file }));
  move.addEventListener("change", () => {
    if (move.value) void change(panel, collection, file, { kind: "move", duty: index, to: move.value });
  });
  const split = element("button", "拆开…", { type: "button", "data-duty": String(index) });
  split.addEventListener("click", () => {
    const at = prompt(`第 ${index + 1} 条从哪几个字起拆成第二条？（照原文抄几个字）`)?.trim();
    if (at) void change(panel, collection, file, { kind: "split", duty: index, at });
  });
  item.append(" ", move, " ", split);
  // Only the next piece of the same clause can be its other half.
  if (structure.duties[index + 1]?.clause === duty.clause) {
    const merge = element("button", "与下一条合并", { type: "button", "data-duty": String(index) });
    merge.addEventListener(
      "click",
      () => void change(panel, collection, file, { kind: "merge", duty: index }),
    );
    item.append(" ", merge);
  }
  return item;
}

/** Fills the panel for the unit in `file` of `collection`, and shows it. */
export async function openStructurePanel(
  panel: HTMLElement,
  collection: string,
  file: string,
): Promise<void> {
  const answer = await fetch(`/api/structure/${encodeURIComponent(file)}`);
  if (!answer.ok) return;
  const structure = (await answer.json()) as Structure;
  const close = element("button", "关闭", { type: "button", class: "panel-close" });
  close.addEventListener("click", () => (panel.hidden = true));
  const rename = element("button", "改名…", { type: "button", class: "structure-rename" });
  rename.addEventListener("click", () => {
    const name = prompt(
      `把“${structure.name}”改为（照文件写；文件名和网址随之改）：`,
      structure.name,
    )?.trim();
    if (name && name !== structure.name) void change(panel, collection, file, { kind: "rename", name });
  });
  const list = element("ol", undefined, { class: "structure-duties" });
  list.append(...structure.duties.map((_, index) => dutyItem(panel, collection, file, structure, index)));
  panel.replaceChildren(
    close,
    element("p", `整理：${structure.name}`, { class: "check-title" }),
    element("p", "整理前请先保存表单里的修改；每整理一处，页面重新载入这个单位。拆开、合并的文字仍是原文。"),
    rename,
    list,
    element("p", "", { class: "structure-status", role: "status" }),
  );
  panel.hidden = false;
}
