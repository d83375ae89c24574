import { isMap, isScalar, isSeq, parseDocument, type Document, type Node, type Pair } from "yaml";

/**
 * The form editor (Decap CMS) parses a YAML file into data and writes the data back with its
 * own formatter: comments are dropped, keys are reordered by the form, quoting and flow
 * style (`[{ unit: x, clause: y }]`) are lost, and fields left empty come back as `""` or
 * `[]`. A clerk's one-word change would rewrite the whole file. So the editor's server does
 * not write what the form sends; it applies the form's data to the file as it is on disk:
 * every node whose value did not change is kept as it was (with its comments and style),
 * changed values are set in place, new keys go where the form puts them, keys the form
 * removed are removed, and empty values the file did not have are not added.
 */

/** A value the form sends for a field left empty; never written where the file had nothing. */
function isEmptyValue(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    value === "" ||
    (Array.isArray(value) && value.length === 0) ||
    (isPlainObject(value) && Object.values(value).every(isEmptyValue))
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** The form's data without the empty values it adds for untouched optional fields. */
function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmpty);
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, item]) => !isEmptyValue(item))
      .map(([key, item]) => [key, withoutEmpty(item)]),
  );
}

function keyOf(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

/** Sets `node` to `value`, keeping whatever part of it already holds that value; returns the node to keep. */
function applyValue(document: Document, node: unknown, value: unknown): unknown {
  if (isMap(node) && isPlainObject(value)) {
    const wanted = Object.keys(value);
    // Keys the form dropped go, except empty ones it never shows (an empty `review: []`).
    // Keys the form no longer has were cleared by the clerk.
    node.items = node.items.filter((pair) => keyOf(pair) in value);
    for (const [index, key] of wanted.entries()) {
      const item = value[key];
      const pair = node.items.find((candidate) => keyOf(candidate) === key);
      if (pair) {
        if (isEmptyValue(item) && !isEmptyValue(toPlain(pair.value))) {
          node.items = node.items.filter((candidate) => candidate !== pair);
          continue;
        }
        pair.value = applyValue(document, pair.value, item);
        continue;
      }
      if (isEmptyValue(item)) continue;
      // A new key: after the nearest key before it in the form's order that the file has.
      const before = wanted
        .slice(0, index)
        .reverse()
        .map((previous) => node.items.findIndex((candidate) => keyOf(candidate) === previous))
        .find((position) => position >= 0);
      const created = document.createPair(key, withoutEmpty(item));
      node.items.splice(before === undefined ? 0 : before + 1, 0, created as Pair);
    }
    return node;
  }
  if (isSeq(node) && Array.isArray(value)) {
    node.items = value.map((item, index) =>
      index < node.items.length
        ? (applyValue(document, node.items[index], item) as Node)
        : document.createNode(withoutEmpty(item)),
    );
    return node;
  }
  if (isScalar(node) && !isPlainObject(value) && !Array.isArray(value)) {
    if (node.value === value) return node;
    if (typeof node.value === typeof value) {
      node.value = value;
      return node;
    }
  }
  return document.createNode(withoutEmpty(value));
}

function toPlain(node: unknown): unknown {
  return isScalar(node) || isMap(node) || isSeq(node) ? node.toJSON() : node;
}

/**
 * The file's new text: `before` (the file on disk, or null for a new file) with the data of
 * `formText` (what the form wrote) applied. A file that does not parse is replaced whole,
 * since there is nothing to keep.
 */
export function mergeFormIntoYaml(before: string | null, formText: string): string {
  const form = parseDocument(formText).toJS() as unknown;
  const document = before === null ? null : parseDocument(before);
  if (!document || document.errors.length > 0 || document.contents === null) {
    const fresh = parseDocument("");
    fresh.contents = fresh.createNode(withoutEmpty(form)) as typeof fresh.contents;
    return fresh.toString({ lineWidth: 0 });
  }
  document.contents = applyValue(document, document.contents, form) as typeof document.contents;
  return document.toString({ lineWidth: 0 });
}
