import type { ParsedSource } from "../sources/index.ts";
import type { ContentInput, ContentProblem } from "../content/index.ts";
import { ID_PATTERN } from "../../schemas/messages.ts";
import { suggestId } from "./ids.ts";
import { unknownReference } from "./suggest.ts";

/**
 * What every check family reads and writes: the content, its parsed sources, the ids that
 * references may name, and the one list of problems they all add to.
 */
export interface CheckContext {
  input: ContentInput;
  parsed: Map<string, ParsedSource>;
  problems: ContentProblem[];
  jurisdictionIds: Set<string>;
  sourceIds: Set<string>;
  sectorIds: Set<string>;
  /** Unit file names (ids without the town) per town folder, for references within a town. */
  unitsByTown: Map<string, Set<string>>;
  /** Reports a source id that names no source, once per file: on the unit's `source`, not again per duty. */
  reportUnknownSource: (file: string, entry: string, sourceId: string) => void;
}

export function checkContext(input: ContentInput, parsed: Map<string, ParsedSource>): CheckContext {
  const problems: ContentProblem[] = [];
  // A file named so it cannot be a URL (Gas.yaml) is reported on its name; references to the
  // id it should have (gas) are not reported again.
  const withRenames = (ids: readonly string[]) =>
    new Set(ids.flatMap((id) => [id, ...(ID_PATTERN.test(id) ? [] : [suggestId(id) ?? id])]));
  const sourceIds = withRenames(input.sources.map((s) => s.id));
  const unitsByTown = new Map<string, Set<string>>();
  for (const unit of input.units) {
    const [town = "", local = ""] = unit.id.split("/");
    if (!unitsByTown.has(town)) unitsByTown.set(town, new Set());
    unitsByTown.get(town)!.add(local);
  }
  const unknownSourceReported = new Set<string>();
  return {
    input,
    parsed,
    problems,
    jurisdictionIds: withRenames(input.jurisdictions.map((j) => j.id)),
    sourceIds,
    sectorIds: withRenames(input.sectors.map((s) => s.id)),
    unitsByTown,
    reportUnknownSource(file, entry, sourceId) {
      if (unknownSourceReported.has(`${file}\u0000${sourceId}`)) return;
      unknownSourceReported.add(`${file}\u0000${sourceId}`);
      problems.push(unknownReference(file, entry, "source", "sources", sourceId, sourceIds));
    },
  };
}

/** The unit file names of a town, empty when the town has none. */
export function localUnits(context: CheckContext, town: string): Set<string> {
  return context.unitsByTown.get(town) ?? new Set<string>();
}
