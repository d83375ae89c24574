import type { LookupIndex } from "../lib/lookup/build-index.ts";
import { excerptWindow, highlightParts, suggestSectors } from "../lib/lookup/excerpt.ts";
import {
  lookup,
  type FallbackAnswer,
  type FallbackDuty,
  type LookupAnswer,
  type LookupResult,
  type TownAnswers,
  townNamedIn,
} from "../lib/lookup/match.ts";
import { mergeLookupIndexes, townsForFirstAnswer } from "../lib/lookup/merge.ts";
import { prepareLookup, type PreparedLookup } from "../lib/lookup/prepare.ts";
import { ROLE_LABELS, standingLabel, townsInAnswerOrder, type TownStanding } from "../domain/index.ts";
import { CONTACT_OWNER_MARK, CONTACT_OWNER_NOTE } from "../lib/contacts/index.ts";
import { openedFromDisk } from "./needs-server.ts";
import { rememberedTown, rememberTown } from "./remembered-town.ts";
import { soundAlike, type CharSounds } from "../lib/lookup/sounds.ts";
import {
  ALL_TOWNS,
  lookupIndexPath,
  lookupQueryPath,
  lookupSoundsPath,
  sectorPath,
  searchQueryPath,
  townSectorPath,
} from "../lib/site/paths.ts";

/**
 * The /lookup/ page: loads the index of the chosen scope once, then answers on every
 * keystroke, synchronously, so the list is current as soon as the input event returns.
 */

/** Answers shown before "显示全部". */
const FIRST_PAGE = 20;

/**
 * Bytes of town indexes fetched for "全部辖区" before the first answer (uncompressed; about
 * a third of that is sent gzipped). A town's index is tens of KB, so a county of 150 towns
 * answers after a fraction of its indexes; the reader asks for the rest with one button.
 */
const FIRST_ANSWER_BYTES = 480_000;

/** How long typing must pause before the address is updated to the query. */
const ADDRESS_DELAY_MS = 400;

const townIndexes = new Map<string, Promise<LookupIndex>>();

/** One town's index, fetched once per page. */
function fetchTown(town: string): Promise<LookupIndex> {
  if (!townIndexes.has(town)) {
    townIndexes.set(
      town,
      fetch(lookupIndexPath(town)).then(async (response) => {
        if (!response.ok) throw new Error(`${lookupIndexPath(town)}: HTTP ${response.status}`);
        return (await response.json()) as LookupIndex;
      }),
    );
  }
  return townIndexes.get(town)!;
}

/** The towns' indexes as one, ready to match. */
async function loadTowns(towns: readonly string[]): Promise<PreparedLookup> {
  const loaded = await Promise.all(towns.map(fetchTown));
  return prepareLookup(loaded.length === 1 ? loaded[0]! : mergeLookupIndexes(loaded));
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
  const list = element<HTMLDivElement>("lookup-answers");
  const more = element<HTMLParagraphElement>("lookup-more");
  const moreTowns = element<HTMLParagraphElement>("lookup-more-towns");
  const moreTownsText = element<HTMLSpanElement>("lookup-more-towns-text");
  const moreTownsButton = element<HTMLButtonElement>("lookup-more-towns-button");
  const moreButton = element<HTMLButtonElement>("lookup-more-button");
  const fallback = element<HTMLElement>("lookup-fallback");
  const fallbackTitle = element<HTMLElement>("lookup-fallback-title");
  const fallbackTowns = element<HTMLDivElement>("lookup-fallback-towns");
  const empty = element<HTMLElement>("lookup-empty");
  const suggestions = element<HTMLUListElement>("lookup-suggestions");
  const fulltext = element<HTMLParagraphElement>("lookup-fulltext");
  const fulltextLink = element<HTMLAnchorElement>("lookup-fulltext-link");
  const otherTowns = element<HTMLParagraphElement>("lookup-other-towns");

  const params = new URLSearchParams(location.search);
  input.value = params.get("q") ?? "";
  // The town: the address, else the reader's last choice, else the deployment's home town.
  const known = (town: string | null): town is string =>
    town !== null && [...townSelect.options].some((option) => option.value === town);
  const home = [...townSelect.options].find((option) => option.dataset["home"] !== undefined)?.value ?? null;
  const town = [params.get("town"), rememberedTown(), home].find(known);
  if (town) townSelect.value = town;

  let prepared: PreparedLookup | undefined;
  let showAll = false;
  /** For "全部辖区": every town in the order its answers come, and how many are loaded. */
  const allTowns = (preferred: string | null) =>
    townsInAnswerOrder(
      [...townSelect.options]
        .filter((option) => option.value !== ALL_TOWNS)
        .map((option) => ({
          id: option.value,
          standing: option.dataset["standing"] as TownStanding,
          home: option.dataset["home"] !== undefined,
          bytes: Number(option.dataset["indexBytes"]),
        })),
      preferred ?? undefined,
    );
  let loadedTowns = 0;

  /**
   * The address follows the query once typing pauses (and at once on Enter or when the page
   * is left), so a reload or a shared link shows the same answers. history.replaceState
   * costs Chromium milliseconds a call: done on every keystroke it was a third of the time
   * from key to answer.
   */
  let addressTimer: ReturnType<typeof setTimeout> | undefined;
  let pendingAddress: URL | undefined;
  function writeAddress(): void {
    clearTimeout(addressTimer);
    if (pendingAddress && pendingAddress.href !== location.href)
      history.replaceState(null, "", pendingAddress);
    pendingAddress = undefined;
  }
  function keepInAddress(query: string, scope: string): void {
    const url = new URL(location.href);
    url.search = "";
    if (query) url.searchParams.set("q", query);
    url.searchParams.set("town", scope);
    pendingAddress = url;
    clearTimeout(addressTimer);
    addressTimer = setTimeout(writeAddress, ADDRESS_DELAY_MS);
  }
  addEventListener("pagehide", writeAddress);

  /** Characters' readings, fetched the first time a question has a word not understood. */
  let sounds: CharSounds | undefined;
  let soundsRequested = false;
  function loadSounds(): void {
    if (soundsRequested) return;
    soundsRequested = true;
    fetch(lookupSoundsPath())
      .then(async (response) => {
        sounds = response.ok ? ((await response.json()) as CharSounds) : {};
        render();
      })
      .catch(() => (sounds = {}));
  }

  /** Towns a question names other than the chosen one (铜川 液化气 from 张山子镇's page), loaded on demand. */
  const namedTowns = new Map<string, PreparedLookup>();
  const townOptions = [...townSelect.options]
    .filter((option) => option.value !== ALL_TOWNS)
    .map((option) => [option.value, option.textContent?.trim() ?? ""] as const);
  function loadNamedTown(town: string): void {
    status.textContent = "正在载入问题中那个镇的索引……";
    loadTowns([town])
      .then((loaded) => {
        namedTowns.set(town, loaded);
        render();
      })
      .catch((error: unknown) => {
        status.textContent = `索引载入失败（${error instanceof Error ? error.message : String(error)}），请刷新页面，或使用全文搜索。`;
      });
  }

  function render(): void {
    if (!prepared) return;
    const query = input.value.trim();
    const scope = townSelect.value;
    keepInAddress(query, scope);

    // A question that names another town is answered for that town, whichever is chosen.
    const named = scope !== ALL_TOWNS && query ? townNamedIn(query, townOptions) : undefined;
    const other = named && named.id !== scope ? named : undefined;
    if (other && !namedTowns.has(other.id)) return loadNamedTown(other.id);
    const searched = other ? namedTowns.get(other.id)! : prepared;
    const preferred = other?.id ?? (scope === ALL_TOWNS ? (rememberedTown() ?? home ?? undefined) : scope);
    const asked = other ? other.rest : query;
    let result: LookupResult | undefined = query ? lookup(searched, asked, { town: preferred }) : undefined;
    // A word not understood may be a typo by sound (液花气): asked again as the word it sounds like.
    const heard: Array<{ written: string; meant: string }> = [];
    const missing =
      result?.words.filter((word) => !word.matched && !word.ignored).map((word) => word.word) ?? [];
    if (missing.length > 0 && !sounds) loadSounds();
    if (missing.length > 0 && sounds) {
      let corrected = asked;
      for (const word of missing) {
        const alike = soundAlike(word, searched.dictionaryWords, sounds);
        if (alike) {
          heard.push(alike);
          corrected = corrected.split(alike.written).join(alike.meant);
        }
      }
      if (heard.length > 0) result = lookup(searched, corrected, { town: preferred });
    }
    const answers = result?.answers ?? [];
    let budget = showAll ? Infinity : FIRST_PAGE;
    const groups: HTMLElement[] = [];
    for (const town of result?.towns ?? []) {
      if (budget <= 0) break;
      const shown = town.answers.slice(0, budget);
      budget -= shown.length;
      groups.push(townGroup(town, shown, scope === ALL_TOWNS));
    }
    list.replaceChildren(...groups);
    list.dataset["query"] = query;
    const shownCount = Math.min(answers.length, showAll ? Infinity : FIRST_PAGE);
    more.hidden = shownCount === answers.length;
    moreButton.textContent = `显示全部 ${answers.length} 个单位`;

    wordsLine.replaceChildren(
      ...(heard.length > 0
        ? [
            document.createTextNode(
              `按读音理解为：${heard.map((h) => `${h.written} → ${h.meant}`).join("，")}。 `,
            ),
          ]
        : []),
      ...(result ? wordsReport(result) : []),
    );
    const townNote = other
      ? `（按问题中的镇名，查的是${other.name}）`
      : result?.townInQuery
        ? `（只看${result.townInQuery}）`
        : "";
    const said = answers.some((answer) => answer.strength === "firm");
    if (!query) status.textContent = "输入要查的行业、场所或风险。";
    else if (answers.length === 0)
      status.textContent = `文件中没有找到与“${query}”直接相关的职责${townNote}。`;
    else if (!said)
      status.textContent = `文件没有写明谁负责“${query}”${townNote}：先看文件的兜底规定，下面再列 ${answers.length} 个可能相关的单位（只对上了问题中的部分词语）。`;
    else
      status.textContent = `“${query}”${townNote}：${answers.length} 个单位，${
        answers.some((answer) => answer.askedAt !== undefined) ? "问题中点名的单位在前，然后" : ""
      }${answers.some((answer) => answer.strength === "weak") ? "只对上部分词语的（可能相关）在后，其余" : ""}先按匹配的词数、再按责任从重到轻排列${(result?.towns.length ?? 0) > 1 ? "，按辖区分组" : ""}。`;

    fallback.hidden = !result || result.fallbacks.length === 0;
    // With only 可能相关 answers, the documents' own rules come first.
    if (answers.length > 0 && !said) list.before(fallback);
    else more.after(fallback);
    if (result && !fallback.hidden) {
      fallbackTitle.textContent = `文件没有写到“${query}”`;
      // The reader's town in full; the others one line each, opened on demand.
      fallbackTowns.replaceChildren(
        ...result.fallbacks.map((town, index) => (index === 0 ? fallbackBlock(town) : fallbackLater(town))),
      );
    }
    empty.hidden = !query || answers.length > 0;
    if (!empty.hidden) {
      const town = other?.id ?? (scope === ALL_TOWNS ? "" : scope);
      suggestions.replaceChildren(
        ...suggestSectors(searched, other ? other.rest : query).map((sector) => {
          const item = document.createElement("li");
          const link = document.createElement("a");
          link.href = town ? townSectorPath(town, sector.id) : sectorPath(sector.id);
          link.textContent = sector.name;
          item.append(link);
          return item;
        }),
      );
    }
    const readerTown = townOptions.find(([id]) => id === preferred)?.[1];
    showOtherTowns(otherTowns, result, query, scope, preferred, readerTown);
    fulltext.hidden = !query;
    fulltextLink.href = searchQueryPath(query);
    fulltextLink.textContent = `在全文中搜索“${query}”`;
  }

  async function load(): Promise<void> {
    const scope = townSelect.value;
    status.textContent = "正在载入索引……";
    const towns = scope === ALL_TOWNS ? allTowns(rememberedTown() ?? home) : [];
    const first = scope === ALL_TOWNS ? townsForFirstAnswer(towns, FIRST_ANSWER_BYTES) : [scope];
    loadedTowns = first.length;
    try {
      prepared = await loadTowns(first);
    } catch (error) {
      status.textContent = `索引载入失败（${error instanceof Error ? error.message : String(error)}），请刷新页面，或使用全文搜索。`;
      return;
    }
    if (townSelect.value !== scope) return; // the reader switched again meanwhile
    showRemaining(Math.max(0, towns.length - loadedTowns));
    render();
    document.documentElement.dataset["lookupReady"] = scope;
  }

  /** "已载入 8 个辖区，还有 142 个" with the button that fetches them. */
  function showRemaining(remaining: number): void {
    moreTowns.hidden = remaining === 0;
    moreTownsText.textContent = `已查 ${loadedTowns} 个辖区，还有 ${remaining} 个没有查。`;
  }

  moreTownsButton.addEventListener("click", () => {
    void (async () => {
      const towns = allTowns(rememberedTown() ?? home).map((town) => town.id);
      moreTownsButton.disabled = true;
      moreTownsText.textContent = `正在载入其余 ${towns.length - loadedTowns} 个辖区……`;
      try {
        prepared = await loadTowns(towns);
        loadedTowns = towns.length;
      } catch (error) {
        moreTownsText.textContent = `载入失败（${error instanceof Error ? error.message : String(error)}），请再试一次。`;
        return;
      } finally {
        moreTownsButton.disabled = false;
      }
      if (townSelect.value !== ALL_TOWNS) return;
      showRemaining(0);
      render();
    })();
  });

  input.addEventListener("input", () => {
    showAll = false;
    render();
  });
  townSelect.addEventListener("change", () => {
    showAll = false;
    rememberTown(townSelect.value);
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
    writeAddress();
  });
  void load();
}

/**
 * Where the reader's town says nothing firm about the question: the other towns whose
 * documents do ("本镇文件没有写到…；其他辖区的文件写到：…"), or, with one town chosen, the
 * way to ask all of them.
 */
function showOtherTowns(
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
    note.replaceChildren(`${ownName}的文件没有写明谁负责“${query}”。其他辖区的文件可能写到：`, link, "。");
    return;
  }
  note.hidden = others.length === 0;
  note.textContent = `${ownName}的文件没有写到“${query}”；其他辖区的文件写到：${others
    .map((town) => town.townName)
    .join("、")}（见下）。`;
}

/** One town's answers: its name (范本/汇编 marked), the summary line with a copy button, the cards. */
function townGroup(town: TownAnswers, answers: readonly LookupAnswer[], withHeading: boolean): HTMLElement {
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

/**
 * A closed <details> whose content is built the first time it is opened: what most readers
 * never open costs nothing while they type.
 */
function lazyDetails(className: string, summaryText: string, build: () => Node): HTMLDetailsElement {
  const details = document.createElement("details");
  details.className = className;
  const summary = document.createElement("summary");
  summary.textContent = summaryText;
  details.append(summary);
  details.addEventListener("toggle", () => {
    if (details.open && details.childElementCount === 1) details.append(build());
  });
  return details;
}

/** Another town's fallback as one line that builds the block when opened. */
function fallbackLater(town: FallbackAnswer): HTMLElement {
  const later = lazyDetails("fallback-later", `${town.townName}的兜底规定`, () => fallbackBlock(town));
  later.dataset["jurisdiction"] = town.townId;
  return later;
}

/** What one town's documents say about work they name no one for. */
function fallbackBlock(town: FallbackAnswer): HTMLElement {
  const block = document.createElement("section");
  block.className = "fallback-town";
  block.dataset["jurisdiction"] = town.townId;
  const heading = document.createElement("h3");
  heading.textContent = town.townName;
  block.append(heading);
  /** One part of the block: a heading and a list of quoted texts, each with its clause link. */
  const part = (kind: string, title: string, entries: readonly Node[][]) => {
    if (entries.length === 0) return;
    const section = document.createElement("div");
    section.className = "fallback-part";
    section.dataset["kind"] = kind;
    const label = document.createElement("h4");
    label.textContent = title;
    const list = document.createElement("ul");
    for (const nodes of entries) {
      const entry = document.createElement("li");
      entry.append(...nodes);
      list.append(entry);
    }
    section.append(label, list);
    block.append(section);
  };
  const quoted = (text: string, citation: string, href: string): Node[] => {
    const paragraph = document.createElement("p");
    paragraph.className = "duty-text";
    paragraph.textContent = text;
    return [paragraph, clauseLink(citation, href)];
  };
  const duties = (items: readonly FallbackDuty[]) =>
    items.map((item) => {
      const unit = document.createElement("a");
      unit.className = "answer-unit";
      unit.href = item.unitPath;
      unit.textContent = item.unitName;
      return [unit, ...quoted(item.duty.text, item.duty.citation, item.duty.clauseHref)];
    });
  part("supervisor", "综合监管", duties(town.supervisor));
  part("territory", "属地", duties(town.territory));
  part("catch-all", "其他有关部门", duties(town.catchAll));
  part(
    "rules",
    "文件的规定",
    town.rules.map((rule) => quoted(rule.text, rule.citation, rule.href)),
  );
  if (town.principles.length > 0) {
    const part = document.createElement("p");
    part.className = "fallback-part";
    part.dataset["kind"] = "principles";
    part.append("原则：");
    town.principles.forEach((principle, index) => {
      const link = document.createElement("a");
      link.href = principle.href;
      link.textContent = principle.name;
      part.append(...(index > 0 ? ["；"] : []), link);
    });
    block.append(part);
  }
  return block;
}

function clauseLink(citation: string, href: string): HTMLAnchorElement {
  const clause = document.createElement("a");
  clause.className = "clause-ref";
  clause.href = href;
  clause.textContent = citation;
  return clause;
}

function answerItem(answer: LookupAnswer): HTMLLIElement {
  const item = document.createElement("li");
  item.className = `answer role-border-${answer.role}`;
  item.dataset["unitName"] = answer.unitName;
  item.dataset["role"] = answer.role;
  item.dataset["jurisdiction"] = answer.townId;
  item.dataset["reason"] = answer.reason;
  item.dataset["strength"] = answer.strength;
  item.dataset["words"] = String(answer.matchedWords.length + answer.viaSectors.length);

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
  // An answer only 可能相关 says so first: its duty's role is the document's, not the answer.
  if (answer.strength === "weak") {
    const maybe = document.createElement("span");
    maybe.className = "answer-maybe";
    maybe.textContent = "可能相关";
    head.append(maybe, " ");
  }
  head.append(badge, " ", unit, " ", town);
  if (answer.strength === "weak") {
    const why = document.createElement("span");
    why.className = "answer-reason";
    why.textContent = "只对上问题中的部分词语";
    head.append(" ", why);
  }
  if (answer.reason !== "match") {
    const why = document.createElement("span");
    why.className = "answer-reason";
    why.textContent = answer.reason === "sector-lead" ? "本领域主责，供参考" : "属地（文件写明）";
    head.append(" ", why);
  }

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
  meta.append(clause, " · ", home);
  const evidence = [
    ...(answer.shownWords.length > 0 ? [`匹配：${answer.shownWords.join("、")}`] : []),
    ...(answer.viaSectors.length > 0 ? [`同属领域：${answer.viaSectors.join("、")}`] : []),
  ];
  if (evidence.length > 0) {
    const matched = document.createElement("span");
    matched.className = "answer-matched";
    matched.textContent = evidence.join("；");
    meta.append(" · ", matched);
  }
  if (answer.otherDuties.length > 0) {
    // The other matching duties themselves, each linked: not the top of the unit page. The
    // list is built when opened, so typing stays fast however many duties a unit has.
    const others = lazyDetails("answer-others", `另有 ${answer.otherDuties.length} 条相关职责`, () => {
      const list = document.createElement("ul");
      for (const other of answer.otherDuties) {
        const entry = document.createElement("li");
        const link = document.createElement("a");
        link.href = other.href;
        link.textContent = other.text.length > 60 ? `${other.text.slice(0, 60)}……` : other.text;
        entry.append(link, " ", clauseLink(other.citation, other.clauseHref));
        list.append(entry);
      }
      return list;
    });
    meta.append(others);
  }
  item.append(head, text, meta);
  return item;
}

/** "识别为：液化气 → 燃气；未识别：涉爆" */
function wordsReport(result: LookupResult): Node[] {
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
