/**
 * @module
 * Text made safe for XML: escaped, as element content or attribute value, or kept as written in
 * a CDATA section.
 */

/**
 * Characters XML 1.0 cannot hold at all, even escaped: C0 controls other than tab, line feed
 * and carriage return, lone surrogates, U+FFFE and U+FFFF. Pasted articles occasionally carry
 * them, and one is enough to make the whole file unreadable.
 */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/**
 * Escapes `& < > " '` and drops the characters XML cannot represent, so the result is safe
 * both between tags and inside a quoted attribute. Also right for HTML text, since HTML knows
 * the same five entities.
 *
 * @example
 * escapeXml(`"Tom" & <Jerry>`); // "&quot;Tom&quot; &amp; &lt;Jerry&gt;"
 */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, "").replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/**
 * The text as written, in a CDATA section: no entity in it, so a reader that drops whitespace
 * between entities (Moodle's `xmlize`) keeps every space. Characters XML cannot hold are
 * dropped, and a `]]>` inside is split across two sections, as Moodle's own exporter does.
 *
 * @example
 * toCdata("Tom & 'Jerry'"); // "<![CDATA[Tom & 'Jerry']]>"
 * toCdata("a]]>b"); // "<![CDATA[a]]]]><![CDATA[>b]]>"
 */
export function toCdata(text: string): string {
  return `<![CDATA[${text.replace(NOT_XML, "").replaceAll("]]>", "]]]]><![CDATA[>")}]]>`;
}
