import { comparesTowns } from "../../domain/index.ts";
import type { Model } from "../model/index.ts";
import { sectorPath, townSectorPath } from "../site/index.ts";

/**
 * Where a sector's name links: the page that sets the towns side by side, or — on a site of
 * one town, which compares nothing — that town's own page for the sector, when its documents
 * give the sector any duty (undefined when they give none: the name stands unlinked).
 */
export function sectorLink(model: Model, sectorId: string): string | undefined {
  if (comparesTowns(model.towns)) return sectorPath(sectorId);
  const [town] = model.towns;
  return town && town.matrix.sectors.includes(sectorId) ? townSectorPath(town.id, sectorId) : undefined;
}
