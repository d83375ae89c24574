/**
 * Did-you-mean: the known ids a mistyped one was probably meant to be. Every message that
 * names an unknown id (a reference, a key, a folder) suggests by this one measure.
 */

/** Up to three known ids within a small edit distance of the value (typos), or containing it. */
export function closestIds(value: string, known: ReadonlySet<string>): string[] {
  const limit = Math.max(1, Math.floor(value.length / 3));
  return [...known]
    .map((id) => ({ id, distance: id.includes(value) || value.includes(id) ? 0 : editDistance(value, id) }))
    .filter((candidate) => candidate.distance <= limit)
    .sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id))
    .slice(0, 3)
    .map((candidate) => candidate.id);
}

/** Levenshtein distance, with a swap of two neighbours counted as one edit. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}
