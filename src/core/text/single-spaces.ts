/**
 * @module
 * Runs of whitespace as single spaces, without a replacement where there is none to make.
 */

/** Spacing that is not single spaces: a line break, a non-breaking space, two spaces. */
const IRREGULAR_SPACE = /[^\S ]| {2}/;

/**
 * `text` with every run of whitespace as one space: `text.replace(/\s+/g, " ")`, found in one
 * scan when the text has single spaces only (most paragraphs and sentences), which the replace
 * would otherwise rewrite space by space.
 *
 * @example
 * singleSpaces("Le  maire\na dit"); // "Le maire a dit"
 */
export function singleSpaces(text: string): string {
  return IRREGULAR_SPACE.test(text) ? text.replace(/\s+/g, " ") : text;
}
