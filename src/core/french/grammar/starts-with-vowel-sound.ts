/**
 * @module
 * Whether a word starts with a vowel sound, which decides elision (`l'ami`, `l'hôpital`) — a
 * vowel or a mute h, but not an aspirated h (`le héros`, `la hausse`).
 */

/** A vowel or an h, the letters that may start a vowel sound. */
const VOWEL_OR_H = /^[aeiouyàâäéèêëîïôöùûüœh]/iu;
/** `h aspiré` words keep `le`/`de` whole (`le héros`, `de Hollande`). */
const ASPIRATED_H =
  /^h(?:aut|éros|asard|aine|ameau|andicap|all|arcèlement|ausse|ockey|ollande|ongrie|onduras)/iu;

/**
 * Whether `text` starts with a vowel sound, so that `le`, `la`, `de` elide before it.
 *
 * @example
 * startsWithVowelSound("hôpital"); // true
 * startsWithVowelSound("héros"); // false
 */
export function startsWithVowelSound(text: string): boolean {
  return VOWEL_OR_H.test(text) && !ASPIRATED_H.test(text);
}
