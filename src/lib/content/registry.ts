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
  /** What one entry is called in Chinese, in messages and in the form (责任主体, 来源文件). */
  kindZh: string;
  /** The collection's name in Chinese, as the form's sidebar lists it (考核与追责, 通讯录). */
  label: string;
  /** YAML records, or Markdown/MDX with YAML frontmatter. */
  format: "yaml" | "mdx";
  /** True when files sit one folder deeper, one folder per town (units/<town>/<unit>.yaml). */
  perTown: boolean;
  /** The schema every file's data must satisfy. */
  schema: z.ZodType;
  /**
   * The fields that name another entry, by their path in an entry (`duties.sectors`), and
   * what they name: a collection, or `town-units` for a unit of the entry's own town. The
   * form offers the entries to choose from; the checks resolve each one (held to this list by
   * test/content/registry-references.test.ts, which breaks each in turn).
   */
  references?: Readonly<Record<string, CollectionKeyName | "town-units">>;
}

/** A collection as the registry names it (`ruleSets`); spelled out so specs can refer to each other. */
type CollectionKeyName =
  | "jurisdictions"
  | "sources"
  | "units"
  | "sectors"
  | "principles"
  | "ruleSets"
  | "rosters"
  | "ledgerSets"
  | "terms"
  | "vocabularies"
  | "guides"
  | "contacts";

/** What rule sets, rosters and ledger lists refer to: one town and one of its sources. */
const TOWN_SOURCE = { jurisdiction: "jurisdictions", source: "sources" } as const;

/**
 * The one list of collections. The file reader (the check and the build), the MDX
 * bodies' loader (src/data/narrative.ts) and the model all read this table, so a collection, its folder, its file
 * pattern and its schema are written once. Keys are the names the model's input uses.
 */
export const COLLECTIONS = {
  jurisdictions: {
    folder: "jurisdictions",
    kind: "jurisdiction",
    kindZh: "辖区",
    label: "辖区",
    format: "yaml",
    perTown: false,
    schema: jurisdictionSchema,
    references: { "unassigned.principles": "principles" },
  },
  sources: {
    folder: "sources",
    kind: "source",
    kindZh: "来源文件",
    label: "来源文件",
    format: "yaml",
    perTown: false,
    schema: sourceSchema,
  },
  units: {
    folder: "units",
    kind: "unit",
    kindZh: "责任主体",
    label: "责任主体",
    format: "yaml",
    perTown: true,
    schema: unitSchema,
    references: {
      source: "sources",
      "duties.source": "sources",
      "duties.sectors": "sectors",
      "appliesTo.units": "town-units",
      "successor.unit": "town-units",
    },
  },
  sectors: {
    folder: "sectors",
    kind: "sector",
    kindZh: "行业领域",
    label: "行业领域",
    format: "yaml",
    perTown: false,
    schema: sectorSchema,
  },
  principles: {
    folder: "principles",
    kind: "principle",
    kindZh: "原则",
    label: "原则",
    format: "mdx",
    perTown: false,
    schema: principleSchema,
  },
  ruleSets: {
    folder: "rules",
    kind: "rule-set",
    kindZh: "规则文件",
    label: "考核与追责",
    format: "yaml",
    perTown: false,
    schema: ruleSetSchema,
    references: TOWN_SOURCE,
  },
  rosters: {
    folder: "rosters",
    kind: "roster",
    kindZh: "名单",
    label: "领导小组",
    format: "yaml",
    perTown: false,
    schema: rosterSchema,
    references: TOWN_SOURCE,
  },
  ledgerSets: {
    folder: "ledgers",
    kind: "ledger-set",
    kindZh: "台账清单",
    label: "台账",
    format: "yaml",
    perTown: false,
    schema: ledgerSetSchema,
    references: TOWN_SOURCE,
  },
  terms: {
    folder: "terms",
    kind: "term",
    kindZh: "术语",
    label: "术语",
    format: "yaml",
    perTown: false,
    schema: termSchema,
    references: { sector: "sectors", principle: "principles" },
  },
  vocabularies: {
    folder: "vocabulary",
    kind: "vocabulary",
    kindZh: "日常说法文件",
    label: "日常说法",
    format: "yaml",
    perTown: false,
    schema: vocabularySchema,
  },
  guides: {
    folder: "guides",
    kind: "guide",
    kindZh: "入门指南",
    label: "入门指南",
    format: "mdx",
    perTown: false,
    schema: guideSchema,
  },
  contacts: {
    folder: "contacts",
    kind: "contact",
    kindZh: "联系人",
    label: "通讯录",
    format: "yaml",
    perTown: true,
    schema: contactSchema,
    references: { unit: "town-units" },
  },
} as const satisfies Record<CollectionKeyName, CollectionSpec>;

/** A collection as the model's input names it (`ruleSets`). */
export type CollectionKey = keyof typeof COLLECTIONS;

/** A collection as its folder names it (`rules`). */
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
