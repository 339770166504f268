/**
 * @module
 * How many times a mark occurs in a text, without building an array of matches: the generator
 * checks the quotes and parentheses of hundreds of prompts.
 */

/**
 * The number of non-overlapping occurrences of `mark` in `text`.
 *
 * @example
 * countOccurrences("« Oui », dit-il (deux fois).", "«"); // 1
 */
export function countOccurrences(text: string, mark: string): number {
  let count = 0;
  for (let at = text.indexOf(mark); at !== -1; at = text.indexOf(mark, at + mark.length)) count++;
  return count;
}
