import type { ContentInput, ContentProblem } from "../content/index.ts";
import { UNIT_TYPE_REFERENCE, unknownReference } from "./suggest.ts";

/** A guide's references: unit types some unit has, unit keys and glossary terms that exist. */
export function checkGuides(input: ContentInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const types = new Set(input.units.flatMap((unit) => (unit.data.type ? [unit.data.type] : [])));
  const unitKeys = new Set(input.units.map((unit) => unit.id));
  const termIds = new Set(input.terms.map((term) => term.id));
  for (const guide of input.guides) {
    guide.data.unitTypes.forEach((type, index) => {
      if (!types.has(type))
        problems.push(
          unknownReference(guide.file, guide.id, `unitTypes[${index}]`, UNIT_TYPE_REFERENCE, type, types),
        );
    });
    guide.data.units.forEach((key, index) => {
      if (!unitKeys.has(key))
        problems.push(unknownReference(guide.file, guide.id, `units[${index}]`, "units", key, unitKeys));
    });
    guide.data.terms.forEach((term, index) => {
      if (!termIds.has(term))
        problems.push(unknownReference(guide.file, guide.id, `terms[${index}]`, "terms", term, termIds));
    });
  }
  return problems;
}
