/**
 * Full-text search excerpts as a clerk should read them. Pagefind splits a Chinese query
 * into single characters where it cannot segment it and marks each one it finds, so 隐患排查
 * lights up the 查 of 检查 and 查看 too. Here the marks are joined into runs and a run keeps
 * its mark only when it is a piece of what was typed, at least two characters long (or the
 * whole of a one-character query).
 */

/** The words of a query as typed: spaces separate them, case is ignored. */
function queryWords(query: string): string[] {
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word.length > 0);
}

/** Whether a marked run is worth marking for this query. */
function worthMarking(run: string, words: readonly string[]): boolean {
  const text = run.trim().toLowerCase();
  if (text.length === 0) return false;
  return words.some((word) => word.includes(text) && text.length >= Math.min(2, word.length));
}

/** An excerpt's HTML (Pagefind's, with `<mark>`) with only the marks worth keeping, runs joined. */
export function cleanExcerptMarks(html: string, query: string): string {
  const words = queryWords(query);
  // Segments alternate: outside a mark, inside, outside … (Pagefind never nests marks).
  const pieces = html.split(/<mark>|<\/mark>/);
  const runs: Array<{ text: string; marked: boolean }> = [];
  pieces.forEach((text, index) => {
    const marked = index % 2 === 1;
    // Nothing between two marks: they are one run (隐患|排|查 → 隐患排查).
    if (!marked && text === "") return;
    const last = runs.at(-1);
    if (last && last.marked === marked) last.text += text;
    else runs.push({ text, marked });
  });
  return runs
    .map(({ text, marked }) => (marked && worthMarking(text, words) ? `<mark>${text}</mark>` : text))
    .join("");
}
