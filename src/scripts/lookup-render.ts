import { suggestSectors } from "../lib/lookup/excerpt.ts";
import { FALLBACK_TITLE, NO_ONE_NAMED } from "../lib/lookup/status.ts";
import type { PreparedLookup } from "../lib/lookup/prepare.ts";
import { type LookupAnswer, type LookupResult, type TownAnswers } from "../lib/lookup/match.ts";
import { standingLabel } from "../domain/index.ts";
import { CONTACT_OWNER_MARK, CONTACT_OWNER_NOTE } from "../lib/contacts/index.ts";
import { ALL_TOWNS, lookupQueryPath, sectorPath, townSectorPath } from "../lib/site/paths.ts";
import { answerItem, fallbackBlock, fallbackLater } from "./lookup-cards.ts";

/**
 * The lookup's answers as elements: a town's group with its read-out summary, an answer's
 * card, the documents' fallback rules, the note on other towns and the words understood.
 * Built with the DOM (no templates, no innerHTML), so the CSP needs no exception.
 */

/** Answers shown before "显示全部". */
export const FIRST_PAGE = 20;

/** The page's elements, found once. */
export function pageElements() {
  return {
    form: element<HTMLFormElement>("lookup-form"),
    input: element<HTMLInputElement>("lookup-q"),
    townSelect: element<HTMLSelectElement>("lookup-town"),
    status: element<HTMLParagraphElement>("lookup-status"),
    wordsLine: element<HTMLParagraphElement>("lookup-words"),
    list: element<HTMLDivElement>("lookup-answers"),
    more: element<HTMLParagraphElement>("lookup-more"),
    moreTowns: element<HTMLParagraphElement>("lookup-more-towns"),
    moreTownsText: element<HTMLSpanElement>("lookup-more-towns-text"),
    moreTownsButton: element<HTMLButtonElement>("lookup-more-towns-button"),
    moreButton: element<HTMLButtonElement>("lookup-more-button"),
    fallback: element<HTMLElement>("lookup-fallback"),
    fallbackTitle: element<HTMLElement>("lookup-fallback-title"),
    fallbackTowns: element<HTMLDivElement>("lookup-fallback-towns"),
    empty: element<HTMLElement>("lookup-empty"),
    suggestions: element<HTMLUListElement>("lookup-suggestions"),
    fulltext: element<HTMLParagraphElement>("lookup-fulltext"),
    fulltextLink: element<HTMLAnchorElement>("lookup-fulltext-link"),
    otherTowns: element<HTMLParagraphElement>("lookup-other-towns"),
  };
}

/** The lookup page's elements by what they show. */
export type PageElements = ReturnType<typeof pageElements>;

/** The answers by town, the first page of them unless all were asked for, and the "显示全部" button. */
export function renderAnswers(
  el: PageElements,
  result: LookupResult | undefined,
  showAll: boolean,
  scope: string,
): void {
  const answers = result?.answers ?? [];
  let budget = showAll ? Infinity : FIRST_PAGE;
  const groups: HTMLElement[] = [];
  for (const town of result?.towns ?? []) {
    if (budget <= 0) break;
    const shown = town.answers.slice(0, budget);
    budget -= shown.length;
    groups.push(townGroup(town, shown, scope === ALL_TOWNS));
  }
  el.list.replaceChildren(...groups);
  el.list.dataset["query"] = el.input.value.trim();
  const shownCount = Math.min(answers.length, showAll ? Infinity : FIRST_PAGE);
  el.more.hidden = shownCount === answers.length;
  el.moreButton.textContent = `显示全部 ${answers.length} 个单位`;
}

/**
 * The documents' own rules for what they assign to no one: before the answers when the answers
 * are only 可能相关, after them otherwise; the reader's town in full, the others a line each.
 */
export function renderFallback(el: PageElements, result: LookupResult | undefined, query: string): void {
  const answers = result?.answers ?? [];
  const said = answers.some((answer) => answer.strength === "firm");
  el.fallback.hidden = !result || result.fallbacks.length === 0;
  if (answers.length > 0 && !said) el.list.before(el.fallback);
  else el.more.after(el.fallback);
  if (result && !el.fallback.hidden) {
    el.fallbackTitle.textContent = `${FALLBACK_TITLE}“${query}”`;
    el.fallbackTowns.replaceChildren(
      ...result.fallbacks.map((town, index) => (index === 0 ? fallbackBlock(town) : fallbackLater(town))),
    );
  }
}

/**
 * When nothing answers: the sectors the question may mean, each linked in the town asked about;
 * across towns, to the sector's page, or where the page has none (the province's), to its lookup.
 */
export function renderSuggestions(
  el: PageElements,
  searched: PreparedLookup,
  question: string,
  town: string,
  result: LookupResult | undefined,
): void {
  const query = el.input.value.trim();
  el.empty.hidden = !query || (result?.answers.length ?? 0) > 0;
  if (el.empty.hidden) return;
  el.suggestions.replaceChildren(
    ...suggestSectors(searched, question).map((sector) => {
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.href = town
        ? townSectorPath(town, sector.id)
        : el.suggestions.dataset["sectorsAcross"] !== undefined
          ? sectorPath(sector.id)
          : lookupQueryPath(sector.name, ALL_TOWNS);
      link.textContent = sector.name;
      item.append(link);
      return item;
    }),
  );
}

export function element<T extends HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}

/**
 * Where the reader's town says nothing firm about the question: the other towns whose
 * documents do (the town's own documents are silent, other towns' documents say …), or, with one town chosen, the
 * way to ask all of them.
 */
export function showOtherTowns(
  note: HTMLParagraphElement,
  result: LookupResult | undefined,
  query: string,
  scope: string,
  preferred: string | undefined,
  preferredName: string | undefined,
): void {
  const firm = (town: TownAnswers) => town.answers.some((answer) => answer.strength === "firm");
  const own = result?.towns.find((town) => town.townId === preferred);
  const others = (result?.towns ?? []).filter((town) => town.townId !== preferred && firm(town));
  note.hidden = !result || !query || (own !== undefined && firm(own)) || result.townInQuery !== undefined;
  if (note.hidden) return;
  const ownName = own?.townName ?? preferredName ?? "本镇";
  if (scope !== ALL_TOWNS) {
    const link = document.createElement("a");
    link.href = lookupQueryPath(query, ALL_TOWNS);
    link.textContent = `在全部辖区中查“${query}”`;
    note.replaceChildren(`${ownName}的${NO_ONE_NAMED}“${query}”。其他辖区的文件可能写到：`, link, "。");
    return;
  }
  // No town of the reader's (no home town, none chosen before): no town of theirs to be silent.
  note.hidden = others.length === 0 || preferred === undefined;
  note.textContent = `${ownName}的${FALLBACK_TITLE}“${query}”；其他辖区的文件写到：${others
    .map((town) => town.townName)
    .join("、")}（见下）。`;
}

/** One town's answers: its name (范本/汇编 marked), the summary line with a copy button, the cards. */
export function townGroup(
  town: TownAnswers,
  answers: readonly LookupAnswer[],
  withHeading: boolean,
): HTMLElement {
  const section = document.createElement("section");
  section.className = "town-answers";
  section.dataset["jurisdiction"] = town.townId;
  if (withHeading) {
    const heading = document.createElement("h2");
    heading.className = "town-answers-heading";
    heading.textContent = town.townName;
    const note = standingLabel(town.townName, town.standing);
    if (note) {
      const label = document.createElement("span");
      label.className = "standing";
      label.textContent = note;
      heading.append(" ", label);
    }
    section.append(heading);
  }
  const summary = document.createElement("p");
  summary.className = "answer-summary";
  const line = document.createElement("span");
  line.className = "answer-summary-text";
  line.textContent = town.summary;
  const copy = document.createElement("button");
  copy.type = "button";
  copy.className = "button copy-summary";
  copy.textContent = "复制这句话";
  copy.addEventListener("click", () => {
    void navigator.clipboard?.writeText(town.summary).then(
      () => (copy.textContent = "已复制"),
      () => (copy.textContent = "复制失败，请手动选中"),
    );
  });
  summary.append(line, " ", copy);
  // A number read out is the office's own data, not the document's: said under the line.
  if (answers.some((answer) => answer.unitPhone && town.summary.includes(answer.unitPhone))) {
    const owner = document.createElement("span");
    owner.className = "answer-summary-owner";
    owner.textContent = `${CONTACT_OWNER_MARK}：${CONTACT_OWNER_NOTE}`;
    summary.append(document.createElement("br"), owner);
  }
  const list = document.createElement("ol");
  list.className = "lookup-answers";
  list.append(...answers.map(answerItem));
  section.append(summary, list);
  return section;
}

/** "识别为：液化气 → 燃气；未识别：涉爆" */
export function wordsReport(result: LookupResult): Node[] {
  const understood = result.words.filter((word) => word.matched);
  // Particles and stray characters (吗, 的) were left out on purpose: not reported as missed.
  const missing = result.words.filter((word) => !word.matched && !word.ignored && word.word.length > 1);
  const parts: string[] = [];
  if (
    understood.length > 0 &&
    (result.words.length > 1 || understood.some((word) => word.notes.length > 0))
  ) {
    parts.push(
      `识别为：${understood.map((word) => (word.notes.length ? word.notes.join("，") : word.word)).join("；")}`,
    );
  }
  if (missing.length > 0) parts.push(`未识别：${missing.map((word) => word.word).join("、")}`);
  return parts.length ? [document.createTextNode(parts.join("。 "))] : [];
}
