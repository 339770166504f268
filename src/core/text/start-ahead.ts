/**
 * @module
 * Lookaheads that let V8 skip, fast, the positions where a pattern cannot start: put in front of
 * a `u` pattern, they match exactly the same. On a two-byte string (an article with one `œ` or
 * `’`), V8 otherwise tries the pattern's lookbehind and `\p{…}` classes at every position.
 */

/**
 * Passes where a capital letter (`\p{Lu}`) may start: a Latin-1 capital, or any character beyond
 * Latin-1. For a pattern that opens on a capital, after its lookbehind or not (20k-character
 * article: the people pattern 0.86 → 0.31 ms in Node).
 *
 * @example
 * const NAME = new RegExp(String.raw`${CAPITAL_AHEAD}(?<![\p{L}-])\p{Lu}\p{Ll}+`, "gu");
 */
export const CAPITAL_AHEAD = String.raw`(?=[A-ZÀ-ÖØ-Þ]|[^\x00-\xff])`;

/**
 * Passes at the first letter of one of `alternatives` (pattern sources, `|`-separated at their
 * top level: `f[ée]vrier`, `hier(?: soir)?` included), or at a digit when `digit`. For a pattern
 * that opens on one of those or a digit; with the `i` flag, the class folds case as the words do
 * (20k article: the date pattern 0.85 → 0.49 ms in Node). Throws when an alternative does not
 * open on a letter: the lookahead would then drop matches. With `whole`, a second lookahead
 * then passes only where a whole alternative (or a digit) starts: for alternatives that open on
 * letters many words have (`de`, `le`, `mai`), the pattern's lookbehind and the rest are then
 * tried at far fewer positions.
 *
 * @example
 * const DAY = new RegExp(`${startAhead(["lundi|mardi"], { digit: true })}(?:lundi|mardi|\\d+)`, "giu");
 */
export function startAhead(
  alternatives: readonly string[],
  { digit = false, whole = false } = {},
): string {
  const letters = new Set(alternatives.flatMap(topLevelAlternatives).map((word) => word.charAt(0)));
  for (const letter of letters) {
    if (!/^\p{L}$/u.test(letter)) throw new Error(`startAhead: an alternative opens on ${letter}`);
  }
  const first = `(?=[${digit ? String.raw`\d` : ""}${[...letters].join("")}])`;
  if (!whole) return first;
  return `${first}(?=${[...(digit ? [String.raw`\d`] : []), ...alternatives].join("|")})`;
}

/** `a|b(?:c|d)|[|]e` → `a`, `b(?:c|d)`, `[|]e`: split where no group nor class is open. */
function topLevelAlternatives(source: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let index = 0; index < source.length; index += 1) {
    const char = source[index];
    if (char === "\\") index += 1;
    else if (inClass) inClass = char !== "]";
    else if (char === "[") inClass = true;
    else if (char === "(") depth += 1;
    else if (char === ")") depth -= 1;
    else if (char === "|" && depth === 0) {
      alternatives.push(source.slice(start, index));
      start = index + 1;
    }
  }
  alternatives.push(source.slice(start));
  return alternatives;
}
