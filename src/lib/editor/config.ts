import { COLLECTIONS, SITE_FILES, type CollectionKey } from "../content/index.ts";
import { siteSchema } from "../../schemas/site.ts";
import { collectionFields, editorField, objectFields, shapeOf } from "./fields.ts";
import {
  COLLECTION_DESCRIPTIONS,
  EDITED_COLLECTIONS,
  ENTRY_SUMMARIES,
  PER_TOWN_COLLECTIONS,
  SITE_SETTINGS_LABEL,
  townCollectionName,
} from "./policy.ts";

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

export { collectionFields, editorField, EditorFieldError } from "./fields.ts";
export { contactsCollectionName, EDITED_COLLECTIONS, NOT_EDITED, unitsCollectionName } from "./policy.ts";

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
