/**
 * @module
 * Acronyms typed letter by letter (`D.S.I.T.I.`, `D S I T I`), glued back into one word.
 */

/**
 * Two or more single letters, each followed by a dot or spaces. A letter before an apostrophe
 * (`à l'ONU`) or inside a word is not one of them.
 */
const SINGLE_LETTERS = /(?<![\p{L}\p{N}])\p{L}(?:(?:\.\s*|\s+)\p{L}(?![\p{L}\p{N}'’]))+\.?/gu;

/**
 * `text` with every acronym spelled letter by letter written as one word; the rest unchanged.
 * Single letters are an acronym when dotted, in capitals, or three or more: `il y a` stays as
 * it is. Normalising first would be too late: `D.S.I.T.I.` would lose its `d` as a determiner.
 *
 * @example
 * joinSpelledLetters("la D.S.I.T.I."); // "la DSITI"
 * joinSpelledLetters("d s i t i"); // "dsiti"
 * joinSpelledLetters("M. Michel"); // "M. Michel"
 */
export function joinSpelledLetters(text: string): string {
  return text.replace(SINGLE_LETTERS, (run) => {
    const letters = run.replace(/[.\s]+/gu, "");
    const isAcronym =
      run.includes(".") || letters === letters.toUpperCase() || Array.from(letters).length >= 3;
    return isAcronym ? letters : run;
  });
}
