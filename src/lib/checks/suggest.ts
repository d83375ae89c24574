import { closestIds, COLLECTIONS, type CollectionKey, type ContentProblem } from "../content/index.ts";
import { hiddenCharacterProblem, hiddenInReference } from "../../schemas/invisible.ts";

/**
 * What a reference names: an entry of a collection (its names are the registry's), or a thing
 * inside entries (a rule of a rule set, a unit type), named here.
 */
export type ReferenceKind = CollectionKey | { kindZh: string; kind: string };

/** A rule of a town's rule sets, as references name it. */
export const RULE_REFERENCE = { kindZh: "规则", kind: "rule" } as const;

/** A unit type (the `type` that lines up equivalent units across towns), as references name it. */
export const UNIT_TYPE_REFERENCE = { kindZh: "单位类型", kind: "unit type" } as const;

/**
 * Suggestions for mistyped references: the problem for an id that names nothing, with the
 * known ids it was probably meant to be.
 */
export function unknownReference(
  file: string,
  entry: string,
  field: string,
  kind: ReferenceKind,
  value: string,
  known: ReadonlySet<string>,
): ContentProblem {
  const { kindZh, kind: kindEn } = typeof kind === "string" ? COLLECTIONS[kind] : kind;
  const hidden = hiddenInReference(value);
  if (hidden)
    return {
      reference: `${kindEn}/${value}`,
      file,
      entry,
      field,
      ...hiddenCharacterProblem(
        { zh: `${kindZh}编号`, en: `${kindEn} id` },
        hidden.description,
        hidden.cleaned,
      ),
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

/** The start of a long text, for quoting it in a message. */
export function excerpt(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
