import { roleRank } from "../../domain/index.ts";
import { segmentTokens, type PreparedLookup } from "./prepare.ts";
import { answerOf, type LookupOptions, type LookupResult, type Scored, type WordHit } from "./answers.ts";
import { fallbacksOf, groupByTown } from "./grouping.ts";
import { townOfQuery, townOrder } from "./towns.ts";
import {
  dutiesContaining,
  isCommonWord,
  occurrences,
  understand,
  WEIGHT,
  weakWords,
  type WordMeaning,
} from "./understand.ts";

export * from "./answers.ts";
export { summaryLine } from "./grouping.ts";
export { townNamedIn } from "./towns.ts";

/**
 * "谁负责？" from everyday words. Runs in the browser on the index of build-index.ts and
 * in the tests on the same index. Answers come from the data only: a word points at a
 * sector (alias), a term or a document word (vocabulary), and those point at duties; no
 * query is ever mapped to a unit by hand.
 */

/** The words of a question the lookup searches by, and those it leaves out. */
function questionWords(prepared: PreparedLookup, rest: string) {
  const tokens = segmentTokens(prepared, rest);
  const segmented = [...new Set(tokens.flat())].slice(0, 12);
  // A stray character left over from a longer query (液化气站 → 站) would match half the texts.
  const candidates =
    segmented.length > 1 ? segmented.filter((w) => w.length > 1 || prepared.dictionary.has(w)) : segmented;
  // In a whole question (请问农家乐的安全归谁管), words most duties print (安全, 负责, 检查)
  // would bury the one that matters: they count only when nothing else is asked.
  const informative = candidates.filter((word) => !isCommonWord(prepared, word));
  const words = informative.length > 0 ? informative : candidates;
  return { tokens, words, ignored: segmented.filter((w) => !words.includes(w)) };
}

/** Every duty each word reaches: through its text, a sector it names, or the unit's name. */
function collectHits(
  prepared: PreparedLookup,
  meanings: readonly WordMeaning[],
): Map<number, Map<string, WordHit>> {
  const { index } = prepared;
  const hits = new Map<number, Map<string, WordHit>>();
  const hitFor = (duty: number, word: string): WordHit => {
    if (!hits.has(duty)) hits.set(duty, new Map());
    const perWord = hits.get(duty)!;
    if (!perWord.has(word)) perWord.set(word, { text: 0, tag: 0, unit: 0, ranges: [] });
    return perWord.get(word)!;
  };
  for (const meaning of meanings) {
    for (const [needle, weight] of meaning.texts) {
      for (const duty of dutiesContaining(prepared, needle)) {
        const hit = hitFor(duty, meaning.word);
        hit.text = Math.max(hit.text, weight);
        hit.ranges.push(...occurrences(index.duties[duty]![3], needle));
      }
    }
    for (const [sector, weight] of meaning.sectors) {
      for (const duty of prepared.dutiesBySector.get(sector) ?? []) {
        const primary = index.duties[duty]![2][0] === sector ? WEIGHT.primaryTag : 0;
        const hit = hitFor(duty, meaning.word);
        hit.tag = Math.max(hit.tag, weight + primary);
      }
    }
    // A unit asked for by name (派出所); vocabulary words (学校) mean the sector, not a name.
    if (meaning.word.length >= 2 && !prepared.dictionary.has(meaning.word)) {
      index.units.forEach(([, name, , , alsoKnownAs], unit) => {
        if (![name, ...alsoKnownAs].some((n) => n.toLowerCase().includes(meaning.word))) return;
        for (const duty of prepared.dutiesByUnit[unit]!) hitFor(duty, meaning.word).unit = WEIGHT.unitName;
      });
    }
  }
  return hits;
}

/**
 * Weak evidence alone (a sibling word in an untagged duty, a sector reached only by a prefix
 * or a longer item) adds weight but is not a match.
 */
function isMatch(hit: WordHit): boolean {
  return hit.unit > 0 || hit.text > WEIGHT.sectorText || hit.tag >= WEIGHT.sectorTag;
}

/** How the words of a question may be said: which matched at all, and whether a hit is firm. */
interface WordJudgement {
  words: readonly string[];
  meanings: readonly WordMeaning[];
  isFirm: (word: string, hit: WordHit) => boolean;
  /** The question names a thing (液化气), so a unit's name alone is not an answer to it. */
  asksAboutAThing: boolean;
  /** The town the question names, whose units alone answer it. */
  town: number | undefined;
}

/** Each matched duty scored, by unit; and the words some duty matched. */
function scoreDuties(
  prepared: PreparedLookup,
  hits: Map<number, Map<string, WordHit>>,
  judged: WordJudgement,
) {
  const { index } = prepared;
  const { words, meanings } = judged;
  const scoredByUnit = new Map<number, Scored[]>();
  /** Words some duty matched by the rule below: the report says the same as the ranking. */
  const matchedWords = new Set<string>();
  for (const [duty, perWord] of hits) {
    const [unit, role, sectors, text] = index.duties[duty]!;
    if (judged.town !== undefined && index.units[unit]![0] !== judged.town) continue;
    let score = 0;
    let firm = false;
    const matched: string[] = [];
    const visible: string[] = [];
    const via = new Set<number>();
    const ranges: Array<[number, number]> = [];
    for (const word of words) {
      const hit = perWord.get(word);
      if (!hit) continue;
      score += Math.max(hit.text, hit.unit) + hit.tag;
      if (!isMatch(hit)) continue;
      // The unit's name alone (派出所 in 派出所管液化气吗) says it was asked about, not that it
      // answers for the thing asked (液化气), when the question names such a thing.
      const nameOnly = hit.unit > 0 && hit.text === 0 && hit.tag === 0;
      firm ||= judged.isFirm(word, hit) && !(nameOnly && judged.asksAboutAThing);
      matched.push(word);
      matchedWords.add(word);
      ranges.push(...hit.ranges);
      if (hit.ranges.length > 0 || hit.unit > 0) visible.push(word);
      else
        for (const [sector] of meanings[words.indexOf(word)]!.sectors)
          if (sectors.includes(sector)) via.add(sector);
    }
    if (matched.length === 0) continue;
    // A duty about one thing says more than a long paragraph listing many (BM25-style).
    score *= 1 / (1 + 0.15 * (sectors.length - 1)) / (1 + text.length / 400);
    const scored: Scored = {
      duty,
      firm,
      count: matched.length,
      rank: roleRank(role),
      score,
      words: visible,
      via: [...via],
      ranges,
      named: ((at) => (at < 0 ? undefined : at))(
        words.findIndex((word) => (perWord.get(word)?.unit ?? 0) > 0),
      ),
    };
    scoredByUnit.set(unit, [...(scoredByUnit.get(unit) ?? []), scored]);
  }
  return { scoredByUnit, matchedWords };
}

/**
 * Answers a query: units grouped by town (the reader's town first, then home towns, real
 * towns, 范本 and 汇编); within a town, units matching more of the query's words first,
 * then the strongest role (docs/ARCHITECTURE.md "The matrix"), then how well they match,
 * a named unit before a catch-all group. A town whose answers only assist also shows the
 * sector's lead; a query about a village shows the territory. When nothing matches, the
 * result carries what each town's documents say about unassigned work.
 */
export function lookup(prepared: PreparedLookup, query: string, options: LookupOptions = {}): LookupResult {
  const { index } = prepared;
  const named = townOfQuery(prepared, query);
  const { tokens, words, ignored } = questionWords(prepared, named.rest);
  const meanings = words.map((word) => understand(prepared, word));
  const hits = collectHits(prepared, meanings);
  const found = new Set(
    words.filter((word) =>
      [...hits.values()].some((perWord) => perWord.has(word) && isMatch(perWord.get(word)!)),
    ),
  );
  const strength = weakWords(prepared, tokens, words, found);
  // A hit says who answers for the question when its word is understood in full: a broad
  // word only through the sector it names, never through its text alone.
  const { scoredByUnit, matchedWords } = scoreDuties(prepared, hits, {
    words,
    meanings,
    isFirm: (word, hit) =>
      !strength.weak.has(word) && (!strength.broad.has(word) || hit.unit > 0 || hit.tag >= WEIGHT.sectorTag),
    asksAboutAThing: [...found].some((word) => prepared.dictionary.has(word)),
    town: named.town,
  });
  const matchedAnswers = [...scoredByUnit].map(([unit, list]) => {
    const [best, ...others] = list.sort(compareScored);
    return answerOf(prepared, unit, best!, "match", others);
  });
  const towns = groupByTown(prepared, query, matchedAnswers, meanings, options.town);
  const answers = towns.flatMap((town) => town.answers);
  return {
    words: [
      ...meanings.map((meaning) => ({
        word: meaning.word,
        matched: matchedWords.has(meaning.word),
        ignored: false,
        notes: meaning.notes,
      })),
      ...ignored.map((word) => ({ word, matched: false, ignored: true, notes: [] })),
    ],
    answers,
    towns,
    unrecognised: strength.unrecognised,
    // Nothing said firmly: the documents' own rules for unassigned work come first.
    fallbacks:
      !answers.some((answer) => answer.strength === "firm") && words.length > 0
        ? fallbacksOf(prepared, townOrder(prepared, options.town)).filter(
            (fallback) => named.town === undefined || fallback.townId === index.towns[named.town]![0],
          )
        : [],
    townInQuery: named.town === undefined ? undefined : index.towns[named.town]![1],
  };
}

function compareScored(
  a: { firm: boolean; count: number; rank: number; score: number },
  b: { firm: boolean; count: number; rank: number; score: number },
): number {
  return Number(b.firm) - Number(a.firm) || b.count - a.count || a.rank - b.rank || b.score - a.score;
}
