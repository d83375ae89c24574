import type { CheckContext } from "./context.ts";
import { unknownReference } from "./suggest.ts";

/** Sources: the full text exists, the jurisdictions they name exist, and the parser read every paragraph. */
export function checkSources({ input, parsed, problems, jurisdictionIds }: CheckContext): void {
  for (const source of input.sources) {
    if (source.text === null) {
      problems.push({
        file: source.file,
        entry: source.id,
        field: "file",
        message: `找不到全文 content/sources/texts/${source.data.file} / source text file is missing`,
        fix: "把原文放到 content/sources/texts/ 下，或改正 file / add the text file or correct `file`",
      });
    }
    source.data.jurisdictions.forEach((id, index) => {
      if (!jurisdictionIds.has(id)) {
        problems.push(
          unknownReference(
            source.file,
            source.id,
            `jurisdictions[${index}]`,
            "辖区",
            "jurisdiction",
            id,
            jurisdictionIds,
          ),
        );
      }
    });
    for (const problem of parsed.get(source.id)?.problems ?? []) {
      problems.push({
        file: source.file,
        entry: source.id,
        field: problem.line ? `texts/${source.data.file}:${problem.line}` : "markerOverrides",
        message: problem.message,
        fix: "在 markerOverrides 中说明该段应如何编号 / add a markerOverrides entry saying how to number it",
      });
    }
  }
}
