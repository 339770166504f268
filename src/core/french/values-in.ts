/**
 * @module
 * Every number a short text states, however written (`1 800 FCFA`, `620 millions`, `12 M$`,
 * `onze morts`), as values: what a headline gives away of a figure.
 */
import { allMatches } from "../text/all-matches";
import { findQuantities } from "./find-quantities";

/**
 * Digits, French thousands and decimals, then a scale word; the lookahead lets V8 skip to a
 * digit before it tries the lookbehind (see `startAhead`).
 */
const WRITTEN_NUMBER =
  /(?=\d)(?<![\d,])(\d{1,3}(?:[ .\u00a0\u202f]\d{3})+|\d+)(?:,(\d+))?(?:\s*(millions?|milliards?|Mds?|M)(?!\p{L}))?/gu;
const SCALES: Readonly<Record<string, number>> = {
  million: 1e6,
  millions: 1e6,
  M: 1e6,
  milliard: 1e9,
  milliards: 1e9,
  Md: 1e9,
  Mds: 1e9,
};

/**
 * The values `text` states: each number in digits with and without its scale word, and each
 * number in words.
 *
 * @example
 * valuesIn("Le prix du cacao relevé à 1 800 FCFA, 12 M$ d'aide"); // [1800, 12, 12000000]
 */
export function valuesIn(text: string): number[] {
  const values = digitValuesIn(text);
  for (const quantity of findQuantities(text)) values.push(quantity.value);
  return [...new Set(values)];
}

/**
 * The values `text` writes in digits, with and without their scale word: {@link valuesIn}
 * without the numbers in words, for a caller that reads those on its own (the quantity finder is
 * the costly part).
 *
 * @example
 * digitValuesIn("12 M$ d'aide, onze morts"); // [12, 12000000]
 */
export function digitValuesIn(text: string): number[] {
  const values: number[] = [];
  for (const match of allMatches(text, WRITTEN_NUMBER)) {
    const [, whole = "", decimals, scale] = match;
    const value = Number(`${whole.replace(/[ .\u00a0\u202f]/gu, "")}.${decimals ?? "0"}`);
    values.push(value);
    if (scale) values.push(Math.round(value * (SCALES[scale] ?? 1)));
  }
  return values;
}
