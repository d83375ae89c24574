/**
 * The editor's 导入 page (served by scripts/edit/server.ts, types stripped): sends the chosen
 * file to the server, shows the structure the importer found — the document's head, each
 * unit with its duties, what was left out and why, the paragraphs no rule could assign —
 * and on 生成草稿 writes the draft, asking first when the town has files it would replace.
 */

import { element } from "./dom.ts";
// Types only: erased when the server strips the types, so the page loads nothing more.
import type { ImportPreview as Preview } from "../../src/lib/import/preview.ts";

const token = document.querySelector<HTMLMetaElement>('meta[name="editor-token"]')?.content ?? "";

/** A correction of the structure, as src/schemas/import-correction.ts reads it. */
type Correction =
  | { kind: "assign"; clause: string; unit: string }
  | { kind: "notDuty"; clause: string; piece?: number | undefined }
  | { kind: "split"; clause: string; piece?: number | undefined; at?: string }
  | { kind: "startAt"; clause: string; piece?: number | undefined; at: string }
  | { kind: "role"; clause: string; piece?: number | undefined; role: string }
  | { kind: "column"; header: string; meaning: string }
  | { kind: "heading"; clause: string; heading: boolean }
  | { kind: "join"; clause: string }
  | { kind: "rename"; unit: string; name: string };
/** The corrections made so far, in order; each one redraws the preview. */
let corrections: Correction[] = [];
const form = document.getElementById("import-form") as HTMLFormElement;
const status = document.getElementById("import-status")!;
const previewSection = document.getElementById("import-preview")!;

/** The file as base64, for the JSON request. */
async function fileData(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The request the page sends: the same for the preview and for writing. */
async function request(action: "preview" | "write", confirm: string[] = []) {
  const file = (document.getElementById("file") as HTMLInputElement).files?.[0];
  if (!file) throw new Error("请先选择要导入的文件");
  const value = (id: string) => (document.getElementById(id) as HTMLInputElement).value;
  // The header names are guard.ts's TOKEN_HEADER (this file runs in the browser).
  const answer = await fetch(`/api/import/${action}`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-editor-token": token, "x-editor-tab": "import" },
    body: JSON.stringify({
      fileName: file.name,
      data: await fileData(file),
      name: value("name"),
      town: value("town"),
      region: value("region"),
      corrections,
      confirm,
    }),
  });
  return { status: answer.status, body: (await answer.json()) as Record<string, unknown> };
}

function table(headers: string[], rows: string[][]): HTMLTableElement {
  const result = element("table", undefined, { class: "import-table" });
  const head = element("tr");
  for (const header of headers) head.append(element("th", header));
  result.append(head);
  for (const row of rows) {
    const line = element("tr");
    for (const cell of row) line.append(element("td", cell));
    result.append(line);
  }
  return result;
}

/** A table row of text cells, and a last cell holding `control`. */
function row(cells: string[], control: HTMLElement): HTMLTableRowElement {
  const line = element("tr");
  for (const cell of cells) line.append(element("td", cell));
  const last = element("td");
  last.append(control);
  line.append(last);
  return line;
}

function tableOf(headers: string[], rows: HTMLTableRowElement[]): HTMLTableElement {
  const result = element("table", undefined, { class: "import-table" });
  const head = element("tr");
  for (const header of headers) head.append(element("th", header));
  result.append(head, ...rows);
  return result;
}

/**
 * The choice under 改正: another unit, a new one, not a duty (the whole paragraph); for a duty
 * (`piece` of its paragraph, counted from 0 as the page lists them), a split, a later start or
 * another role.
 */
function correctionChoice(
  clause: string,
  unitNames: readonly string[],
  duty?: { unit: string; piece: number; role: string; roles: Preview["roles"] },
): HTMLSelectElement {
  const current = duty?.unit;
  const piece = duty?.piece;
  const select = element("select", undefined, {
    "aria-label": `第 ${clause} 条改正`,
    "data-clause": clause,
    ...(piece === undefined ? {} : { "data-piece": String(piece) }),
  });
  select.append(element("option", current ? "（不改）" : "（请选择）", { value: "" }));
  for (const name of unitNames)
    if (name !== current) select.append(element("option", `归 ${name}`, { value: `assign:${name}` }));
  select.append(
    element("option", "归新的单位…", { value: "new" }),
    element("option", duty ? "整段都不是职责" : "不是职责", { value: "notDuty" }),
  );
  // A duty read as one paragraph may be several, may start after a label, may be borne otherwise
  // than its verb suggested.
  if (duty) {
    select.append(
      element("option", "按句拆成几条", { value: "sentences" }),
      element("option", "从某几个字起拆开…", { value: "splitAt" }),
      element("option", "从某几个字起才是职责…", { value: "startAt" }),
      element("option", "这一条不是职责", { value: "notDutyPiece" }),
    );
    for (const { id, label } of duty.roles)
      if (label !== duty.role)
        select.append(element("option", `责任类型改为${label}`, { value: `role:${id}` }));
  }
  const words = (question: string) => {
    const at = prompt(question)?.trim();
    if (!at) select.value = "";
    return at;
  };
  select.addEventListener("change", () => {
    if (select.value === "notDuty") correct({ kind: "notDuty", clause });
    else if (select.value === "notDutyPiece") correct({ kind: "notDuty", clause, piece });
    else if (select.value.startsWith("role:"))
      correct({ kind: "role", clause, piece, role: select.value.slice("role:".length) });
    else if (select.value === "sentences") correct({ kind: "split", clause, piece });
    else if (select.value === "splitAt") {
      const at = words("第二条从哪几个字开始？（照原文抄几个字）");
      if (at) correct({ kind: "split", clause, piece, at });
    } else if (select.value === "startAt") {
      const at = words("职责从哪几个字开始？前面的标签或引语不算职责（照原文抄几个字）");
      if (at) correct({ kind: "startAt", clause, piece, at });
    } else if (select.value === "new") {
      const unit = prompt("新单位的名称（照文件写）：")?.trim();
      if (unit) correct({ kind: "assign", clause, unit });
      else select.value = "";
    } else if (select.value.startsWith("assign:"))
      correct({ kind: "assign", clause, unit: select.value.slice("assign:".length) });
  });
  return select;
}

/**
 * The document paragraph by paragraph, folded: what each became, and the choice to read it
 * as a heading or not, or as running on into the next line.
 */
function linesOf(lines: Preview["lines"]): HTMLElement {
  const rows = lines.map((line) => {
    const select = element("select", undefined, {
      "aria-label": `第 ${line.clause} 段怎么读`,
      "data-line": line.clause,
    });
    select.append(
      element("option", "（不改）", { value: "" }),
      line.heading
        ? element("option", "这不是标题，是正文", { value: "text" })
        : element("option", "这是标题", { value: "heading" }),
      element("option", "与下一行是同一段", { value: "join" }),
    );
    select.addEventListener("change", () => {
      if (select.value === "join") correct({ kind: "join", clause: line.clause });
      else if (select.value)
        correct({ kind: "heading", clause: line.clause, heading: select.value === "heading" });
    });
    return row([line.clause, line.text, line.readAs], select);
  });
  const details = element("details", undefined, { id: "document-lines" });
  details.append(
    element("summary", `全文逐段（${lines.length} 段）：每段读作什么；标题读错了、一段被断成两行，在这里改`),
    tableOf(["条款", "原文", "读作", "改正"], rows),
  );
  // Open again after a correction made here, so the clerk stays where they were.
  if (corrections.some((c) => c.kind === "heading" || c.kind === "join")) details.open = true;
  return details;
}

/** A table's columns as read, each with a choice of what it holds. */
function columnsOf(table: Preview["tables"][number], meanings: Preview["columnMeanings"]): HTMLElement[] {
  const rows = table.columns.map(({ header, meaning }) => {
    const select = element("select", undefined, { "aria-label": `“${header}”一栏是`, "data-column": header });
    select.append(element("option", "（不改）", { value: "" }));
    for (const { id, label } of meanings)
      if (label !== meaning) select.append(element("option", `改为：${label}`, { value: id }));
    select.addEventListener("change", () => {
      if (select.value) correct({ kind: "column", header, meaning: select.value });
    });
    return row([header, meaning], select);
  });
  return [
    element("h3", `表格（从条款 ${table.clause} 起）`),
    element("p", "每一栏按表头的意思读；读错了，在“改正”一栏说它是什么。"),
    tableOf(["表头", "读作", "改正"], rows),
  ];
}

/** Adds a correction and redraws the structure from the server. */
function correct(correction: Correction): void {
  corrections = [...corrections, correction];
  void refresh();
}

/** Reads the file again with the corrections made so far, and shows the structure. */
async function refresh(): Promise<void> {
  status.textContent = "正在更新…";
  const { status: code, body } = await request("preview");
  if (code !== 200) {
    status.textContent = String(body["error"] ?? `读取失败（${code}）`);
    return;
  }
  status.textContent = "";
  showPreview(String(body["town"]), body["preview"] as Preview);
}

function showPreview(town: string, preview: Preview): void {
  const duties = preview.units.reduce((n, unit) => n + unit.duties.length, 0);
  const parts: HTMLElement[] = [
    element("h2", "程序读出的结构"),
    element(
      "p",
      `读作 ${preview.format}；${preview.units.length} 个单位，${duties} 条职责，${preview.unassigned.length} 段未归属。镇的编号：${town}。`,
    ),
    table(
      ["标题", "文号", "发文机关", "日期"],
      [
        [
          preview.head.title ?? "（没有读出）",
          preview.head.docNumber ?? "—",
          preview.head.issuer ?? "—",
          preview.head.date ?? "—",
        ],
      ],
    ),
  ];
  if (corrections.length > 0) {
    const undo = element("button", "撤销上一处改正", { type: "button", id: "undo" });
    undo.addEventListener("click", () => {
      corrections = corrections.slice(0, -1);
      void refresh();
    });
    parts.push(element("p", `已做 ${corrections.length} 处改正。`, { id: "corrections-made" }), undo);
  }
  parts.push(linesOf(preview.lines));
  for (const table of preview.tables) parts.push(...columnsOf(table, preview.columnMeanings));
  const unitNames = preview.units.map((unit) => unit.name);
  // Which piece of its paragraph each duty is, counted in the order the draft lists them.
  const pieces = new Map<string, number>();
  for (const unit of preview.units) {
    const heading = element(
      "h3",
      `${unit.name}（${unit.kind}${unit.heading ? `，第 ${unit.heading} 条` : ""}）${unit.guesses ? `　待审核 ${unit.guesses} 项` : ""}`,
    );
    const rename = element("button", "改名", { type: "button", class: "rename", "data-unit": unit.name });
    rename.addEventListener("click", () => {
      const name = prompt(`把“${unit.name}”改为（照文件写）：`, unit.name)?.trim();
      if (name && name !== unit.name) correct({ kind: "rename", unit: unit.name, name });
    });
    heading.append(" ", rename);
    const rows = unit.duties.map((duty) => {
      const piece = pieces.get(duty.clause) ?? 0;
      pieces.set(duty.clause, piece + 1);
      return row(
        [
          duty.clause,
          duty.text,
          duty.guesses ? `${duty.role}（待审核）` : duty.role,
          duty.sectors.join("、"),
        ],
        correctionChoice(duty.clause, unitNames, {
          unit: unit.name,
          piece,
          role: duty.role,
          roles: preview.roles,
        }),
      );
    });
    parts.push(heading, tableOf(["条款", "原文", "责任类型", "行业领域", "改正"], rows));
  }
  if (preview.unassigned.length > 0)
    parts.push(
      element("h3", `未归属的段落（${preview.unassigned.length}）`),
      element("p", "没有规则能判断由谁负责：在“改正”一栏指定单位，或标为不是职责。"),
      tableOf(
        ["条款", "原文", "改正"],
        preview.unassigned.map((entry) =>
          row([entry.clause, entry.text], correctionChoice(entry.clause, unitNames)),
        ),
      ),
    );
  if (preview.excluded.length > 0)
    parts.push(
      element("h3", "不当作职责的部分"),
      table(
        ["条款", "理由"],
        preview.excluded.map((entry) => [entry.clause, entry.reason]),
      ),
    );
  const write = element("button", "生成草稿", { type: "button", id: "write" });
  if (preview.replaces.length > 0) {
    const label = element("label");
    const box = element("input", undefined, { type: "checkbox", id: "confirm-replace" });
    label.append(
      box,
      ` 我确认替换这个镇已有的 ${preview.replaces.length} 个文件（原文件先备份）：${preview.replaces.join("、")}`,
    );
    parts.push(element("h3", "会替换已有的文件"), label);
  }
  write.addEventListener("click", () => void writeDraft(preview));
  parts.push(element("p", `将写入 ${preview.files.length} 个文件。`), write);
  previewSection.replaceChildren(...parts);
  previewSection.hidden = false;
}

async function writeDraft(preview: Preview): Promise<void> {
  const confirmBox = document.getElementById("confirm-replace") as HTMLInputElement | null;
  if (preview.replaces.length > 0 && !confirmBox?.checked) {
    status.textContent = "这个镇已有文件：请先勾选确认替换，或换一个编号。";
    return;
  }
  status.textContent = "正在生成草稿…";
  const { status: code, body } = await request("write", confirmBox?.checked ? preview.replaces : []);
  if (code !== 200) {
    status.textContent = String(body["error"] ?? `没有写入（${code}）`);
    return;
  }
  const town = String(body["town"]);
  status.replaceChildren(
    `草稿已生成：写入 ${String(body["written"])} 个文件${body["backup"] ? `，原文件备份在 ${String(body["backup"])}` : ""}。`,
    element("a", "在表单里审核这个镇", { href: `/admin/#/collections/units-${town}`, id: "open-draft" }),
  );
}

const fileInput = document.getElementById("file") as HTMLInputElement;
fileInput.addEventListener("change", () => {
  document.getElementById("file-name")!.textContent = fileInput.files?.[0]?.name ?? "还没有选择文件";
});

form.addEventListener("submit", (event) => {
  event.preventDefault();
  // A new reading starts without corrections: they belong to the document read before.
  corrections = [];
  previewSection.hidden = true;
  refresh().catch((error: unknown) => {
    status.textContent = error instanceof Error ? error.message : String(error);
  });
});
export {};
