import type { CollectionKey, EntryData } from "./registry.ts";
import type { SiteConfig } from "../../schemas/site.ts";
import type { Source } from "../../schemas/source.ts";

/**
 * One validated content entry, as the file reader gives it to the check, the build and
 * the tests. `file` is relative to the project root
 * so every message can name it.
 */
export interface ContentEntry<T> {
  /** Collection id: the file name without extension; for units `<town>/<unit>`. */
  id: string;
  /** Path of the file, relative to the project root. */
  file: string;
  /** The schema-validated data. */
  data: T;
}

/** A source entry with its full text (null when the text file is missing). */
export interface SourceEntry extends ContentEntry<Source> {
  text: string | null;
}

/** Everything the site is built from, before cross-checking: one list per collection of the registry. */
export type ContentInput = {
  [K in CollectionKey]: K extends "sources" ? SourceEntry[] : ContentEntry<EntryData<K>>[];
} & {
  /** The deployment's own description (content/site.yaml); absent: the sample site, every town shown. */
  site?: ContentEntry<SiteConfig> | undefined;
};

/** A problem in the content, with everything a clerk needs to find and fix it. */
export interface ContentProblem {
  /** The file, relative to the project root. */
  file: string;
  /** The entry within the file, e.g. `duties[2]` or the unit id. */
  entry: string;
  /** The field, e.g. `sectors[0]`. */
  field: string;
  /** What is wrong, Chinese then English. */
  message: string;
  /** How to fix it, Chinese then English. */
  fix: string;
  /** For an unknown reference: what it points at, as `<kind>/<id>` (e.g. `source/mimi`). */
  reference?: string;
}

/** What a reader of the content folder returns: the entries it could use and the files it could not. */
export interface ReadResult {
  input: ContentInput;
  problems: ContentProblem[];
}
