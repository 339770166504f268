/**
 * @module
 * The typo measure used by marking: optimal string alignment distance.
 */

/**
 * Number of single-character insertions, deletions, substitutions and transpositions of two
 * adjacent characters needed to turn `a` into `b`, no substring being edited twice (optimal
 * string alignment). A swapped pair of letters counts as one typo, as a teacher would count it.
 *
 * @example
 * editDistance("michel", "mihcel"); // 1
 * editDistance("dsiti", "dgsn"); // 4
 */
export function editDistance(a: string, b: string): number {
  // Code points, so that a letter outside the BMP counts as one character.
  const source = Array.from(a);
  const target = Array.from(b);
  const width = target.length + 1;
  // Row-major (source.length + 1) × (target.length + 1) table of prefix distances.
  const table = new Array<number>((source.length + 1) * width).fill(0);
  const at = (i: number, j: number): number => table[i * width + j] ?? 0;
  for (let i = 0; i <= source.length; i++) table[i * width] = i;
  for (let j = 0; j <= target.length; j++) table[j] = j;
  for (let i = 1; i <= source.length; i++) {
    for (let j = 1; j <= target.length; j++) {
      const cost = source[i - 1] === target[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && source[i - 1] === target[j - 2] && source[i - 2] === target[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      table[i * width + j] = best;
    }
  }
  return at(source.length, target.length);
}
