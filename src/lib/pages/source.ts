import { citationsForSource, type Model, type SourceRecord, type TownRecord } from "../model/index.ts";

/** The towns a source covers, in home-page order. */
export function townsOfSource(model: Model, source: SourceRecord): TownRecord[] {
  return model.towns.filter((town) => source.data.jurisdictions.includes(town.id));
}

/** The list of sources: each with the names of its towns. */
export function sourceListPage(model: Model) {
  return [...model.sources.values()].map((source) => ({
    source,
    duties: source.dutyCount,
    towns: townsOfSource(model, source).map((town) => town.data.name),
  }));
}

/** One source's page: its towns and every clause's encoded records. */
export function sourcePage(model: Model, source: SourceRecord) {
  return {
    towns: townsOfSource(model, source),
    citations: citationsForSource(model, source.id),
  };
}
