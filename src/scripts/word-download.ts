/**
 * The print pages' 下载 Word button: makes the unit's 职责清单 or 目标责任书, or the town's
 * booklet, as a .docx in the browser from its blocks (`/<town>/word.json`, `/<town>/booklet.json`)
 * and hands it over as a download. Opening the page with `?download=docx` (the `sheetDocxUrl` /
 * `letterDocxUrl` of /api/units.json, the town page's booklet link) does the same at once. The
 * renderer and the `docx` package load only on click.
 */
import {
  documentBlocks,
  type TownWordData,
  type WordBlock,
  type WordDocumentSpec,
} from "../lib/print/blocks.ts";
import { fetchJson, startDownloadButton } from "./file-download.ts";

/** The blocks of the document a button makes: the booklet's own, or a unit's from the town's parts. */
function blocksOf(
  data: TownWordData | WordDocumentSpec,
  doc: string,
  unitSlug: string | undefined,
): WordBlock[] {
  if ("blocks" in data) return data.blocks;
  const unit = data.units[unitSlug ?? ""];
  const parts = doc === "letter" ? unit?.letter : unit?.sheet;
  if (!unit || !parts) throw new Error(`no ${doc} for ${unitSlug}`);
  return documentBlocks(data, parts);
}

export function startWordDownload(): void {
  startDownloadButton(
    "button[data-word-doc]",
    "Word",
    "docx",
    async ({ wordData, wordUnit, wordDoc, downloadFile }) => {
      const [data, { wordDocument }, { Packer }] = await Promise.all([
        fetchJson<TownWordData | WordDocumentSpec>(wordData!),
        import("../lib/word/render.ts"),
        import("docx"),
      ]);
      const title = downloadFile!.replace(/\.docx$/, "");
      return Packer.toBlob(wordDocument({ title, blocks: blocksOf(data, wordDoc!, wordUnit) }));
    },
  );
}
