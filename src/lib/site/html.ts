/** Escapes text for HTML text and double-quoted attributes, as Astro escapes an expression. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>'"]/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", "'": "&#39;", '"': "&quot;" })[c]!,
  );
}

/**
 * An element as HTML: its attributes in order, those without a value (undefined, null, false)
 * left out, every value and the content escaped unless the content is given as `html`.
 */
export function element(
  tag: string,
  attributes: Record<string, string | number | undefined | null | false>,
  content: { text: string } | { html: string },
): string {
  const attributeText = Object.entries(attributes)
    .filter(([, value]) => value !== undefined && value !== null && value !== false)
    .map(([name, value]) => ` ${name}="${escapeHtml(String(value))}"`)
    .join("");
  return `<${tag}${attributeText}>${"text" in content ? escapeHtml(content.text) : content.html}</${tag}>`;
}
