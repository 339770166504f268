/**
 * @module
 * French elision and contraction, applied to a sentence built from pieces:
 * `de le` → `du`, `à les` → `aux`, `que il` → `qu'il`, `de Europe` → `d'Europe`.
 */

/** Words that elide before a vowel or a mute h. */
const ELIDING =
  /(?<![\p{L}'’])(le|la|de|que|ne|se|je|me|te|jusque|lorsque|puisque)\s+(?=[aeiouyàâäéèêëîïôöùûüœh])/giu;
/** `h aspiré` words keep `le`/`de` whole (`le héros`, `de Hollande`). */
const ASPIRATED_H =
  /^h(?:aut|éros|asard|aine|ameau|andicap|all|arcèlement|ausse|ockey|ollande|ongrie|onduras)/i;

/**
 * Applies French contractions and elisions.
 *
 * @example
 * applyContractions("le séjour de le ministre à les élèves"); // "le séjour du ministre aux élèves"
 * applyContractions("Qui a dit que il viendrait ?"); // "Qui a dit qu'il viendrait ?"
 */
export function applyContractions(text: string): string {
  return text
    .replace(/(?<![\p{L}'’])([dD])e\s+les\s+/gu, "$1es ")
    .replace(/(?<![\p{L}'’])([dD])e\s+le\s+(?![aeiouyàâäéèêëîïôöùûüœh])/giu, "$1u ")
    .replace(/(?<![\p{L}'’])([àÀ])\s+les\s+/gu, "$1ux ")
    .replace(/(?<![\p{L}'’])à\s+le\s+(?![aeiouyàâäéèêëîïôöùûüœh])/giu, "au ")
    .replace(ELIDING, (match, word: string, offset: number, whole: string) => {
      const next = whole.slice(offset + match.length);
      if (/^h/i.test(next) && ASPIRATED_H.test(next)) return match;
      return `${word.slice(0, -1)}'`;
    })
    .replace(/\s+([,.])/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}
