import type { LookupIndex } from "../lib/lookup/build-index.ts";
import { excerptWindow, highlightParts, suggestSectors } from "../lib/lookup/excerpt.ts";
import { lookup, type LookupAnswer, type LookupResult } from "../lib/lookup/match.ts";
import { prepareLookup, type PreparedLookup } from "../lib/lookup/prepare.ts";
import { ROLE_LABELS } from "../domain/index.ts";
import { openedFromDisk } from "./needs-server.ts";
import { lookupIndexPath, sectorPath, searchQueryPath, townSectorPath } from "../lib/site/paths.ts";

/**
 * The /lookup/ page: loads the index of the chosen scope once, then answers on every
 * keystroke, synchronously, so the list is current as soon as the input event returns.
 */

/** Answers shown before "显示全部". */
const FIRST_PAGE = 20;

const indexes = new Map<string, Promise<PreparedLookup>>();

function loadIndex(scope: string): Promise<PreparedLookup> {
  if (!indexes.has(scope)) {
    indexes.set(
      scope,
      fetch(lookupIndexPath(scope)).then(async (response) => {
        if (!response.ok) throw new Error(`${lookupIndexPath(scope)}: HTTP ${response.status}`);
        return prepareLookup((await response.json()) as LookupIndex);
      }),
    );
  }
  return indexes.get(scope)!;
}

function element<T extends HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}

export function startLookupPage(): void {
  if (openedFromDisk()) return;
  const form = element<HTMLFormElement>("lookup-form");
  const input = element<HTMLInputElement>("lookup-q");
  const townSelect = element<HTMLSelectElement>("lookup-town");
  const status = element<HTMLParagraphElement>("lookup-status");
  const wordsLine = element<HTMLParagraphElement>("lookup-words");
  const list = element<HTMLOListElement>("lookup-answers");
  const more = element<HTMLParagraphElement>("lookup-more");
  const moreButton = element<HTMLButtonElement>("lookup-more-button");
  const empty = element<HTMLElement>("lookup-empty");
  const suggestions = element<HTMLUListElement>("lookup-suggestions");
  const fulltext = element<HTMLParagraphElement>("lookup-fulltext");
  const fulltextLink = element<HTMLAnchorElement>("lookup-fulltext-link");

  const params = new URLSearchParams(location.search);
  input.value = params.get("q") ?? "";
  const town = params.get("town") ?? "";
  if ([...townSelect.options].some((option) => option.value === town)) townSelect.value = town;

  let prepared: PreparedLookup | undefined;
  let showAll = false;

  function render(): void {
    if (!prepared) return;
    const query = input.value.trim();
    const scope = townSelect.value;
    const url = new URL(location.href);
    url.search = "";
    if (query) url.searchParams.set("q", query);
    if (scope) url.searchParams.set("town", scope);
    history.replaceState(null, "", url);

    const result: LookupResult = query ? lookup(prepared, query) : { words: [], answers: [] };
    const shown = showAll ? result.answers : result.answers.slice(0, FIRST_PAGE);
    list.replaceChildren(...shown.map(answerItem));
    list.dataset["query"] = query;
    more.hidden = shown.length === result.answers.length;
    moreButton.textContent = `显示全部 ${result.answers.length} 个单位`;

    wordsLine.replaceChildren(...wordsReport(result));
    if (!query) status.textContent = "输入要查的行业、场所或风险。";
    else if (result.answers.length === 0) status.textContent = `没有找到与“${query}”相关的单位。`;
    else status.textContent = `“${query}”：${result.answers.length} 个单位，按责任从重到轻排列。`;

    empty.hidden = result.answers.length > 0;
    if (!empty.hidden) {
      suggestions.replaceChildren(
        ...suggestSectors(prepared, query).map((sector) => {
          const item = document.createElement("li");
          const link = document.createElement("a");
          link.href = scope ? townSectorPath(scope, sector.id) : sectorPath(sector.id);
          link.textContent = sector.name;
          item.append(link);
          return item;
        }),
      );
    }
    fulltext.hidden = !query;
    fulltextLink.href = searchQueryPath(query);
    fulltextLink.textContent = `在全文中搜索“${query}”`;
  }

  async function load(): Promise<void> {
    const scope = townSelect.value || "all";
    status.textContent = "正在载入索引……";
    try {
      prepared = await loadIndex(scope);
    } catch (error) {
      status.textContent = `索引载入失败（${error instanceof Error ? error.message : String(error)}），请刷新页面，或使用全文搜索。`;
      return;
    }
    if ((townSelect.value || "all") !== scope) return; // the reader switched again meanwhile
    render();
    document.documentElement.dataset["lookupReady"] = scope;
  }

  input.addEventListener("input", () => {
    showAll = false;
    render();
  });
  townSelect.addEventListener("change", () => {
    showAll = false;
    void load();
  });
  moreButton.addEventListener("click", () => {
    showAll = true;
    render();
  });
  // Enter keeps the page: the answers are already on it.
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    render();
  });
  void load();
}

function answerItem(answer: LookupAnswer): HTMLLIElement {
  const item = document.createElement("li");
  item.className = `answer role-border-${answer.role}`;
  item.dataset["unitName"] = answer.unitName;
  item.dataset["role"] = answer.role;
  item.dataset["jurisdiction"] = answer.townId;

  const head = document.createElement("div");
  head.className = "answer-head";
  const badge = document.createElement("span");
  badge.className = `role role-${answer.role}`;
  badge.dataset["role"] = answer.role;
  badge.textContent = ROLE_LABELS[answer.role];
  const unit = document.createElement("a");
  unit.className = "answer-unit";
  unit.href = answer.unitPath;
  unit.textContent = answer.unitName;
  const town = document.createElement("span");
  town.className = "answer-town";
  town.textContent = answer.townName;
  head.append(badge, " ", unit, " ", town);

  const text = document.createElement("p");
  text.className = "duty-text";
  const [start, end] = excerptWindow(answer.duty.text, answer.duty.highlights);
  const fill = (from: number, to: number) => {
    const shown = answer.duty.highlights
      .filter(([a, b]) => b > from && a < to)
      .map(([a, b]): [number, number] => [Math.max(a, from) - from, Math.min(b, to) - from]);
    const nodes: Node[] = [];
    for (const part of highlightParts(answer.duty.text.slice(from, to), shown)) {
      if (part.mark) {
        const mark = document.createElement("mark");
        mark.textContent = part.text;
        nodes.push(mark);
      } else nodes.push(document.createTextNode(part.text));
    }
    return nodes;
  };
  text.append(
    ...(start > 0 ? ["……"] : []),
    ...fill(start, end),
    ...(end < answer.duty.text.length ? ["……"] : []),
  );
  if (start > 0 || end < answer.duty.text.length) {
    // An excerpt of a long paragraph; the whole verbatim text is one click away.
    const whole = document.createElement("button");
    whole.type = "button";
    whole.className = "link-button";
    whole.textContent = "展开全文";
    whole.addEventListener("click", () => {
      text.replaceChildren(...fill(0, answer.duty.text.length));
    });
    text.append(" ", whole);
  }

  const meta = document.createElement("div");
  meta.className = "answer-meta";
  const clause = document.createElement("a");
  clause.className = "clause-ref";
  clause.href = answer.duty.clauseHref;
  clause.textContent = answer.duty.citation;
  const home = document.createElement("a");
  home.href = answer.duty.href;
  home.textContent = "在单位页查看";
  const matched = document.createElement("span");
  matched.className = "answer-matched";
  matched.textContent = `匹配：${answer.matchedWords.join("、")}`;
  meta.append(clause, " · ", home, " · ", matched);
  if (answer.matchingDuties > 1) {
    const others = document.createElement("a");
    others.href = answer.unitPath;
    others.textContent = `另有 ${answer.matchingDuties - 1} 条相关职责`;
    meta.append(" · ", others);
  }
  item.append(head, text, meta);
  return item;
}

/** "识别为：液化气 → 燃气；未找到：家里" */
function wordsReport(result: LookupResult): Node[] {
  const understood = result.words.filter((word) => word.matched);
  const missing = result.words.filter((word) => !word.matched);
  const parts: string[] = [];
  if (
    understood.length > 0 &&
    (result.words.length > 1 || understood.some((word) => word.notes.length > 0))
  ) {
    parts.push(
      `识别为：${understood.map((word) => (word.notes.length ? word.notes.join("，") : word.word)).join("；")}`,
    );
  }
  if (missing.length > 0) parts.push(`未找到：${missing.map((word) => word.word).join("、")}`);
  return parts.length ? [document.createTextNode(parts.join("。 "))] : [];
}
