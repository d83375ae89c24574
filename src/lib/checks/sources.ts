import { sourceTextReference } from "../content/index.ts";
import { conversionResidue } from "../sources/index.ts";
import type { CheckContext } from "./context.ts";
import { unknownReference } from "./suggest.ts";

/** Sources: the full text exists, the jurisdictions they name exist, and the parser read every paragraph. */
export function checkSources({ input, parsed, problems, jurisdictionIds }: CheckContext): void {
  for (const source of input.sources) {
    if (source.text === null) {
      problems.push({
        // An unreadable text (not UTF-8, empty) is reported on the text file; this one is for a missing file.
        reference: sourceTextReference(source.id),
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
            "jurisdictions",
            id,
            jurisdictionIds,
          ),
        );
      }
    });
    // A part said to repeat another source points at one that exists and is not itself.
    const sourceIds = new Set(input.sources.map((other) => other.id));
    source.data.notEncoded.forEach((entry, index) => {
      if (entry.repeatOf === undefined) return;
      if (entry.repeatOf === source.id || !sourceIds.has(entry.repeatOf))
        problems.push(
          unknownReference(
            source.file,
            source.id,
            `notEncoded[${index}].repeatOf`,
            "sources",
            entry.repeatOf,
            new Set([...sourceIds].filter((id) => id !== source.id)),
          ),
        );
    });
    // A collection whose title prefix matches no line would be read as one document.
    const prefix = source.data.parts?.titlePrefix;
    const clauses = parsed.get(source.id)?.clauses;
    if (prefix !== undefined && clauses && !clauses.some((clause) => clause.anchor.startsWith("pt"))) {
      problems.push({
        file: source.file,
        entry: source.id,
        field: "parts.titlePrefix",
        message: `全文中没有一行是“${prefix}”加“篇一”“篇二”这样的标题 / no line of the text is "${prefix}" followed by 篇一, 篇二 …`,
        fix: `从全文中逐字复制每篇标题里“篇一”之前的文字（不写正则表达式），或删除 parts / copy the words before 篇一 from a title line of the text, or delete parts`,
      });
    }
    // What a converter left in the text is not the document's: one problem a source, the first place named.
    const residue = source.text === null ? [] : conversionResidue(source.text);
    if (residue.length > 0) {
      const [first] = residue;
      problems.push({
        file: source.file,
        entry: source.id,
        field: `texts/${source.data.file}:${first!.line}`,
        message: `全文中有转换文件时留下的“${first!.residue}”，原文并没有印这些字${residue.length > 1 ? `（共 ${residue.length} 处）` : ""} / the text holds conversion residue "${first!.residue}"${residue.length > 1 ? ` (${residue.length} places)` : ""}`,
        fix: `从全文中删去“${first!.residue}”这类文字，原文其他字不动 / delete the residue from the text, leaving the document's words as they are`,
      });
    }
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
