/**
 * @module
 * French typography over a rendered HTML document, text only: tags and attributes are left as
 * they are, and so are `script`, `style`, `pre`, `code`, `textarea`, elements in another
 * language (`lang="en"`) and what the caller keeps verbatim (a student's answer). Ordinals get `<sup>` where markup may go; the article's
 * paragraphs (`data-offset`) keep their length, since evidence offsets count their characters.
 */
import { frenchSpacing, typesetFrench } from "./french-typography";

/** Elements whose text is code or typed input: never touched. */
const VERBATIM_TAGS = new Set(["script", "style", "pre", "code", "kbd", "samp", "textarea"]);
/** An element in another language than French: its typography is not French. */
const LANGUAGE = /\slang=["']?([\w-]*)/i;

function isOtherLanguage(attributes: string): boolean {
  const language = LANGUAGE.exec(attributes)?.[1];
  return language !== undefined && !/^fr\b/i.test(language);
}
/** Elements that hold text only: no `<sup>` inside. */
const TEXT_ONLY_TAGS = new Set(["title", "option"]);
/** Elements without an end tag. */
const VOID_TAGS = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
]);

/** A tag, a comment or a doctype; the text between them is what gets typeset. */
const TOKEN = /<!--[\s\S]*?-->|<![^>]*>|<\/?([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos|nbsp));/g;
const NAMED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
};

function decode(text: string): string {
  return text.replace(ENTITY, (entity, decimal?: string, hex?: string, name?: string) => {
    if (decimal) return String.fromCodePoint(Number(decimal));
    if (hex) return String.fromCodePoint(Number.parseInt(hex, 16));
    return (name && NAMED[name]) ?? entity;
  });
}

/** As hono/jsx escapes text. */
function escapeText(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

export interface TypesetHtmlOptions {
  /**
   * Whether an element's text is to stay as typed (its tag name and the raw attributes of its
   * start tag), such as the answers a student gave.
   */
  verbatim?: (tag: string, attributes: string) => boolean;
}

interface Open {
  tag: string;
  mode: "verbatim" | "text" | "keep-length" | "full";
}

/**
 * `html` with French typography in its text.
 *
 * @example
 * typesetFrenchHtml("<p>Pourquoi ? Le 1 mars.</p><code>a:b</code>");
 * // "<p>Pourquoi\u202f? Le 1<sup>er</sup> mars.</p><code>a:b</code>"
 */
export function typesetFrenchHtml(html: string, { verbatim }: TypesetHtmlOptions = {}): string {
  const open: Open[] = [];
  let output = "";
  let last = 0;
  const mode = () => open[open.length - 1]?.mode ?? "full";
  const flush = (end: number) => {
    if (end > last) output += typesetText(html.slice(last, end), mode());
  };
  for (const match of html.matchAll(TOKEN)) {
    flush(match.index);
    last = match.index + match[0].length;
    output += match[0];
    const tag = match[1]?.toLowerCase();
    if (!tag) continue;
    if (match[0].startsWith("</")) {
      const at = open.map((entry) => entry.tag).lastIndexOf(tag);
      if (at >= 0) open.length = at;
      continue;
    }
    if (VOID_TAGS.has(tag) || match[0].endsWith("/>")) continue;
    const attributes = match[2] ?? "";
    const outer = mode();
    let inner: Open["mode"] = outer;
    if (
      outer === "verbatim" ||
      VERBATIM_TAGS.has(tag) ||
      isOtherLanguage(attributes) ||
      verbatim?.(tag, attributes)
    ) {
      inner = "verbatim";
    } else if (outer === "text" || TEXT_ONLY_TAGS.has(tag)) {
      inner = "text";
    } else if (outer === "keep-length" || /\sdata-offset=/.test(attributes)) {
      inner = "keep-length";
    }
    open.push({ tag, mode: inner });
  }
  flush(html.length);
  return output;
}

function typesetText(escaped: string, mode: Open["mode"]): string {
  if (mode === "verbatim" || escaped.trim() === "") return escaped;
  const text = decode(escaped);
  if (mode === "keep-length") return escapeText(frenchSpacing(text, { keepLength: true }));
  return typesetFrench(text)
    .map((piece) => {
      if (typeof piece === "string") return escapeText(piece);
      return mode === "text"
        ? `${piece.number}${piece.suffix}`
        : `${piece.number}<sup>${piece.suffix}</sup>`;
    })
    .join("");
}
