/** Groups that order the matrix rows. */
export const SECTOR_GROUPS = [
  "综合",
  "公共安全",
  "工贸与能源",
  "建设与城镇",
  "交通运输",
  "农业农村与自然资源",
  "社会事业",
] as const;

/**
 * The catch-all sector (综合) for duties with no single sector: every leader "leads" it, so
 * several leads there is no overlap worth showing, and nobody phones about it.
 */
export const GENERAL_SECTOR = "general";

/** What a sector is called, in the fields the vocabulary uses. */
export interface SectorNames {
  name: string;
  shortName?: string | undefined;
  aliases: readonly string[];
  oneCharacterAliases?: readonly string[] | undefined;
}

/** A word of the vocabulary and the field of its file that holds it, for a message to name. */
export interface VocabularyWord {
  word: string;
  field: string;
}

/**
 * Every word that names a sector — its name, short name, everyday aliases and one-character
 * aliases — in that order, with its field. One list for the check (each word points at one
 * thing), the lookup's index and the importer's sector guesses, so a word a clerk adds to a
 * sector is checked and found in all three.
 */
export function sectorWordFields(sector: SectorNames): VocabularyWord[] {
  return [
    { word: sector.name, field: "name" },
    ...(sector.shortName ? [{ word: sector.shortName, field: "shortName" }] : []),
    ...sector.aliases.map((word, index) => ({ word, field: `aliases[${index}]` })),
    ...(sector.oneCharacterAliases ?? []).map((word, index) => ({
      word,
      field: `oneCharacterAliases[${index}]`,
    })),
  ];
}

/** The words of `sectorWordFields`, without their fields. */
export function sectorWords(sector: SectorNames): string[] {
  return sectorWordFields(sector).map(({ word }) => word);
}

/**
 * Every word of an everyday ↔ document group: the document word, then the everyday words, with
 * their fields. The check claims each for the group; the lookup's index carries them.
 */
export function groupWordFields(group: { document: string; everyday: readonly string[] }): VocabularyWord[] {
  return [
    { word: group.document, field: "document" },
    ...group.everyday.map((word, index) => ({ word, field: `everyday[${index}]` })),
  ];
}

/** Every word that names a glossary term and what it includes (九小场所: 小旅馆, 小网吧 …). */
export function termWords(term: {
  name: string;
  aliases: readonly string[];
  includes: readonly string[];
}): string[] {
  return [term.name, ...term.aliases, ...term.includes];
}
