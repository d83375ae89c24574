import { OWN_WORDS } from "../../schemas/messages.ts";
import { COLLECTION_LIST, type CollectionKey } from "../content/index.ts";
import { contactsCollectionName, unitsCollectionName } from "../site/index.ts";

/**
 * What the form edits and how it shows it: the edited collections and why the others are left
 * out, descriptions, multi-line fields, references as choices, list summaries, folded lists.
 */

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
export const PER_TOWN_COLLECTIONS = ["units", "contacts"] as const satisfies readonly CollectionKey[];

/** The form collection of one town's entries of a per-town collection. */
export function townCollectionName(collection: CollectionKey, town: string): string {
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
  terms: `术语表：${OWN_WORDS}的释义`,
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
  description: "网站名称、发布的乡镇、首页的镇、发布地址",
};

/** Fields whose text runs to sentences: a multi-line box. */
export const MULTILINE = new Set(["text", "description", "definition", "note", "summary"]);

/** What a reference field points at: a collection of the form, and whether it takes several. */
export interface Reference {
  collection: (town: string | undefined) => string;
  display: string;
  /** Further fields typing finds an entry by (a sector by its everyday words). */
  search?: string[];
}

export const SECTORS: Reference = {
  collection: () => "sectors",
  display: "name",
  search: ["shortName", "aliases.*"],
};

export const SOURCES: Reference = { collection: () => "sources", display: "title" };

export const PRINCIPLES: Reference = { collection: () => "principles", display: "name" };

export const JURISDICTIONS: Reference = { collection: () => "jurisdictions", display: "name" };

export const TOWN_UNITS: Reference = {
  collection: (town) => unitsCollectionName(town ?? ""),
  display: "name",
};

/** How the form shows and finds an entry a reference names, by what it names. */
export const REFERENCE_TARGETS: Record<string, Reference> = {
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
export const REFERENCES: Record<string, Reference> = Object.fromEntries([
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
export const ITEM_SUMMARIES: Record<string, string> = {
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
export const ENTRY_SUMMARIES: Partial<Record<CollectionKey, string>> = {
  contacts: "{{unit}}　{{person}}　{{dutyPhone}}",
};

/** Lists long enough that their items start folded to their summary line. */
export const FOLDED_LISTS = new Set([
  "units.duties",
  "vocabularies.groups",
  "ruleSets.rules",
  "rosters.members",
]);

export { contactsCollectionName, unitsCollectionName };
