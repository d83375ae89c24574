/**
 * The form editor's page (served by scripts/edit/server.ts, types stripped): starts Decap CMS
 * with the configuration generated from the schemas, adds the review-marker widget, and
 * shows after each save (and on opening an entry) what the content check says about that
 * file, and which units still carry import guesses.
 */

import { element } from "./dom.ts";
import { openStructurePanel } from "./structure-panel.ts";

/** Immutable.js values as Decap hands them to widgets and events (only what is used here). */
interface Immutable {
  get(key: string | number): unknown;
  toJS(): unknown;
  clear?(): Immutable;
}

interface WidgetProps {
  value: Immutable | undefined;
  field: Immutable;
  forID: string;
  classNameWrapper: string;
  onChange(value: unknown): void;
}

type ReactElement = unknown;
type CreateElement = (
  tag: string,
  props: Record<string, unknown> | null,
  ...children: unknown[]
) => ReactElement;

interface DecapGlobal {
  init(options: { config: unknown }): void;
  registerWidget(name: string, control: unknown, preview?: unknown): void;
  registerEventListener(listener: { name: string; handler(event: { entry: Immutable }): unknown }): void;
}

const cms = (window as unknown as { CMS: DecapGlobal }).CMS;
const h = (window as unknown as { h: CreateElement }).h;
const createClass = (window as unknown as { createClass(spec: Record<string, unknown>): unknown })
  .createClass;

interface Problem {
  file: string;
  entry: string;
  field: string;
  message: string;
  fix: string;
  report: string;
}

interface CheckResult {
  file: string;
  passed: boolean;
  problems: Problem[];
  elsewhere: number;
  otherFiles: string[];
}

interface FormField {
  name: string;
  label: string;
  fields?: FormField[];
}

interface EditorCollection {
  name: string;
  /** A folder collection's folder; a file collection (the site's settings) lists `files`. */
  folder?: string;
  label: string;
  fields?: FormField[];
  files?: Array<{ name: string; file: string; fields: FormField[] }>;
}

interface UnitToReview {
  town: string;
  unit: string;
  name: string;
  count: number;
  duties: number;
}

interface ReviewMarker {
  field: string;
  reason: string;
}

/** The markers a review field holds, whatever shape Decap hands over. */
function markersOf(value: Immutable | ReviewMarker[] | undefined): ReviewMarker[] {
  if (!value) return [];
  const plain = typeof (value as Immutable).toJS === "function" ? (value as Immutable).toJS() : value;
  return Array.isArray(plain) ? (plain as ReviewMarker[]) : [];
}

/** Chinese names of the guessed fields, from the widget's own config (generated from the schema). */
function fieldNames(field: Immutable): Record<string, string> {
  const fields = field.get("fields") as Immutable | undefined;
  const list = (fields?.toJS() ?? []) as Array<{
    name: string;
    options?: Array<{ label: string; value: string }>;
  }>;
  const options = list.find((item) => item.name === "field")?.options ?? [];
  return Object.fromEntries(options.map((option) => [option.value, option.label]));
}

/**
 * The review markers: what the importer guessed and why, and one button that clears them
 * once a person has checked. Nothing else about a marker is edited by hand.
 */
const ReviewControl = createClass({
  render(this: { props: WidgetProps }) {
    const markers = markersOf(this.props.value);
    const names = fieldNames(this.props.field);
    if (markers.length === 0)
      return h(
        "p",
        { className: `${this.props.classNameWrapper} review-none`, id: this.props.forID },
        "没有待审核的推断。",
      );
    // Each guess is confirmed on its own; the last one confirmed removes the list, so the
    // duty's folded row stops saying 待审核.
    const confirm = (index: number) => {
      const rest = markers.filter((_, at) => at !== index);
      this.props.onChange(rest.length > 0 ? rest : undefined);
    };
    return h(
      "div",
      { className: `${this.props.classNameWrapper} review-markers`, id: this.props.forID },
      h(
        "ul",
        null,
        ...markers.map((marker, index) =>
          h(
            "li",
            null,
            h("strong", null, names[marker.field] ?? "推断"),
            "：",
            marker.reason,
            " ",
            h(
              "button",
              { type: "button", className: "review-clear", onClick: () => confirm(index) },
              "已核对",
            ),
          ),
        ),
      ),
    );
  },
});

const ReviewPreview = createClass({
  render(this: { props: { value: Immutable | undefined } }) {
    return h("span", null, `待审核 ${markersOf(this.props.value).length} 项`);
  },
});

let collections: EditorCollection[] = [];

/** The collection and content file an entry route (#/collections/<c>/entries/<slug>) edits. */
function entryOfRoute(hash: string): { collection: EditorCollection; file: string } | undefined {
  const match = /^#\/collections\/([^/]+)\/entries\/(.+)$/.exec(hash);
  if (!match) return undefined;
  const collection = collections.find((candidate) => candidate.name === match[1]);
  if (!collection) return undefined;
  const named = collection.files?.find((file) => file.name === decodeURIComponent(match[2]!));
  return { collection, file: named?.file ?? `${collection.folder}/${decodeURIComponent(match[2]!)}.yaml` };
}

/**
 * Where a problem sits, in the form's words: the check names `duties[1] › text`, the form
 * shows 职责 第 2 项 › 职责原文. Parts that name no field (a unit's id) are left out.
 */
function placeInForm(fields: readonly FormField[], problem: Problem): string {
  const parts: string[] = [];
  let level: readonly FormField[] = fields;
  for (const segment of `${problem.entry}.${problem.field}`.split(/ › |\./)) {
    const match = /^(\w+)(?:\[(\d+)\])?$/.exec(segment);
    const field = match && level.find((candidate) => candidate.name === match[1]);
    if (!field) continue;
    parts.push(match[2] === undefined ? field.label : `${field.label} 第 ${Number(match[2]) + 1} 项`);
    level = field.fields ?? [];
  }
  return parts.join(" › ");
}

function closeButton(close: () => void): HTMLButtonElement {
  const button = element("button", "关闭", { type: "button", class: "panel-close" });
  button.addEventListener("click", close);
  return button;
}

const checkPanel = document.getElementById("check-panel")!;
const checkStatus = document.getElementById("check-status")!;

/**
 * Shows what the check says about one file: `saved` after a save, else on opening it. The
 * bar's status line says it in a few words; problems open a panel with the check's own
 * report, which stays until closed.
 */
let checkRequest = 0;
/** The file saved last: Decap opens a new entry's address after saving it, which is no new opening. */
let lastSaved: string | undefined;
/** A new entry was saved: Decap reports it with no path yet, then opens its address. */
let savedNew = false;
async function showCheck(path: string, saved: boolean): Promise<void> {
  if (saved) siteOutOfDate(path);
  // Only the latest request speaks: a slow answer about an earlier state never overwrites it.
  const request = (checkRequest += 1);
  const answer = await fetch(`/api/check/${encodeURIComponent(path)}`);
  if (!answer.ok || request !== checkRequest) return;
  const result = (await answer.json()) as CheckResult;
  if (request !== checkRequest) return;
  const lead = saved ? "已保存。" : "";
  checkPanel.hidden = true;
  if (result.problems.length === 0) {
    checkStatus.className = result.passed ? "check-passed" : "check-elsewhere";
    checkStatus.textContent = result.passed
      ? `${lead}内容检查通过`
      : `${lead}这个文件没有问题；其他文件还有 ${result.elsewhere} 个问题（${result.otherFiles.join("、")}），运行 npm run check 查看`;
    return;
  }
  checkStatus.className = "check-failed";
  checkStatus.textContent = `${lead}内容检查发现这个文件有 ${result.problems.length} 个问题`;
  const fields =
    collections.find((collection) => path.startsWith(`${collection.folder}/`))?.fields ??
    collections.flatMap((collection) => collection.files ?? []).find((file) => file.file === path)?.fields ??
    [];
  const list = element("ol", undefined, { class: "check-problems" });
  for (const problem of result.problems) {
    const item = element("li");
    const place = placeInForm(fields, problem);
    if (place) item.append(element("p", `表单中的位置：${place}`, { class: "check-place" }));
    item.append(element("pre", problem.report));
    list.append(item);
  }
  checkPanel.replaceChildren(
    closeButton(() => (checkPanel.hidden = true)),
    element(
      "p",
      `${lead}内容检查发现这个文件有 ${result.problems.length} 个问题（与 npm run check 的提示相同）。改正之前网站无法生成：`,
      { class: "check-title" },
    ),
    list,
  );
  checkPanel.className = "editor-panel check-failed";
  checkPanel.hidden = false;
}

const rebuildButton = document.getElementById("rebuild") as HTMLButtonElement;
const rebuildStatus = document.getElementById("rebuild-status")!;
/** The file saved last, whose page the rebuilt site is opened on. */
let changedFile = "";

/** The site's page that shows a content file: a unit's own page, else the home page. */
function pageOf(file: string): string {
  const unit = /^units\/([^/]+)\/([^/]+)\.yaml$/.exec(file);
  return unit ? `${unit[1]}/units/${unit[2]}/` : "";
}

/** After a save: the built site still shows the file as it was; offer to build it again. */
function siteOutOfDate(file: string): void {
  changedFile = file;
  rebuildStatus.textContent = "网站还没有这次的修改";
  rebuildButton.hidden = false;
}

interface RebuildState {
  state: "idle" | "running" | "done" | "failed";
  step: string;
  seconds: number;
  report?: string;
  site?: string;
}

/** Polls the build every second: its step and time while it runs, then a link or what failed. */
async function followRebuild(): Promise<void> {
  const state = (await (await fetch("/api/rebuild")).json()) as RebuildState;
  if (state.state === "running") {
    rebuildStatus.textContent = `正在重新生成网站：${state.step}（${state.seconds} 秒）`;
    setTimeout(() => void followRebuild(), 1000);
  } else if (state.state === "done") {
    const link = element("a", "打开改过的页面", {
      href: `${state.site}${pageOf(changedFile)}`,
      target: "_blank",
      rel: "noopener",
      id: "rebuilt-page",
    });
    rebuildStatus.replaceChildren(`网站已更新（${state.seconds} 秒），`, link);
  } else if (state.state === "failed") {
    rebuildStatus.textContent = `没有生成：${state.step}没有通过`;
    rebuildButton.hidden = false;
    checkPanel.replaceChildren(
      closeButton(() => (checkPanel.hidden = true)),
      element("p", `网站没有重新生成（${state.step}没有通过），网上看到的还是上一次生成的样子：`, {
        class: "check-title",
      }),
      element("pre", state.report ?? ""),
    );
    checkPanel.className = "editor-panel check-failed";
    checkPanel.hidden = false;
  }
}

rebuildButton.addEventListener("click", async () => {
  rebuildButton.hidden = true;
  rebuildStatus.textContent = "正在重新生成网站…";
  const answer = await fetch("/api/rebuild", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: "{}",
  });
  // 409: a build is under way already (another window started it): follow that one.
  if (answer.ok || answer.status === 409) void followRebuild();
  else {
    rebuildStatus.textContent = "无法开始生成网站";
    rebuildButton.hidden = false;
  }
});

const reviewPanel = document.getElementById("review-panel")!;
const reviewToggle = document.getElementById("review-toggle")!;
const reviewCount = document.getElementById("review-count")!;

/** The units that still carry import guesses, town by town, each a link to its form. */
async function refreshReview(): Promise<UnitToReview[]> {
  const answer = await fetch("/api/review");
  if (!answer.ok) return [];
  const { units, towns } = (await answer.json()) as {
    units: UnitToReview[];
    towns: Array<{ id: string; name: string }>;
  };
  const total = units.reduce((sum, unit) => sum + unit.count, 0);
  reviewCount.textContent = `${total} 项`;
  reviewPanel.replaceChildren(
    closeButton(() => showReviewPanel(false)),
    element("h2", "导入后待审核的单位"),
    element(
      "p",
      total === 0
        ? "没有待审核的推断：所有导入的猜测都已核对。"
        : "导入命令推断的责任主体、类别、责任类型和行业领域需要人工核对。打开单位，核对后在“待审核”处点“已核对”，再保存。",
    ),
  );
  for (const town of towns) {
    const mine = units.filter((unit) => unit.town === town.id);
    if (mine.length === 0) continue;
    const list = element("ul");
    for (const unit of mine) {
      const item = element("li");
      const link = element("a", unit.name, { href: `#/collections/units-${town.id}/entries/${unit.unit}` });
      item.append(link, ` — ${unit.count} 项（${unit.duties} 条职责）`);
      list.append(item);
    }
    reviewPanel.append(element("h3", town.name), list);
  }
  return units;
}

/** The town with the most guesses still to review (a town just imported), if any. */
function busiestTown(units: readonly UnitToReview[]): string | undefined {
  const byTown = new Map<string, number>();
  for (const unit of units) byTown.set(unit.town, (byTown.get(unit.town) ?? 0) + unit.count);
  return [...byTown].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function showReviewPanel(shown: boolean): void {
  reviewPanel.hidden = !shown;
  reviewToggle.setAttribute("aria-expanded", String(shown));
}

reviewToggle.addEventListener("click", () =>
  showReviewPanel(reviewToggle.getAttribute("aria-expanded") !== "true"),
);
// A unit chosen from the list opens in the form; the list folds away so it covers nothing.
reviewPanel.addEventListener("click", (event) => {
  if ((event.target as HTMLElement).closest("a")) showReviewPanel(false);
});
document.addEventListener("keydown", (event) => {
  if (event.key === "Escape") showReviewPanel(false);
});

const structureToggle = document.getElementById("structure-toggle") as HTMLButtonElement;
const structurePanel = document.getElementById("structure-panel")!;
structureToggle.addEventListener("click", () => {
  const entry = entryOfRoute(location.hash);
  if (entry) void openStructurePanel(structurePanel, entry.collection.name, entry.file);
});

/** On opening an entry (also when the page opens on one), what the check says about its file. */
function checkOpenedEntry(): void {
  const entry = entryOfRoute(location.hash);
  // A town's unit can be restructured (moved, split, merged, renamed) beyond what the form does.
  structureToggle.hidden = !entry?.collection.name.startsWith("units-");
  structurePanel.hidden = true;
  // The address Decap opens on a new entry it has just saved: the save's result stands. (Decap's
  // path and the route's may differ in their folders: the file's own name decides.)
  const name = (path: string) => path.split("/").at(-1);
  if (entry && lastSaved && name(entry.file) === name(lastSaved)) return;
  if (entry && savedNew) {
    savedNew = false;
    lastSaved = entry.file;
    void showCheck(entry.file, true);
    return;
  }
  // Another entry opened is a new opening; a route that is no entry (a list on the way) is not.
  if (entry) lastSaved = undefined;
  checkPanel.hidden = true;
  checkStatus.textContent = "";
  if (entry) void showCheck(entry.file, false);
}

window.addEventListener("hashchange", checkOpenedEntry);

/**
 * Every request to the editor's API carries the session token the server wrote into this
 * page, and this tab's id (the server compares a save with the version this tab read).
 * Decap's proxy backend calls fetch itself, so fetch is wrapped before Decap starts.
 */
const token = document.querySelector<HTMLMetaElement>('meta[name="editor-token"]')?.content ?? "";
const tab = crypto.randomUUID();
const pageFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init: RequestInit = {}) => {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  if (url.origin !== location.origin || !url.pathname.startsWith("/api/")) return pageFetch(input, init);
  const headers = new Headers(init.headers ?? (input instanceof Request ? input.headers : undefined));
  // The header names are guard.ts's TOKEN_HEADER and TAB_HEADER (this file runs in the browser).
  headers.set("x-editor-token", token);
  headers.set("x-editor-tab", tab);
  const answer = pageFetch(input, { ...init, headers });
  // A save the server refused (changed on disk since it was opened, empty, too large) is said
  // in the bar too, in the server's words, and stays until the next save or opening.
  if (url.pathname === "/api/v1")
    void answer.then(async (response) => {
      if (!response.ok)
        showRefusal(
          response.status,
          await response
            .clone()
            .json()
            .catch(() => ({})),
        );
    });
  return answer;
};

/**
 * What the server refused, in its words: a few words in the bar, the whole message in the
 * panel, and for a file changed since it was opened, a button that reloads the page (after
 * the clerk has noted the edit, which the reload discards).
 */
function showRefusal(status: number, { error }: { error?: string }): void {
  const [chinese = `没有保存（${status}）`, english] = (error ?? "").split(" / ");
  checkStatus.className = "check-failed";
  checkStatus.textContent = status === 409 ? "没有保存：文件已被别处改过" : "没有保存";
  const parts: HTMLElement[] = [
    closeButton(() => (checkPanel.hidden = true)),
    element("p", chinese, { class: "check-title" }),
  ];
  if (english) parts.push(element("p", english, { class: "check-english" }));
  if (status === 409) {
    const reload = element("button", "记下改动后，刷新页面", { type: "button", class: "reload" });
    reload.addEventListener("click", () => location.reload());
    parts.push(reload);
  }
  checkPanel.replaceChildren(...parts);
  checkPanel.className = "editor-panel check-failed";
  checkPanel.hidden = false;
}

async function start(): Promise<void> {
  const config = (await (await fetch("/admin/config.json")).json()) as { collections: EditorCollection[] };
  collections = config.collections;
  cms.registerWidget("review-markers", ReviewControl, ReviewPreview);
  cms.registerEventListener({
    name: "postSave",
    handler: ({ entry }) => {
      const path = String(entry.get("path") ?? "");
      if (path) {
        lastSaved = path;
        void showCheck(path, true);
      } else savedNew = true;
      void refreshReview();
    },
  });
  // Decap's proxy backend asks to "log in" with one button and checks nothing: the editor
  // serves only this machine, to whoever ran npm run edit. Signed in as Decap stores it.
  if (!localStorage.getItem("decap-cms-user"))
    localStorage.setItem("decap-cms-user", JSON.stringify({ backendName: "proxy" }));
  const opened = location.hash;
  cms.init({ config });
  checkOpenedEntry();
  // Opened at its plain address, the editor goes on to the town that has most to review.
  // Decap first sends its start page to the first collection; the town is opened after that.
  const busiest = busiestTown(await refreshReview());
  if (busiest && (opened === "" || opened === "#/")) {
    // Only Decap's own redirect (to its first collection) is followed on; once the page is
    // anywhere else (a link, an address typed), it stays there.
    const firstCollection = `#/collections/${collections[0]?.name ?? ""}`;
    const started = Date.now();
    const openBusiest = () => {
      if (location.hash === firstCollection) location.hash = `#/collections/units-${busiest}`;
      else if ((location.hash === "" || location.hash === "#/") && Date.now() - started < 15_000)
        setTimeout(openBusiest, 50);
    };
    openBusiest();
  }
}

void start();
