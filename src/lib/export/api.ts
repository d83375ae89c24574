import { sectorAliases, type Model } from "../model/index.ts";
import { dutyPath, letterPath, printPath, townSectorPath, unitPath } from "../site/index.ts";
import { hasLetter } from "../print/index.ts";

/** The public contract of /api/duties.json: one object per duty. */
export function dutiesForApi(model: Model) {
  const townName = new Map(model.towns.map((t) => [t.id, t.data.name]));
  return model.duties.map((duty) => {
    const unit = model.units.get(duty.unit)!;
    const source = model.sources.get(duty.source)!;
    return {
      id: duty.id,
      jurisdiction: townName.get(duty.jurisdiction)!,
      jurisdictionId: duty.jurisdiction,
      unit: unit.key,
      unitName: unit.data.name,
      unitKind: unit.data.kind,
      text: duty.text,
      role: duty.role,
      sectors: duty.sectors,
      sectorNames: duty.sectors.map((id) => model.sectorById.get(id)!.data.name),
      source: duty.source,
      sourceTitle: source.data.title,
      sourceDocNumber: source.data.docNumber ?? null,
      clause: duty.clause,
      clauseAnchor: duty.clauseAnchor,
      cadence: duty.cadence,
      dates: duty.dates,
      note: duty.note ?? null,
      url: dutyPath(duty.unit, duty.anchor),
    };
  });
}

/** /api/units.json. */
export function unitsForApi(model: Model) {
  const townName = new Map(model.towns.map((t) => [t.id, t.data.name]));
  return [...model.units.values()].map((unit) => ({
    id: unit.key,
    name: unit.data.name,
    shortName: unit.label,
    kind: unit.data.kind,
    jurisdiction: townName.get(unit.data.jurisdiction)!,
    jurisdictionId: unit.data.jurisdiction,
    type: unit.data.type ?? null,
    dutyCount: unit.duties.length,
    successor: unit.data.successor ?? null,
    url: unitPath(unit.key),
    /** The A4 职责清单. */
    printUrl: printPath(unit.key),
    /** The 目标责任书; null for a group (其他有关部门 …), which signs none. */
    letterUrl: hasLetter(unit) ? letterPath(unit.key) : null,
  }));
}

/** /api/sectors.json, with the towns where each sector is in use. */
export function sectorsForApi(model: Model) {
  return model.sectors.map((sector) => ({
    id: sector.id,
    name: sector.data.name,
    group: sector.data.group,
    description: sector.data.description,
    aliases: sectorAliases(sector.data),
    towns: model.towns
      .filter((town) => town.matrix.sectors.includes(sector.id))
      .map((town) => ({ jurisdiction: town.data.name, url: townSectorPath(town.id, sector.id) })),
  }));
}
