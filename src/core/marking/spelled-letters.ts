/**
 * @module
 * Acronyms typed letter by letter (`D.S.I.T.I.`, `D S I T I`), glued back into one word.
 */

/**
 * Two or more single letters, each followed by a dot or spaces: the letters of an acronym.
 * A letter before an apostrophe (`à l'ONU`) or inside a word is not one of them.
 */
const SPELLED = /(?<![\p{L}\p{N}])\p{L}(?:(?:\.\s*|\s+)\p{L}(?![\p{L}\p{N}'’]))+\.?/gu;

/**
 * `text` with every acronym spelled letter by letter written as one word; the rest unchanged.
 * Normalising first would be too late: `D.S.I.T.I.` would lose its `d` as a determiner.
 *
 * @example
 * joinSpelledLetters("la D.S.I.T.I."); // "la DSITI"
 * joinSpelledLetters("d s i t i"); // "dsiti"
 * joinSpelledLetters("M. Michel"); // "M. Michel"
 */
export function joinSpelledLetters(text: string): string {
  return text.replace(SPELLED, (letters) => letters.replace(/[.\s]+/gu, ""));
}
