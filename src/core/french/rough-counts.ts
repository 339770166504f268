/**
 * @module
 * Rough counts (`une vingtaine`, `une centaine`) and the round figure each stands for: an option
 * equal to one is right too when the article gives the same count exactly elsewhere.
 */
import { allMatches } from "../text/all-matches";

/** What a rough count stands for: `une vingtaine` is about 20. */
const ROUGH_COUNT_VALUES: Readonly<Record<string, number>> = {
  dizaine: 10,
  douzaine: 12,
  quinzaine: 15,
  vingtaine: 20,
  trentaine: 30,
  quarantaine: 40,
  cinquantaine: 50,
  soixantaine: 60,
  centaine: 100,
  millier: 1000,
};

const ROUGH_COUNT = new RegExp(
  `(?<!\\p{L})(${Object.keys(ROUGH_COUNT_VALUES).join("|")})s?(?!\\p{L})`,
  "giu",
);

/**
 * The round figures a text gives as rough counts, in the order written.
 *
 * @example
 * roughCounts("une vingtaine d'exploitants et des centaines de visiteurs"); // [20, 100]
 */
export function roughCounts(text: string): number[] {
  return allMatches(text, ROUGH_COUNT).map(
    (match) => ROUGH_COUNT_VALUES[match[1]?.toLowerCase() ?? ""] ?? 0,
  );
}
