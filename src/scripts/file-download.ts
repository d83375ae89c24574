/**
 * A button that makes a file in the browser and hands it over as a download: the print pages'
 * 下载 Word and the 下载 Excel of the town and booklet pages. The button is disabled while the
 * file is made; the status line says what is happening and, on failure, what to do.
 */
export function startDownloadButton(
  /** The button, found by an attribute of its own (`data-word-doc`, `data-xlsx-data`). */
  selector: string,
  /** What the file is, as the status line names it: Word, Excel. */
  kind: string,
  /** The `?download=` value that asks for the file on opening the page. */
  atOnce: string,
  /** Makes the file's contents from the button's data attributes. */
  make: (data: DOMStringMap) => Promise<Blob>,
): void {
  const button = document.querySelector<HTMLButtonElement>(selector);
  if (!button) return;
  // The button's own status line, right after it (a page may hold a Word and an Excel button).
  const next = button.nextElementSibling;
  const status = next instanceof HTMLElement && next.matches("[data-download-status]") ? next : null;
  const file = button.dataset["downloadFile"]!;
  async function download(): Promise<void> {
    button!.disabled = true;
    if (status) status.textContent = `正在生成 ${kind} 文件……`;
    try {
      const link = document.createElement("a");
      link.href = URL.createObjectURL(await make(button!.dataset));
      link.download = file;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
      if (status) status.textContent = `已生成：${file}（在浏览器的下载里）`;
    } catch (error) {
      if (status)
        status.textContent =
          location.protocol === "file:"
            ? `从本机文件打开的页面不能生成 ${kind} 文件：请用 npm start 启动网站后再试。`
            : `没能生成 ${kind} 文件（${error instanceof Error ? error.message : String(error)}），请刷新页面后再试。`;
    } finally {
      button!.disabled = false;
    }
  }
  button.addEventListener("click", () => void download());
  if (new URLSearchParams(location.search).get("download") === atOnce) void download();
}

/** Fetches a JSON file the page needs, with the address in the error a reader sees. */
export async function fetchJson<T>(url: string): Promise<T> {
  const answer = await fetch(url);
  if (!answer.ok) throw new Error(`${answer.status} ${url}`);
  return (await answer.json()) as T;
}
