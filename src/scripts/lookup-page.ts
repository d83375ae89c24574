import { lookup, townNamedIn, type LookupResult } from "../lib/lookup/match.ts";
import { townsForFirstAnswer } from "../lib/lookup/merge.ts";
import type { PreparedLookup } from "../lib/lookup/prepare.ts";
import { correctedBySound, type CharSounds } from "../lib/lookup/sounds.ts";
import { heardLine, statusLine, townNote } from "../lib/lookup/status.ts";
import { townsInAnswerOrder, type TownStanding } from "../domain/index.ts";
import { ALL_TOWNS, lookupSoundsPath, searchQueryPath } from "../lib/site/paths.ts";
import { fullTextLinkText } from "../lib/site/wording.ts";
import { openedFromDisk } from "./needs-server.ts";
import { rememberedTown, rememberTown } from "./remembered-town.ts";
import { FIRST_ANSWER_BYTES, loadTowns, type TownIndexSource } from "./lookup-load.ts";
import {
  pageElements,
  renderAnswers,
  renderFallback,
  renderSuggestions,
  showOtherTowns,
  wordsReport,
  type PageElements,
} from "./lookup-render.ts";

/**
 * The /lookup/ page: loads the index of the chosen scope once, then answers on every
 * keystroke, synchronously, so the list is current as soon as the input event returns.
 * State (what is loaded) → answer (pure lookup) → render (lookup-render.ts) → events.
 */

/** How long typing must pause before the address is updated to the query. */
const ADDRESS_DELAY_MS = 400;

/**
 * The address follows the query once typing pauses (and at once on Enter or when the page
 * is left), so a reload or a shared link shows the same answers. history.replaceState
 * costs Chromium milliseconds a call: done on every keystroke it was a third of the time
 * from key to answer.
 */
function addressKeeper(): { keep: (query: string, scope: string) => void; write: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: URL | undefined;
  const write = () => {
    clearTimeout(timer);
    if (pending && pending.href !== location.href) history.replaceState(null, "", pending);
    pending = undefined;
  };
  const keep = (query: string, scope: string) => {
    const url = new URL(location.href);
    url.search = "";
    if (query) url.searchParams.set("q", query);
    url.searchParams.set("town", scope);
    pending = url;
    clearTimeout(timer);
    timer = setTimeout(write, ADDRESS_DELAY_MS);
  };
  addEventListener("pagehide", write);
  return { keep, write };
}

/** What the page holds between keystrokes. */
interface LookupState {
  /** The index of the chosen scope, once loaded. */
  prepared: PreparedLookup | undefined;
  /** The reader asked for every answer, not the first page. */
  showAll: boolean;
  /** For "全部辖区": how many towns' indexes are loaded. */
  loadedTowns: number;
  /** Characters' readings, fetched the first time a question has a word not understood. */
  sounds: CharSounds | undefined;
  soundsRequested: boolean;
  /** Towns a question names other than the chosen one (铜川 液化气 from 张山子镇's page), loaded on demand. */
  namedTowns: Map<string, PreparedLookup>;
}

/** The towns of the town list: id and name, 全部辖区 left out. */
function townOptionsOf(select: HTMLSelectElement): Array<readonly [string, string]> {
  return [...select.options]
    .filter((option) => option.value !== ALL_TOWNS)
    .map((option) => [option.value, option.textContent?.trim() ?? ""] as const);
}

/** Where the town list says each of these towns' index is. */
function sourcesOf(select: HTMLSelectElement, keys: readonly string[]): TownIndexSource[] {
  return keys.map((key) => {
    const option = [...select.options].find((candidate) => candidate.value === key);
    return { key, url: option?.dataset["index"] ?? "", name: option?.dataset["townName"] };
  });
}

/** For "全部辖区": every town in the order its answers come, with its index's size. */
function allTownsOf(select: HTMLSelectElement, preferred: string | null) {
  return townsInAnswerOrder(
    [...select.options]
      .filter((option) => option.value !== ALL_TOWNS)
      .map((option) => ({
        id: option.value,
        standing: option.dataset["standing"] as TownStanding,
        home: option.dataset["home"] !== undefined,
        bytes: Number(option.dataset["indexBytes"]),
      })),
    preferred ?? undefined,
  );
}

/** A question answered: where, as asked, and what was heard by sound. */
interface Answered {
  query: string;
  scope: string;
  other: { id: string; name: string; rest: string } | undefined;
  searched: PreparedLookup;
  preferred: string | undefined;
  result: LookupResult | undefined;
  heard: Array<{ written: string; meant: string }>;
  /** Words nobody understood, for which the sounds are not loaded yet. */
  needsSounds: boolean;
}

/** The page's question answered from what is loaded; a town it names must be loaded first. */
function answerQuestion(
  el: PageElements,
  state: LookupState,
  prepared: PreparedLookup,
  home: string | null,
): Answered | { load: string } {
  const query = el.input.value.trim();
  const scope = el.townSelect.value;
  // A question that names another town is answered for that town, whichever is chosen.
  const named = scope !== ALL_TOWNS && query ? townNamedIn(query, townOptionsOf(el.townSelect)) : undefined;
  const other = named && named.id !== scope ? named : undefined;
  if (other && !state.namedTowns.has(other.id)) return { load: other.id };
  const searched = other ? state.namedTowns.get(other.id)! : prepared;
  const preferred = other?.id ?? (scope === ALL_TOWNS ? (rememberedTown() ?? home ?? undefined) : scope);
  const asked = other ? other.rest : query;
  let result = query ? lookup(searched, asked, { town: preferred }) : undefined;
  // A word not understood may be a typo by sound (液花气): asked again as the word it sounds like.
  const missing =
    result?.words.filter((word) => !word.matched && !word.ignored).map((word) => word.word) ?? [];
  let heard: Answered["heard"] = [];
  if (missing.length > 0 && state.sounds) {
    const heardAs = correctedBySound(asked, missing, searched.dictionaryWords, state.sounds);
    heard = heardAs.heard;
    if (heard.length > 0) result = lookup(searched, heardAs.corrected, { town: preferred });
  }
  return {
    query,
    scope,
    other,
    searched,
    preferred,
    result,
    heard,
    needsSounds: missing.length > 0 && !state.sounds,
  };
}

/** Every line and list of the page for one answered question. */
function renderAnswered(el: PageElements, state: LookupState, answered: Answered): void {
  const { query, scope, other, result } = answered;
  renderAnswers(el, result, state.showAll, scope);
  el.wordsLine.replaceChildren(
    ...(answered.heard.length > 0 ? [document.createTextNode(heardLine(answered.heard))] : []),
    ...(result ? wordsReport(result) : []),
  );
  el.status.textContent = statusLine(query, result, townNote(other?.name, result));
  renderFallback(el, result, query);
  const town = other?.id ?? (scope === ALL_TOWNS ? "" : scope);
  renderSuggestions(el, answered.searched, other ? other.rest : query, town, result);
  const readerTown = townOptionsOf(el.townSelect).find(([id]) => id === answered.preferred)?.[1];
  showOtherTowns(el.otherTowns, result, query, scope, answered.preferred, readerTown);
  el.fulltext.hidden = !query;
  el.fulltextLink.href = searchQueryPath(query);
  el.fulltextLink.textContent = fullTextLinkText(query);
}

/** The message of a failed load, as the page says it. */
function failure(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** How the page loads what it answers from: the scope's indexes, the rest of them, a named town, the sounds. */
function loaders(el: PageElements, state: LookupState, home: string | null, render: () => void) {
  function loadSounds(): void {
    if (state.soundsRequested) return;
    state.soundsRequested = true;
    fetch(lookupSoundsPath())
      .then(async (response) => {
        state.sounds = response.ok ? ((await response.json()) as CharSounds) : {};
        render();
      })
      .catch(() => (state.sounds = {}));
  }

  function loadNamedTown(named: string): void {
    el.status.textContent = "正在载入问题中那个镇的索引……";
    loadTowns(sourcesOf(el.townSelect, [named]))
      .then((loaded) => {
        state.namedTowns.set(named, loaded);
        render();
      })
      .catch((error: unknown) => {
        el.status.textContent = `索引载入失败（${failure(error)}），请刷新页面，或使用全文搜索。`;
      });
  }

  /** "已载入 8 个辖区，还有 142 个" with the button that fetches them. */
  function showRemaining(remaining: number): void {
    el.moreTowns.hidden = remaining === 0;
    el.moreTownsText.textContent = `已查 ${state.loadedTowns} 个辖区，还有 ${remaining} 个没有查。`;
  }

  async function load(): Promise<void> {
    const scope = el.townSelect.value;
    el.status.textContent = "正在载入索引……";
    const towns = scope === ALL_TOWNS ? allTownsOf(el.townSelect, rememberedTown() ?? home) : [];
    const first = scope === ALL_TOWNS ? townsForFirstAnswer(towns, FIRST_ANSWER_BYTES) : [scope];
    state.loadedTowns = first.length;
    try {
      state.prepared = await loadTowns(sourcesOf(el.townSelect, first));
    } catch (error) {
      el.status.textContent = `索引载入失败（${failure(error)}），请刷新页面，或使用全文搜索。`;
      return;
    }
    if (el.townSelect.value !== scope) return; // the reader switched again meanwhile
    showRemaining(Math.max(0, towns.length - state.loadedTowns));
    render();
    document.documentElement.dataset["lookupReady"] = scope;
  }

  async function loadRemainingTowns(): Promise<void> {
    const towns = allTownsOf(el.townSelect, rememberedTown() ?? home).map((entry) => entry.id);
    el.moreTownsButton.disabled = true;
    el.moreTownsText.textContent = `正在载入其余 ${towns.length - state.loadedTowns} 个辖区……`;
    try {
      state.prepared = await loadTowns(sourcesOf(el.townSelect, towns));
      state.loadedTowns = towns.length;
    } catch (error) {
      el.moreTownsText.textContent = `载入失败（${failure(error)}），请再试一次。`;
      return;
    } finally {
      el.moreTownsButton.disabled = false;
    }
    if (el.townSelect.value !== ALL_TOWNS) return;
    showRemaining(0);
    render();
  }

  return { loadSounds, loadNamedTown, load, loadRemainingTowns };
}

export function startLookupPage(): void {
  if (openedFromDisk()) return;
  const el = pageElements();
  const params = new URLSearchParams(location.search);
  el.input.value = params.get("q") ?? "";
  // The town: the address, else the reader's last choice, else the deployment's home town.
  const known = (town: string | null): town is string =>
    town !== null && [...el.townSelect.options].some((option) => option.value === town);
  const home =
    [...el.townSelect.options].find((option) => option.dataset["home"] !== undefined)?.value ?? null;
  const town = [params.get("town"), rememberedTown(), home].find(known);
  if (town) el.townSelect.value = town;

  const state: LookupState = {
    prepared: undefined,
    showAll: false,
    loadedTowns: 0,
    sounds: undefined,
    soundsRequested: false,
    namedTowns: new Map(),
  };
  const address = addressKeeper();
  const load = loaders(el, state, home, render);

  function render(): void {
    if (!state.prepared) return;
    address.keep(el.input.value.trim(), el.townSelect.value);
    const answered = answerQuestion(el, state, state.prepared, home);
    if ("load" in answered) return load.loadNamedTown(answered.load);
    if (answered.needsSounds) load.loadSounds();
    renderAnswered(el, state, answered);
  }

  el.moreTownsButton.addEventListener("click", () => void load.loadRemainingTowns());
  el.input.addEventListener("input", () => {
    state.showAll = false;
    render();
  });
  el.townSelect.addEventListener("change", () => {
    state.showAll = false;
    rememberTown(el.townSelect.value);
    void load.load();
  });
  el.moreButton.addEventListener("click", () => {
    state.showAll = true;
    render();
  });
  // Enter keeps the page: the answers are already on it.
  el.form.addEventListener("submit", (event) => {
    event.preventDefault();
    render();
    address.write();
  });
  void load.load();
}
