import type { z } from "astro/zod";
import { COLLECTION_LIST, COLLECTIONS, SITE_FILES, type CollectionKey } from "../content/index.ts";
import { siteSchema } from "../../schemas/site.ts";
import { fieldLabel, valueLabels } from "./labels.ts";
import { contactsCollectionName, unitsCollectionName } from "../site/index.ts";

/**
 * The form editor's configuration (Decap CMS), generated from the collection registry and
 * the zod schemas each time `npm run edit` starts: a field added to a schema reaches the
 * form without anyone touching the editor, and a field the generator cannot render stops
 * it with the field's name. Decap reads this object through `CMS.init({ config })`.
 */

/** One form field as Decap's config describes it. */
export interface EditorField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  pattern?: [string, string];
  options?: Array<{ label: string; value: string }>;
  multiple?: boolean;
  value_type?: "int" | "float";
  min?: number;
  max?: number;
  fields?: EditorField[];
  field?: EditorField;
  summary?: string;
  collapsed?: boolean;
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  options_length?: number;
}

/** One collection of the form: a folder of YAML files, or named files (the site's settings). */
export interface EditorCollection {
  name: string;
  label: string;
  label_singular?: string;
  description?: string;
  /** The folder of a folder collection; a file collection lists its `files` instead. */
  folder?: string;
  files?: Array<{ name: string; label: string; file: string; fields: EditorField[] }>;
  extension?: string;
  format?: string;
  create?: boolean;
  delete?: boolean;
  hide?: boolean;
  slug?: string;
  identifier_field?: string;
  summary?: string;
  sortable_fields?: Array<{ field: string; label: string; default_sort?: boolean }>;
  editor?: { preview: boolean };
  fields?: EditorField[];
}

export interface EditorConfig {
  backend: { name: "proxy"; proxy_url: string; branch: string };
  load_config_file: false;
  locale: "zh_Hans";
  media_folder: string;
  publish_mode: "simple";
  collections: EditorCollection[];
}

/** A town as the form lists it: its id (the jurisdiction's file name) and name. */
export interface EditorTown {
  id: string;
  name: string;
}

/** The collections a clerk edits in the form, in the order the sidebar lists them after the towns' units. */
export const EDITED_COLLECTIONS = [
  "units",
  "sectors",
  "terms",
  "vocabularies",
  "jurisdictions",
  "ruleSets",
  "rosters",
  "ledgerSets",
  "contacts",
] as const satisfies readonly CollectionKey[];

/** The collections kept per town (units/<town>/, contacts/<town>/): one form collection per town. */
const PER_TOWN_COLLECTIONS = ["units", "contacts"] as const satisfies readonly CollectionKey[];

/** The form collection of one town's entries of a per-town collection. */
function townCollectionName(collection: CollectionKey, town: string): string {
  return collection === "units" ? unitsCollectionName(town) : contactsCollectionName(town);
}

/**
 * Collections the form does not edit, and why. Sources and principles are still listed
 * (hidden) so that fields referring to them offer a choice.
 */
export const NOT_EDITED: Record<Exclude<CollectionKey, (typeof EDITED_COLLECTIONS)[number]>, string> = {
  sources:
    "来源文件在表单里只改标题、文号、发文机关、日期和年份（SOURCE_FIELDS_EDITED）；全文是逐字引用的依据，连同读法和不编码的部分只由导入命令写入 / only a source's title, number, issuer and dates are edited in the form; its text, reading options and exclusions are the importer's",
  principles: "原则的正文是 MDX，表单会改写其格式 / a principle's body is MDX, which a form would reformat",
  guides: "入门指南的正文是 MDX，表单会改写其格式 / a guide's body is MDX, which a form would reformat",
};

/** What the form says under each collection's name (its name is the registry's `label`). */
export const COLLECTION_DESCRIPTIONS: Record<CollectionKey, string> = {
  units: "一个单位或岗位一个文件，含它的全部职责",
  sectors: "各镇共用的行业领域和风险类型，及其日常说法",
  terms: "术语表：用自己的话写的释义",
  vocabularies: "文件用词和群众说法的对照",
  jurisdictions: "一个乡镇一个文件",
  ruleSets: "一个来源文件一份规则，逐字引用",
  rosters: "来源文件列出的领导小组名单",
  ledgerSets: "来源文件要求建立的台账",
  sources: "导入的文件：这里只改标题、文号、发文机关和日期；全文不在表单里改",
  principles: "",
  guides: "",
  contacts: "各单位的负责人和电话：本单位维护，不是文件内容；一个单位一个文件",
};

/** The sidebar's name of the site's settings (content/site.yaml). */
export const SITE_SETTINGS_LABEL = {
  label: "网站设置",
  description: "网站名称、发布的乡镇、本站所在的镇、发布地址",
};

/** Fields whose text runs to sentences: a multi-line box. */
const MULTILINE = new Set(["text", "description", "definition", "note", "summary"]);

/** What a reference field points at: a collection of the form, and whether it takes several. */
interface Reference {
  collection: (town: string | undefined) => string;
  display: string;
  /** Further fields typing finds an entry by (a sector by its everyday words). */
  search?: string[];
}

const SECTORS: Reference = {
  collection: () => "sectors",
  display: "name",
  search: ["shortName", "aliases.*"],
};
const SOURCES: Reference = { collection: () => "sources", display: "title" };
const PRINCIPLES: Reference = { collection: () => "principles", display: "name" };
const JURISDICTIONS: Reference = { collection: () => "jurisdictions", display: "name" };
const TOWN_UNITS: Reference = { collection: (town) => unitsCollectionName(town ?? ""), display: "name" };

/** How the form shows and finds an entry a reference names, by what it names. */
const REFERENCE_TARGETS: Record<string, Reference> = {
  sectors: SECTORS,
  sources: SOURCES,
  principles: PRINCIPLES,
  jurisdictions: JURISDICTIONS,
  "town-units": TOWN_UNITS,
};

/**
 * Id fields that name an entry of another collection, by collection and path — the
 * registry's `references`, and the site's settings: the form offers the entries to choose
 * from instead of a box to type an id into.
 */
const REFERENCES: Record<string, Reference> = Object.fromEntries([
  ...COLLECTION_LIST.flatMap(([key, spec]) =>
    Object.entries(spec.references ?? {}).map(([path, target]) => [
      `${key}.${path}`,
      REFERENCE_TARGETS[target]!,
    ]),
  ),
  ["site.towns", JURISDICTIONS],
  ["site.home", JURISDICTIONS],
]);

/** The form's summary line of a list item, by collection and path. */
const ITEM_SUMMARIES: Record<string, string> = {
  // A duty that still carries an import guess says so on its folded row (Decap's ternary:
  // the review list is there only while it holds a guess — clearing the last one removes it).
  "units.duties": "{{fields.review | ternary('【待审核】', '')}}{{fields.clause}}　{{fields.text}}",
  "units.review": "{{fields.field}}：{{fields.reason}}",
  "units.duties.review": "{{fields.field}}：{{fields.reason}}",
  "vocabularies.groups": "{{fields.document}}",
  "ruleSets.rules": "{{fields.clause}}　{{fields.title}}",
  "rosters.members": "{{fields.role}}　{{fields.name}}　{{fields.post}}",
  "ledgerSets.ledgers": "{{fields.number}}. {{fields.name}}",
};

/** The form's summary line of an entry in a collection's list, where the default would be a bare id. */
const ENTRY_SUMMARIES: Partial<Record<CollectionKey, string>> = {
  contacts: "{{unit}}　{{person}}　{{dutyPhone}}",
};

/** Lists long enough that their items start folded to their summary line. */
const FOLDED_LISTS = new Set(["units.duties", "vocabularies.groups", "ruleSets.rules", "rosters.members"]);

export { contactsCollectionName, unitsCollectionName };

/** A schema's definition, the one internal of zod the generator reads. */
interface SchemaDefinition {
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

function definitionOf(schema: z.ZodType): SchemaDefinition {
  return (schema as unknown as { _zod: { def: SchemaDefinition } })._zod.def;
}

/** The schema under optional/default/pipe wrappers, and whether a value may be left out. */
function unwrap(schema: z.ZodType): { core: z.ZodType; optional: boolean } {
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
function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  return (schema as unknown as { shape?: Record<string, z.ZodType> }).shape;
}

/** What the form says when a value does not match its pattern: dates, single characters, ids. */
function patternHint(source: string): string {
  if (source.includes("\\d{4}-\\d{2}-\\d{2}")) return "写成 年-月-日，例如 2022-04-24";
  if (source.includes("Script=Han")) return "每项只写一个汉字";
  return "只能用小写英文字母、数字和连字符（-），例如 police-station";
}

/** Bounds and patterns the schema checks, as the form's own checks. */
function checksOf(schema: z.ZodType): Partial<EditorField> {
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
function isRequiredText(schema: z.ZodType): boolean {
  return (definitionOf(schema).checks ?? []).some(
    (check) =>
      (check._zod.def.check === "min_length" && (check._zod.def.minimum ?? 0) > 0) ||
      (check._zod.def.check === "string_format" && check._zod.def.pattern?.test("") === false),
  );
}

interface Place {
  /** The collection's key in the registry (units, ruleSets …), or the site's settings. */
  collection: CollectionKey | "site";
  /** The town, for a town's units. */
  town: string | undefined;
}

/** An error naming the schema field the form cannot show, so the generator never drops one silently. */
export class EditorFieldError extends Error {}

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
    case "array": {
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
    default:
      throw new EditorFieldError(
        `表单不会显示 ${key}（类型 ${definition.type}）：请在 src/lib/editor/config.ts 里加上这种字段 / the form cannot show ${key} (a ${definition.type})`,
      );
  }
}

/** The field for one item of a list. */
function itemField(list: z.ZodType, path: readonly string[], place: Place): EditorField {
  const element = definitionOf(list).element;
  if (!element) throw new EditorFieldError(`${[place.collection, ...path].join(".")} is not a list`);
  const { core } = unwrap(element);
  if (definitionOf(core).type === "object")
    return { name: path.at(-1)!, label: "", widget: "object", fields: objectFields(core, path, place) };
  const item = editorField(element, path, place);
  return { ...item, required: true };
}

function objectFields(schema: z.ZodType, path: readonly string[], place: Place): EditorField[] {
  const shape = shapeOf(schema);
  if (!shape) throw new EditorFieldError(`${[place.collection, ...path].join(".")} has no fields`);
  return Object.entries(shape).map(([name, field]) => editorField(field, [...path, name], place));
}

function selectOptions(schema: z.ZodType, key: string): Array<{ label: string; value: string }> {
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

/** A new entry's file name: the form cannot make an id from a Chinese name, so it dates it. */
const NEW_FILE_NAME = "{{year}}{{month}}{{day}}-{{hour}}{{minute}}{{second}}";

function editedCollection(collection: CollectionKey, town?: EditorTown): EditorCollection {
  const spec = COLLECTIONS[collection];
  const labels = {
    label: spec.label,
    singular: spec.kindZh,
    description: COLLECTION_DESCRIPTIONS[collection],
  };
  const fields = collectionFields(collection, town?.id);
  const identifier = ["name", "title", "source", "unit"].find((name) =>
    fields.some((field) => field.name === name),
  );
  return {
    name: town ? townCollectionName(collection, town.id) : collection,
    label: town ? `${labels.label} · ${town.name}` : labels.label,
    label_singular: labels.singular,
    description: town ? `${town.name}的${labels.description}` : labels.description,
    folder: town ? `${spec.folder}/${town.id}` : spec.folder,
    extension: "yaml",
    format: "yaml",
    // A new town comes with its document through `npm run import`, which names its files.
    create: identifier !== undefined && collection !== "jurisdictions",
    delete: collection !== "jurisdictions",
    slug: `${collection === "units" ? "unit" : spec.kind}-${NEW_FILE_NAME}`,
    identifier_field: identifier ?? "filename",
    summary: ENTRY_SUMMARIES[collection] ?? (identifier ? `{{${identifier}}}` : "{{filename}}"),
    sortable_fields: sortableFields(fields),
    editor: { preview: false },
    fields,
  };
}

/** The list's order: the content's own `order` (a unit's place in its source) first, then by name. */
function sortableFields(fields: readonly EditorField[]): NonNullable<EditorCollection["sortable_fields"]> {
  const has = (name: string) => fields.some((field) => field.name === name);
  return [
    ...(has("order") ? [{ field: "order", label: "原文顺序", default_sort: true }] : []),
    // Decap takes `default_sort` on one field only, even when false.
    ...(has("name")
      ? [{ field: "name", label: "名称", ...(has("order") ? {} : { default_sort: true }) }]
      : []),
  ];
}

/**
 * The fields of a source the form edits: what the document says about itself, which the
 * importer reads from its head and may get wrong. The text, how it is read (markerOverrides,
 * parts) and what is not encoded stay as the importer wrote them; the server keeps them from
 * the file on disk whatever the form sends.
 */
export const SOURCE_FIELDS_EDITED = ["title", "docNumber", "issuer", "date", "year"] as const;

/** The sources as the form shows them: their metadata only, none created or deleted. */
function sourcesCollection(): EditorCollection {
  const spec = COLLECTIONS.sources;
  const shape = shapeOf(spec.schema)!;
  const fields = SOURCE_FIELDS_EDITED.map((name) =>
    editorField(shape[name]!, [name], { collection: "sources", town: undefined }),
  );
  return {
    name: "sources",
    label: spec.label,
    label_singular: spec.kindZh,
    description: COLLECTION_DESCRIPTIONS.sources,
    folder: spec.folder,
    extension: "yaml",
    format: "yaml",
    create: false,
    delete: false,
    identifier_field: "title",
    summary: "{{title}}",
    editor: { preview: false },
    fields,
  };
}

/** The site's settings: one file, content/site.yaml, its fields from the site schema. */
function siteCollection(): EditorCollection {
  return {
    name: "site",
    label: SITE_SETTINGS_LABEL.label,
    description: SITE_SETTINGS_LABEL.description,
    editor: { preview: false },
    files: [
      {
        name: "site",
        label: SITE_SETTINGS_LABEL.label,
        file: SITE_FILES[0],
        fields: objectFields(siteSchema, [], { collection: "site", town: undefined }),
      },
    ],
  };
}

/** A collection the form does not edit but lists, hidden, for the fields that refer to it. */
function referencedCollection(collection: "principles", display: string): EditorCollection {
  const spec = COLLECTIONS[collection];
  return {
    name: collection,
    label: spec.label,
    folder: spec.folder,
    extension: spec.format === "mdx" ? "mdx" : "yaml",
    format: spec.format === "mdx" ? "frontmatter" : "yaml",
    create: false,
    delete: false,
    hide: true,
    identifier_field: display,
    fields: [{ name: display, label: "名称", widget: "string" }],
  };
}

/**
 * The whole configuration: one collection of units per town (the towns as the
 * jurisdictions folder lists them), then the shared collections, then the hidden ones
 * that references choose from. `proxyUrl` is where `npm run edit` serves the file API.
 */
export function editorConfig(towns: readonly EditorTown[], proxyUrl: string): EditorConfig {
  return {
    backend: { name: "proxy", proxy_url: proxyUrl, branch: "main" },
    load_config_file: false,
    locale: "zh_Hans",
    media_folder: "media",
    publish_mode: "simple",
    collections: [
      siteCollection(),
      ...towns.map((town) => editedCollection("units", town)),
      ...towns.map((town) => editedCollection("contacts", town)),
      ...EDITED_COLLECTIONS.filter(
        (collection) => !(PER_TOWN_COLLECTIONS as readonly string[]).includes(collection),
      ).map((collection) => editedCollection(collection)),
      sourcesCollection(),
      referencedCollection("principles", "name"),
    ],
  };
}
