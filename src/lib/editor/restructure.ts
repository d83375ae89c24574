import {
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  visit,
  type Document,
  type YAMLMap,
  type YAMLSeq,
} from "yaml";

/**
 * Changes to a unit's structure the form itself cannot make, done on the files' YAML so their
 * comments and layout stay: a duty moved to another unit of the town, a duty split into two
 * verbatim pieces, two adjacent pieces of one clause merged back, a unit renamed (its file and
 * address follow, and every reference to its id). Each function takes a file's text and gives
 * the new text, or a bilingual reason it cannot; the editor's server checks the quotes against
 * the source and writes.
 */

/** What a change gives: the new text, or why not (Chinese / English). */
export type Restructured<T = string> = { ok: true; value: T } | { ok: false; reason: string };

const fail = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });

function dutiesOf(document: Document): YAMLSeq | undefined {
  const duties = document.get("duties", true);
  return isSeq(duties) ? duties : undefined;
}

function dutyAt(document: Document, index: number): YAMLMap | undefined {
  const item = dutiesOf(document)?.items[index];
  return isMap(item) ? item : undefined;
}

const text = (duty: YAMLMap, key: string): string | undefined => {
  const value = duty.get(key);
  return typeof value === "string" ? value : undefined;
};

const missingDuty = (index: number) =>
  fail(`没有第 ${index + 1} 条职责，请刷新页面 / there is no duty ${index + 1}; reload the page`);

/** Duty `index` of `from` moved to the end of `to`'s duties: both files' new texts. */
export function moveDuty(
  from: string,
  to: string,
  index: number,
): Restructured<{ from: string; to: string }> {
  const source = parseDocument(from);
  const target = parseDocument(to);
  const duty = dutyAt(source, index);
  if (!duty) return missingDuty(index);
  dutiesOf(source)!.items.splice(index, 1);
  let list = dutiesOf(target);
  if (!list) {
    target.set("duties", target.createNode([]));
    list = dutiesOf(target)!;
  }
  list.items.push(duty);
  return {
    ok: true,
    value: { from: source.toString({ lineWidth: 0 }), to: target.toString({ lineWidth: 0 }) },
  };
}

/** Duty `index` as two duties, before the words `at`: the same clause, role and sectors, each verbatim. */
export function splitDuty(file: string, index: number, at: string): Restructured {
  const document = parseDocument(file);
  const duty = dutyAt(document, index);
  if (!duty) return missingDuty(index);
  const whole = text(duty, "text") ?? "";
  const cut = at ? whole.indexOf(at, 1) : -1;
  if (cut <= 0)
    return fail(
      `“${at}”不在这条职责的原文里（也不能在开头），请照原文抄几个字 / “${at}” is not in the duty's text after its start; copy a few words from it`,
    );
  const second = duty.clone() as YAMLMap;
  duty.set("text", whole.slice(0, cut).trim());
  second.set("text", whole.slice(cut).trim());
  // A reviewer's note on the whole is not the second piece's.
  second.delete("note");
  dutiesOf(document)!.items.splice(index + 1, 0, second);
  return { ok: true, value: document.toString({ lineWidth: 0 }) };
}

/**
 * Duties `index` and `index + 1` as one: both cite the same clause, and the joined text is the
 * caller's to check against the source (`joined`). The first duty's role, sectors and note stay.
 */
export function mergeDuties(
  file: string,
  index: number,
): Restructured<{ text: string; joined: string; clause: string }> {
  const document = parseDocument(file);
  const first = dutyAt(document, index);
  const second = dutyAt(document, index + 1);
  if (!first || !second) return missingDuty(second ? index : index + 1);
  const clause = text(first, "clause");
  if (!clause || clause !== text(second, "clause"))
    return fail(
      `只有同一条款的相邻两条才能合并（这两条是 ${clause ?? "?"} 和 ${text(second, "clause") ?? "?"}） / only two adjacent duties of one clause can be merged`,
    );
  const joined = `${text(first, "text") ?? ""}${text(second, "text") ?? ""}`;
  first.set("text", joined);
  dutiesOf(document)!.items.splice(index + 1, 1);
  return { ok: true, value: { text: document.toString({ lineWidth: 0 }), joined, clause } };
}

/** The unit's new name; its short name goes where it no longer fits (the importer's guess of it). */
export function renameUnit(file: string, name: string): Restructured {
  const clean = name.trim();
  if (clean.length < 2) return fail("名称至少两个字 / a name has at least two characters");
  const document = parseDocument(file);
  document.set("name", clean);
  const short = document.get("shortName");
  if (typeof short === "string" && !clean.endsWith(short)) document.delete("shortName");
  return { ok: true, value: document.toString({ lineWidth: 0 }) };
}

/**
 * A file's text with every reference to unit `from` made to `to`: the value of a `unit` key (a
 * roster's member, a jurisdiction's unassigned duty, a successor) and an item of a `units` list
 * (appliesTo). Unchanged text when nothing refers to it.
 */
export function replaceUnitReferences(file: string, from: string, to: string): string {
  const document = parseDocument(file);
  let changed = false;
  visit(document, {
    Pair(_, pair) {
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      if (key === "unit" && isScalar(pair.value) && pair.value.value === from) {
        pair.value.value = to;
        changed = true;
      }
      if (key === "units" && isSeq(pair.value))
        for (const item of pair.value.items)
          if (isScalar(item) && item.value === from) {
            item.value = to;
            changed = true;
          }
    },
  });
  return changed ? document.toString({ lineWidth: 0 }) : file;
}
