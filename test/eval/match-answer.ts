/**
 * @module
 * Whether a generated answer asks for the same thing as a reference answer.
 */
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
