const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  "'": "&#39;",
  '"': "&quot;",
};
const SPECIAL = /[&<>'"]/;
const SPECIALS = /[&<>'"]/g;
const escapeOne = (character: string) => ESCAPES[character]!;

/**
 * Escapes text for HTML text and double-quoted attributes, as Astro escapes an expression.
 * Most texts (Chinese duty texts) have nothing to escape: they are returned as they are.
 */
export function escapeHtml(text: string): string {
  return SPECIAL.test(text) ? text.replace(SPECIALS, escapeOne) : text;
}

/**
 * An element as HTML: its attributes in order, those without a value (undefined, null, false)
 * left out, every value and the content escaped unless the content is given as `html`.
 * A plain loop, not entries/filter/map: the print pages call it for every line of every sheet.
 */
export function element(
  tag: string,
  attributes: Record<string, string | number | undefined | null | false>,
  content: { text: string } | { html: string },
): string {
  let html = `<${tag}`;
  for (const name in attributes) {
    const value = attributes[name];
    if (value !== undefined && value !== null && value !== false)
      html += ` ${name}="${escapeHtml(String(value))}"`;
  }
  return `${html}>${"text" in content ? escapeHtml(content.text) : content.html}</${tag}>`;
}
