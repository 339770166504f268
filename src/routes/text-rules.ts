/**
 * @module
 * What the API does with the odd characters a hostile or sloppy client may put in text fields.
 *
 * - Lone surrogates (half of a UTF-16 pair, `"\ud800"` in JSON): refused (400). No keyboard
 *   types one, they cannot be stored or exported as UTF-8, and they only come from a bug or an
 *   attack.
 * - Control characters (C0, DEL, C1: tab, form feed, NUL…): each becomes a space. They come from
 *   pasting (a tab from a spreadsheet in a name, a form feed between the pages of an article),
 *   are invisible, and must not cost a student their sheet or a teacher their article; left in,
 *   they would break one-line fields, CSV rows and XML exports. Only the article keeps its line
 *   breaks and tabs.
 */
import * as v from "valibot";

/** A UTF-16 surrogate not paired with its other half (with `u`, a pair is one code point). */
const LONE_SURROGATE = /\p{Cs}/u;
/** C0 controls, DEL and C1 controls. */
const CONTROL = /\p{Cc}/gu;
/** The same, but for tab, line feed and carriage return. */
const CONTROL_BUT_LINE_BREAKS = /(?![\t\n\r])\p{Cc}/gu;

/**
 * Whether `text` holds a lone surrogate.
 *
 * @example
 * hasLoneSurrogate("\ud83d"); // true
 * hasLoneSurrogate("😀"); // false
 */
export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}

/**
 * A valibot check refusing lone surrogates, naming the field.
 *
 * @example
 * v.pipe(v.string(), refuseLoneSurrogates("student"));
 */
export function refuseLoneSurrogates(field: string) {
  return v.check(
    (text: string) => !hasLoneSurrogate(text),
    `${field} contains an unpaired UTF-16 surrogate (such as "\\ud800"); send well-formed Unicode text.`,
  );
}

/**
 * `text` with every control character turned into a space.
 *
 * @example
 * replaceControls("Léa\tMartin"); // "Léa Martin"
 */
export function replaceControls(text: string): string {
  return text.replace(CONTROL, " ");
}

/**
 * A valibot transformation turning every control character into a space: for one-line fields.
 *
 * @example
 * v.parse(v.pipe(v.string(), controlsToSpaces()), "Léa\tMartin"); // "Léa Martin"
 */
export function controlsToSpaces() {
  return v.transform(replaceControls);
}

/**
 * The same for text that keeps its lines: tabs, line feeds and carriage returns stay.
 *
 * @example
 * v.parse(v.pipe(v.string(), controlsToSpacesKeepingLines()), "a\fb\nc"); // "a b\nc"
 */
export function controlsToSpacesKeepingLines() {
  return v.transform((text: string) => text.replace(CONTROL_BUT_LINE_BREAKS, " "));
}
