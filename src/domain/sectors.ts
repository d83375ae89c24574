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

/**
 * Every word that names a sector — its name, short name, everyday aliases and one-character
 * aliases — in that order. One list for the lookup's index and the importer's sector guesses,
 * so a word a clerk adds to a sector finds it in both.
 */
export function sectorWords(sector: SectorNames): string[] {
  return [
    sector.name,
    ...(sector.shortName ? [sector.shortName] : []),
    ...sector.aliases,
    ...(sector.oneCharacterAliases ?? []),
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
