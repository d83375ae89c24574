import type { ContentProblem } from "../content/types.ts";
import { hiddenInReference } from "../../schemas/invisible.ts";

/**
 * Suggestions for mistyped references: the problem for an id that names nothing, with the
 * known ids it was probably meant to be.
 */
export function unknownReference(
  file: string,
  entry: string,
  field: string,
  kindZh: string,
  kindEn: string,
  value: string,
  known: ReadonlySet<string>,
): ContentProblem {
  const hidden = hiddenInReference(value);
  if (hidden)
    return {
      reference: `${kindEn}/${value}`,
      file,
      entry,
      field,
      message: `${kindZh}编号里有看不见的字符：${hidden.description.split(" / ")[0]} / the ${kindEn} id holds an invisible character: ${hidden.description.split(" / ")[1]}`,
      fix: `删除它（最好重新输入），写成 ${hidden.cleaned} / delete it (retype it): ${hidden.cleaned}`,
    };
  const near = closestIds(value, known);
  return {
    reference: `${kindEn}/${value}`,
    file,
    entry,
    field,
    message: `未知${kindZh} “${value}” / unknown ${kindEn} "${value}"`,
    fix: near.length
      ? `是不是 ${near.join("、")}？ / did you mean ${near.join(", ")}?`
      : known.size === 0
        ? `先在 content/ 中添加该${kindZh} ${value} / add the ${kindEn} ${value} under content/ first`
        : `改用已有的编号（${listed(known)}），或在 content/ 中添加${kindZh} ${value} / use an existing id (${listed(known)}), or add the ${kindEn} ${value} under content/`,
  };
}

/** Up to eight known ids, for a fix that says what may be written. */
function listed(known: ReadonlySet<string>): string {
  const ids = [...known].sort();
  return ids.slice(0, 8).join(", ") + (ids.length > 8 ? " …" : "");
}

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

/** The start of a long text, for quoting it in a message. */
export function excerpt(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
