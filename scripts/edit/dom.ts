/**
 * What the editor's pages (admin.ts, import-page.ts, structure-panel.ts) build their own parts
 * with; served to the browser with its types stripped.
 */

/** An element with its text and attributes. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  attributes: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}
