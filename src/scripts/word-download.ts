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
  const button = document.querySelector<HTMLButtonElement>("button[data-word-doc]");
  const status = document.querySelector<HTMLElement>("[data-word-status]");
  if (!button) return;
  const { wordData, wordUnit, wordDoc, wordFile } = button.dataset;

  async function download(): Promise<void> {
    button!.disabled = true;
    if (status) status.textContent = "正在生成 Word 文件……";
    try {
      const [data, { wordDocument }, { Packer }] = await Promise.all([
        fetch(wordData!).then((answer) => {
          if (!answer.ok) throw new Error(`${answer.status} ${wordData}`);
          return answer.json() as Promise<TownWordData | WordDocumentSpec>;
        }),
        import("../lib/word/render.ts"),
        import("docx"),
      ]);
      const title = wordFile!.replace(/\.docx$/, "");
      const blob = await Packer.toBlob(wordDocument({ title, blocks: blocksOf(data, wordDoc!, wordUnit) }));
      const link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = wordFile!;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
      if (status) status.textContent = `已生成：${wordFile}（在浏览器的下载里）`;
    } catch (error) {
      const fromDisk = location.protocol === "file:";
      if (status)
        status.textContent = fromDisk
          ? "从本机文件打开的页面不能生成 Word 文件：请用 npm start 启动网站后再试。"
          : `没能生成 Word 文件（${error instanceof Error ? error.message : String(error)}），请刷新页面后再试。`;
    } finally {
      button!.disabled = false;
    }
  }

  button.addEventListener("click", () => void download());
  if (new URLSearchParams(location.search).get("download") === "docx") void download();
}
