/**
 * @module
 * Reading served HTML in the Workers tests: the elements matching a selector, with their
 * attributes and text, as workerd's own parser (HTMLRewriter) sees them.
 */

/** An element found: its attributes, and its text with entities decoded. */
export interface Found {
  attributes: Record<string, string>;
  text: string;
}

/** Text as the browser shows it: HTMLRewriter hands over text chunks with entities as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, entity: string) => {
    const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
    if (entity[0] !== "#") return named[entity.toLowerCase()] ?? "";
    const hex = entity[1]?.toLowerCase() === "x";
    return String.fromCodePoint(Number.parseInt(entity.slice(hex ? 2 : 1), hex ? 16 : 10));
  });
}

/**
 * Every element matching `selector`. Text is that of the element and its descendants, but of
 * the last matching element only when matches nest.
 *
 * @example
 * const [title] = await selectElements(html, "h1");
 * title?.text; // "Espace enseignant"
 */
export async function selectElements(html: string, selector: string): Promise<Found[]> {
  const found: Found[] = [];
  await new HTMLRewriter()
    .on(selector, {
      element(element) {
        found.push({ attributes: Object.fromEntries(element.attributes), text: "" });
      },
      text(chunk) {
        const last = found.at(-1);
        if (last) last.text += decodeEntities(chunk.text);
      },
    })
    .transform(new Response(html))
    .text();
  return found;
}
