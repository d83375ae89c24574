import type { z } from "astro/zod";
import { ID_CHARACTERS } from "../../schemas/messages.ts";
import { COLLECTIONS, type CollectionKey } from "../content/index.ts";
import { fieldLabel, valueLabels } from "./labels.ts";
import { type EditorField } from "./config.ts";
import { FOLDED_LISTS, ITEM_SUMMARIES, MULTILINE, REFERENCES } from "./policy.ts";

/**
 * A schema field as a form field: the one walk over zod's definitions the generator makes,
 * refusing a field it cannot show or name.
 */

/** A schema's definition, the one internal of zod the generator reads. */
export interface SchemaDefinition {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  entries?: Record<string, string>;
  in?: z.ZodType;
  out?: z.ZodType;
  checks?: Array<{
    _zod: {
      def: {
        check: string;
        pattern?: RegExp;
        value?: number;
        minimum?: number;
        maximum?: number;
        format?: string;
        inclusive?: boolean;
      };
    };
  }>;
}

export function definitionOf(schema: z.ZodType): SchemaDefinition {
  return (schema as unknown as { _zod: { def: SchemaDefinition } })._zod.def;
}

/** The schema under optional/default/pipe wrappers, and whether a value may be left out. */
export function unwrap(schema: z.ZodType): { core: z.ZodType; optional: boolean } {
  let core = schema;
  let optional = false;
  for (;;) {
    const definition = definitionOf(core);
    if (definition.type === "optional" || definition.type === "default") {
      optional = true;
      core = definition.innerType!;
    } else if (definition.type === "pipe")
      core = definitionOf(definition.out!).type === "transform" ? definition.in! : definition.out!;
    else return { core, optional };
  }
}

/** The object's fields, whether built by z.strictObject or extended from another. */
export function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  return (schema as unknown as { shape?: Record<string, z.ZodType> }).shape;
}

/** What the form says when a value does not match its pattern: dates, single characters, ids. */
export function patternHint(source: string): string {
  if (source.includes("\\d{4}-\\d{2}-\\d{2}")) return "写成 年-月-日，例如 2022-04-24";
  if (source.includes("Script=Han")) return "每项只写一个汉字";
  return `${ID_CHARACTERS}（-），例如 police-station`;
}

/** Bounds and patterns the schema checks, as the form's own checks. */
export function checksOf(schema: z.ZodType): Partial<EditorField> {
  const field: Partial<EditorField> = {};
  for (const check of definitionOf(schema).checks ?? []) {
    const definition = check._zod.def;
    if (definition.check === "string_format" && definition.pattern)
      field.pattern = [definition.pattern.source, patternHint(definition.pattern.source)];
    if (definition.check === "greater_than" && typeof definition.value === "number")
      field.min = definition.value + (definition.inclusive ? 0 : 1);
    if (definition.check === "less_than" && typeof definition.value === "number")
      field.max = definition.value - (definition.inclusive ? 0 : 1);
    if (definition.check === "number_format" && definition.format === "safeint") field.value_type = "int";
  }
  return field;
}

/**
 * Whether a text or list must not be empty: its schema's `.min(1)`, or a pattern an empty
 * text cannot match (a date, an id).
 */
export function isRequiredText(schema: z.ZodType): boolean {
  return (definitionOf(schema).checks ?? []).some(
    (check) =>
      (check._zod.def.check === "min_length" && (check._zod.def.minimum ?? 0) > 0) ||
      (check._zod.def.check === "string_format" && check._zod.def.pattern?.test("") === false),
  );
}

export interface Place {
  /** The collection's key in the registry (units, ruleSets …), or the site's settings. */
  collection: CollectionKey | "site";
  /** The town, for a town's units. */
  town: string | undefined;
}

/** An error naming the schema field the form cannot show, so the generator never drops one silently. */
export class EditorFieldError extends Error {}

/** A list field: a multiple choice for a list of fixed values, else a list of items or of objects. */
function listField(
  core: z.ZodType,
  base: EditorField,
  { path, place, key, optional }: { path: readonly string[]; place: Place; key: string; optional: boolean },
): EditorField {
  const item = itemField(core, path, place);
  const list: EditorField = {
    ...base,
    widget: "list",
    // A list the schema wants at least one item in (a rule set's rules) is required.
    required: !optional && isRequiredText(core),
    ...(ITEM_SUMMARIES[key] ? { summary: ITEM_SUMMARIES[key] } : {}),
    ...(FOLDED_LISTS.has(key) ? { collapsed: true } : { collapsed: false }),
  };
  if (item.widget === "select")
    return { ...base, widget: "select", multiple: true, required: false, options: item.options! };
  if (item.widget === "object") return { ...list, fields: item.fields! };
  return { ...list, field: item };
}

/** The form field for one schema field at `path` (field names from the entry's root). */
export function editorField(schema: z.ZodType, path: readonly string[], place: Place): EditorField {
  const name = path.at(-1)!;
  const key = [place.collection, ...path].join(".");
  const named = fieldLabel(place.collection, path);
  if (!named)
    throw new EditorFieldError(
      `表单没有字段 ${key} 的中文名：请在 src/lib/editor/labels.ts 的 FIELD_LABELS 里加上 / no label for ${key}: add it to FIELD_LABELS`,
    );
  const { core, optional } = unwrap(schema);
  const definition = definitionOf(core);
  const base: EditorField = {
    name,
    label: named.label,
    widget: "string",
    required: !optional,
    ...(named.hint ? { hint: named.hint } : {}),
  };
  const reference = REFERENCES[key];
  if (reference) {
    const multiple = definition.type === "array";
    return {
      ...base,
      widget: "relation",
      collection: reference.collection(place.town),
      value_field: "{{slug}}",
      search_fields: [reference.display, ...(reference.search ?? [])],
      display_fields: [reference.display],
      multiple,
      options_length: 500,
    };
  }
  if (path.length === 1 && name === "jurisdiction" && place.collection === "units")
    return { ...base, widget: "hidden", default: place.town };
  // The importer's review markers: shown as what was guessed and why, cleared by one button.
  if (name === "review")
    return {
      ...base,
      widget: "review-markers",
      required: false,
      fields: itemField(core, path, place).fields!,
    };
  switch (definition.type) {
    case "string":
      return {
        ...base,
        widget: MULTILINE.has(name) ? "text" : "string",
        required: !optional && isRequiredText(core),
        ...checksOf(core),
      };
    case "number":
      return { ...base, widget: "number", value_type: "float", ...checksOf(core) };
    case "boolean":
      return { ...base, widget: "boolean", required: false };
    case "enum":
      return { ...base, widget: "select", options: selectOptions(core, key) };
    case "object": {
      const fields = objectFields(core, path, place);
      // Decap checks the required fields of an optional object even when the entry has none
      // (an entry without `successor` could not be saved); the content check still holds a
      // half-filled one.
      return {
        ...base,
        widget: "object",
        collapsed: optional,
        fields: optional ? fields.map((field) => ({ ...field, required: false })) : fields,
      };
    }
    case "array":
      return listField(core, base, { path, place, key, optional });
    default:
      throw new EditorFieldError(
        `表单不会显示 ${key}（类型 ${definition.type}）：请在 src/lib/editor/config.ts 里加上这种字段 / the form cannot show ${key} (a ${definition.type})`,
      );
  }
}

/** The field for one item of a list. */
export function itemField(list: z.ZodType, path: readonly string[], place: Place): EditorField {
  const element = definitionOf(list).element;
  if (!element) throw new EditorFieldError(`${[place.collection, ...path].join(".")} is not a list`);
  const { core } = unwrap(element);
  if (definitionOf(core).type === "object")
    return { name: path.at(-1)!, label: "", widget: "object", fields: objectFields(core, path, place) };
  const item = editorField(element, path, place);
  return { ...item, required: true };
}

export function objectFields(schema: z.ZodType, path: readonly string[], place: Place): EditorField[] {
  const shape = shapeOf(schema);
  if (!shape) throw new EditorFieldError(`${[place.collection, ...path].join(".")} has no fields`);
  return Object.entries(shape).map(([name, field]) => editorField(field, [...path, name], place));
}

export function selectOptions(schema: z.ZodType, key: string): Array<{ label: string; value: string }> {
  const values = Object.values(definitionOf(schema).entries ?? {});
  const labels = valueLabels(values);
  if (!labels)
    throw new EditorFieldError(
      `选项 ${key} 没有中文名：请在 src/lib/editor/labels.ts 的 VALUE_LABELS 里加上 / no Chinese names for the values of ${key}`,
    );
  return values.map((value) => ({ value, label: labels[value] ?? value }));
}

/** Every field of one collection's entries. */
export function collectionFields(collection: CollectionKey, town?: string): EditorField[] {
  return objectFields(COLLECTIONS[collection].schema, [], { collection, town });
}
