/**
 * True when the page was opened from disk (file://), where the lookup index and Pagefind
 * cannot be fetched: the page's "open through a server" note is shown instead of a search
 * box that fails. (From disk the bundled scripts usually cannot load at all, and the note
 * shows by itself; this covers a browser that loads them anyway.)
 */
export function openedFromDisk(): boolean {
  if (location.protocol !== "file:") return false;
  document.getElementById("needs-server")?.classList.add("is-shown");
  return true;
}
