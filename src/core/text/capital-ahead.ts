/**
 * @module
 * A lookahead that lets V8 skip, fast, the positions where a capital letter cannot start.
 */

/**
 * Passes where a capital letter (`\p{Lu}`) may start: a Latin-1 capital, or any character beyond
 * Latin-1. Put in front of a `u` pattern that opens on a capital (after its lookbehind or not),
 * it matches exactly the same, faster: on a two-byte string (an article with one `œ` or `’`),
 * V8 otherwise tries the lookbehind and the `\p{…}` classes at every position (20k-character
 * article: the people pattern 0.86 → 0.31 ms in Node).
 *
 * @example
 * const NAME = new RegExp(String.raw`${CAPITAL_AHEAD}(?<![\p{L}-])\p{Lu}\p{Ll}+`, "gu");
 */
export const CAPITAL_AHEAD = String.raw`(?=[A-ZÀ-ÖØ-Þ]|[^\x00-\xff])`;
