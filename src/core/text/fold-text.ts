/**
 * @module
 * Text folded for comparison and search: what a person would not count as a difference
 * (capitals, accents, ligatures) taken away.
 */

/** Ligatures that Unicode does not decompose, spelt out as French writes them without. */
const LIGATURES: Readonly<Record<string, string>> = { œ: "oe", æ: "ae", ß: "ss" };

/**
 * `text` in lower case, without accents or ligatures: `État` and `etat`, `Œuvre` and `oeuvre`
 * fold alike. Punctuation and spacing are kept (see {@link wordsOf} to drop them).
 *
 * @example
 * foldCaseAndAccents("L'Œuvre de Sébastien"); // "l'oeuvre de sebastien"
 */
export function foldCaseAndAccents(text: string): string {
  // NFKD, so that compatibility forms (superscript letters, full-width letters) fold too.
  return text
    .toLowerCase()
    .replace(/[œæß]/g, (letter) => LIGATURES[letter] ?? letter)
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "");
}

/**
 * The words of `text`, folded: runs of letters and digits, everything else a separator.
 *
 * @example
 * wordsOf("Le ministre : « la coopération est optimale »"); // ["le", "ministre", "la", …]
 */
export function wordsOf(text: string): string[] {
  return foldCaseAndAccents(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}
