import type { z } from "astro/zod";
import { contactSchema } from "../../schemas/contact.ts";
import { guideSchema } from "../../schemas/guide.ts";
import { jurisdictionSchema } from "../../schemas/jurisdiction.ts";
import { ledgerSetSchema } from "../../schemas/ledger.ts";
import { principleSchema } from "../../schemas/principle.ts";
import { rosterSchema } from "../../schemas/roster.ts";
import { ruleSetSchema } from "../../schemas/rule.ts";
import { sectorSchema } from "../../schemas/sector.ts";
import { sourceSchema } from "../../schemas/source.ts";
import { termSchema } from "../../schemas/term.ts";
import { unitSchema } from "../../schemas/unit.ts";
import { vocabularySchema } from "../../schemas/vocabulary.ts";

/** How one collection is stored and validated. */
export interface CollectionSpec {
  /** The folder under content/, which is also the Astro collection's name. */
  folder: string;
  /** What one entry is called when something refers to it (`source/…` in problems). */
  kind: string;
  /** YAML records, or Markdown/MDX with YAML frontmatter. */
  format: "yaml" | "mdx";
  /** True when files sit one folder deeper, one folder per town (units/<town>/<unit>.yaml). */
  perTown: boolean;
  /** The schema every file's data must satisfy. */
  schema: z.ZodType;
}

/**
 * The one list of collections. The Astro content layer (content.config.ts), the check's
 * file reader and the model all read this table, so a collection, its folder, its file
 * pattern and its schema are written once. Keys are the names the model's input uses.
 */
export const COLLECTIONS = {
  jurisdictions: {
    folder: "jurisdictions",
    kind: "jurisdiction",
    format: "yaml",
    perTown: false,
    schema: jurisdictionSchema,
  },
  sources: { folder: "sources", kind: "source", format: "yaml", perTown: false, schema: sourceSchema },
  units: { folder: "units", kind: "unit", format: "yaml", perTown: true, schema: unitSchema },
  sectors: { folder: "sectors", kind: "sector", format: "yaml", perTown: false, schema: sectorSchema },
  principles: {
    folder: "principles",
    kind: "principle",
    format: "mdx",
    perTown: false,
    schema: principleSchema,
  },
  ruleSets: { folder: "rules", kind: "rule-set", format: "yaml", perTown: false, schema: ruleSetSchema },
  rosters: { folder: "rosters", kind: "roster", format: "yaml", perTown: false, schema: rosterSchema },
  ledgerSets: {
    folder: "ledgers",
    kind: "ledger-set",
    format: "yaml",
    perTown: false,
    schema: ledgerSetSchema,
  },
  terms: { folder: "terms", kind: "term", format: "yaml", perTown: false, schema: termSchema },
  vocabularies: {
    folder: "vocabulary",
    kind: "vocabulary",
    format: "yaml",
    perTown: false,
    schema: vocabularySchema,
  },
  guides: { folder: "guides", kind: "guide", format: "mdx", perTown: false, schema: guideSchema },
  contacts: { folder: "contacts", kind: "contact", format: "yaml", perTown: true, schema: contactSchema },
} as const satisfies Record<string, CollectionSpec>;

/** A collection as the model's input names it (`ruleSets`). */
export type CollectionKey = keyof typeof COLLECTIONS;

/** A collection as its folder and the Astro content layer name it (`rules`). */
export type CollectionName = (typeof COLLECTIONS)[CollectionKey]["folder"];

/** The validated data of one entry of a collection. */
export type EntryData<K extends CollectionKey> = z.output<(typeof COLLECTIONS)[K]["schema"]>;

/** Every collection with its key, in the table's order. */
export const COLLECTION_LIST = Object.entries(COLLECTIONS) as Array<[CollectionKey, CollectionSpec]>;

const EXTENSIONS: Record<CollectionSpec["format"], readonly string[]> = {
  yaml: ["yaml", "yml"],
  mdx: ["md", "mdx"],
};

/** The files of a collection as a glob below its folder, for Astro's glob loader: `*\/*.{yaml,yml}`. */
export function collectionGlob(spec: CollectionSpec): string {
  return `${spec.perTown ? "*/" : ""}*.{${EXTENSIONS[spec.format].join(",")}}`;
}

/** The same files as a test on a path relative to the folder (with `/`), for the file reader. */
export function collectionFileMatcher(spec: CollectionSpec): RegExp {
  return new RegExp(`^${spec.perTown ? "[^/]+/" : ""}[^/]+\\.(?:${EXTENSIONS[spec.format].join("|")})$`);
}

/** An entry's id: its path below the folder without extension (units: `<town>/<unit>`). */
export function entryIdOf(file: string): string {
  return file.replace(/\.(ya?ml|mdx?)$/, "");
}

/**
 * The content folder, found one way by the build, the check, the editor and the importer: a
 * command's own option (--content, --out) if given, else DUTY_MATRIX_CONTENT, else
 * <root>/content (`./content` for the build, which runs in the project).
 */
export function contentFolder({
  option,
  root = ".",
}: { option?: string | undefined; root?: string } = {}): string {
  return option ?? process.env["DUTY_MATRIX_CONTENT"] ?? `${root}/content`;
}
