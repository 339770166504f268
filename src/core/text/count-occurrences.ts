/**
 * @module
 * How many times a mark occurs in a text, without building an array of matches: the generator
 * checks the quotes and parentheses of hundreds of prompts.
 */

/**
 * The number of non-overlapping occurrences of `mark` in `text`; with `atMost`, counting stops
 * there (for a caller that only compares the count with a small number).
 *
 * @example
 * countOccurrences("« Oui », dit-il (deux fois).", "«"); // 1
 * countOccurrences("a b c d", " ", 2); // 2
 */
export function countOccurrences(text: string, mark: string, atMost = Infinity): number {
  let count = 0;
  for (
    let at = text.indexOf(mark);
    at !== -1 && count < atMost;
    at = text.indexOf(mark, at + mark.length)
  ) {
    count++;
  }
  return count;
}
