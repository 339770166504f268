/**
 * @module
 * Connective adverbs tie a sentence to the one before (`toutefois`, `cependant`): lifted into a
 * question that stands alone, they point at nothing.
 */

const CONNECTIVES =
  /(?<![\p{L}'’-])(?:toutefois|cependant|pourtant|néanmoins|en effet|par ailleurs|en revanche|par contre|de son côté|de leur côté|quant à lui|quant à elle|pour sa part|elle-même|lui-même|eux-mêmes|elles-mêmes)(?![\p{L}-])\s*/gu;

/**
 * Removes connective adverbs from a phrase lifted out of its sentence.
 *
 * @example
 * dropConnectives("devra toutefois construire 600 logements"); // "devra construire 600 logements"
 */
export function dropConnectives(phrase: string): string {
  return phrase.replace(CONNECTIVES, "").replace(/\s+/gu, " ").trim();
}
