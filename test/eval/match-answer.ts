/**
 * @module
 * Whether a generated answer asks for the same thing as a reference answer.
 */
import { parseFrenchNumber } from "../../src/core/french/parse-french-number";
import { valuesIn } from "../../src/core/french/values-in";
import { normaliseAnswer } from "../../src/core/marking/normalise-answer";

/** Below this length, containment is too loose (`mars` in `mars 2016` is fine, `an` is not). */
const MIN_CONTAINED_LENGTH = 4;

/**
 * Two answers match when their normalised forms are equal, or when one contains the other as
 * whole words and both are at least {@link MIN_CONTAINED_LENGTH} characters long.
 *
 * @example
 * answersMatch("Mme Claire Vasseur", "Vasseur"); // true
 * answersMatch("Marseille", "mars"); // false: not a whole word
 */
export function answersMatch(a: string, b: string): boolean {
  const left = normaliseAnswer(a);
  const right = normaliseAnswer(b);
  if (left === "" || right === "") return false;
  if (left === right) return true;
  if (left.length < MIN_CONTAINED_LENGTH || right.length < MIN_CONTAINED_LENGTH) return false;
  return containsWords(left, right) || containsWords(right, left);
}

/** Whether normalised `needle` occurs in normalised `haystack` as a sequence of whole words. */
export function containsWords(haystack: string, needle: string): boolean {
  return needle !== "" && ` ${haystack} `.includes(` ${needle} `);
}

/** The strict variant: equal once normalised, no containment. */
export function answersEqual(a: string, b: string): boolean {
  const left = normaliseAnswer(a);
  return left !== "" && left === normaliseAnswer(b);
}

/** Words a figure may carry that say nothing of what it counts. */
const APPROXIMATION = new Set([
  "au",
  "moins",
  "plus",
  "de",
  "d",
  "pres",
  "environ",
  "quelque",
  "pas",
]);

/**
 * Two figures match when they state the same value and the reference's counted words stand in
 * the answer: `6 prévenus` asks `six prévenus`, `14 orpailleurs` asks `Au moins quatorze
 * orpailleurs` (a quiz shows digits where the article may write words).
 *
 * @example
 * figuresMatch("6 prévenus", "six prévenus"); // true
 * figuresMatch("6 prévenus", "six victimes"); // false
 */
export function figuresMatch(answer: string, reference: string): boolean {
  const [value] = valuesIn(answer);
  if (value === undefined || !valuesIn(reference).includes(value)) return false;
  const counted = normaliseAnswer(reference)
    .split(" ")
    .filter(
      (word) =>
        word !== "" &&
        !APPROXIMATION.has(word) &&
        !/^\d/u.test(word) &&
        parseFrenchNumber(word) === undefined,
    );
  const words = new Set(normaliseAnswer(answer).split(" "));
  return counted.every((word) => words.has(word));
}
