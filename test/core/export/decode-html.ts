/**
 * @module
 * Reads back the little HTML the exports write (`<p>`, `<br>`, the five XML entities), for
 * tests that compare it with the plain text it came from.
 */

const ENTITIES: Record<string, string> = {
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&apos;": "'",
  "&amp;": "&",
};

/** Plain text of escaped HTML: `<br>` / `<br/>` become line breaks, entities characters. */
export function decodeHtmlText(html: string): string {
  if (/<(?!br\/?>)/.test(html)) throw new Error(`Unexpected markup in ${html}`);
  return html
    .replace(/<br\/?>/g, "\n")
    .replace(/&(lt|gt|quot|apos|amp);/g, (entity) => ENTITIES[entity] ?? entity);
}

/** The text of one `<p>…</p>`. */
export function decodeParagraph(html: string): string {
  const match = /^<p>([\s\S]*)<\/p>$/.exec(html);
  if (!match) throw new Error(`Not one paragraph: ${html}`);
  return decodeHtmlText(match[1] ?? "");
}
