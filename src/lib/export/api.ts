import { CONTACT_OWNER_MARK, isStale, today } from "../contacts/index.ts";
import { citationFor, sectorAliases, type DutyRecord, type Model } from "../model/index.ts";
import {
  dutyPath,
  letterDocxPath,
  letterPath,
  printPath,
  sheetDocxPath,
  townSectorPath,
  unitPath,
} from "../site/index.ts";
import { hasLetter } from "../print/index.ts";
import { DUTY_LIST_COLUMNS, ROLE_LABELS, UNIT_KIND_LABELS } from "../../domain/index.ts";

/**
 * A duty as government duty lists (权责清单, 履职事项清单) state it, in Chinese: who bears it
 * and as what, the matters (its sectors), the verbatim text, and the clause it rests on.
 * `/<town>/duties.csv` is these fields as columns; `/api/duties.json` carries them too.
 */
export function dutyListFields(model: Model, duty: DutyRecord) {
  const unit = model.units.get(duty.unit)!;
  return {
    /** 责任主体. */
    unitName: unit.data.name,
    /** 主体类别: 站所部门, 岗位 …. */
    unitKindLabel: UNIT_KIND_LABELS[unit.data.kind],
    /** 责任类型: 主责, 协助 …. */
    roleLabel: ROLE_LABELS[duty.role],
    /** 事项: the duty's sectors by name. */
    sectorNames: duty.sectors.map((id) => model.sectorById.get(id)!.data.name),
    /** 职责内容, verbatim. */
    text: duty.text,
    /** 实施依据: 文号 (or title) and clause. */
    basis: citationFor(model, duty.source, duty.clause),
    /** 来源文件. */
    sourceTitle: model.sources.get(duty.source)!.data.title,
  };
}

/** The 清单's columns name fields of `dutyListFields`: checked here, where both are known. */
const COLUMN_FIELDS: ReadonlyArray<readonly [string, keyof ReturnType<typeof dutyListFields> | null]> =
  DUTY_LIST_COLUMNS;

/**
 * Duties in the order their documents give them: town by town, each town's units as its
 * sources list them (镇党委, 镇政府 … before the 站所), each unit's duties in its file's order —
 * not by the units' file names.
 */
export function dutiesInDocumentOrder(model: Model, town?: string) {
  return model.towns
    .filter((record) => town === undefined || record.id === town)
    .flatMap((record) => record.units.flatMap((unit) => unit.duties));
}

/** A town's duties as the 清单's rows, numbered from 1 in the order of /api/duties.json. */
export function dutyListRows(model: Model, town: string): string[][] {
  const duties = dutiesInDocumentOrder(model, town);
  return [
    COLUMN_FIELDS.map(([header]) => header),
    ...duties.map((duty, index) => {
      const fields = dutyListFields(model, duty);
      return COLUMN_FIELDS.map(([, field]) => {
        if (field === null) return String(index + 1);
        const value = fields[field];
        return Array.isArray(value) ? value.join("、") : value;
      });
    }),
  ];
}

/** The public contract of /api/duties.json: one object per duty. */
export function dutiesForApi(model: Model) {
  const townName = new Map(model.towns.map((t) => [t.id, t.data.name]));
  return dutiesInDocumentOrder(model).map((duty) => {
    const unit = model.units.get(duty.unit)!;
    const source = model.sources.get(duty.source)!;
    return {
      id: duty.id,
      jurisdiction: townName.get(duty.jurisdiction)!,
      jurisdictionId: duty.jurisdiction,
      unit: unit.key,
      unitKind: unit.data.kind,
      role: duty.role,
      sectors: duty.sectors,
      ...dutyListFields(model, duty),
      source: duty.source,
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
    /** The 职责清单 as a Word file (the sheet's page makes it in the browser on opening this address). */
    sheetDocxUrl: sheetDocxPath(unit.key),
    /** The 目标责任书 as a Word file, made the same way; null for a group. */
    letterDocxUrl: hasLetter(unit) ? letterDocxPath(unit.key) : null,
    /** The office's own contact (本单位维护, not from the documents); null when it keeps none. */
    contact: unit.contact
      ? {
          ...unit.contact,
          maintainedBy: CONTACT_OWNER_MARK,
          stale: isStale(unit.contact, today(), model.site.contactMaxAgeDays),
        }
      : null,
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
