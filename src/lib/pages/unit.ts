import {
  dutiesByPrimarySector,
  groupsApplyingTo,
  sectorAliases,
  sectorsForUnit,
  unitsBoundByGroup,
  type Model,
  type UnitRecord,
} from "../model/index.ts";

/**
 * What a unit's page shows: its town and source, its duties by primary sector, its role in
 * each sector, the groups whose duties bind it (or, for a group, the units it binds) and
 * the everyday words full-text search should find it by.
 */
export function unitPage(model: Model, unit: UnitRecord) {
  const town = model.townById.get(unit.data.jurisdiction)!;
  const sections = dutiesByPrimarySector(model, unit.duties);
  return {
    town,
    source: model.sources.get(unit.data.source)!,
    sections,
    sectorRoles: sectorsForUnit(town.matrix, unit.key).map(({ sector, role }) => ({
      sector: model.sectorById.get(sector)!,
      role,
    })),
    groups: groupsApplyingTo(model, unit),
    bound: unit.data.kind === "group" ? unitsBoundByGroup(model, unit) : [],
    /** The everyday words for the unit's sectors, so full-text search finds the unit by them too. */
    keywords: [...new Set(sections.flatMap(({ sector }) => sectorAliases(sector.data)))],
  };
}
