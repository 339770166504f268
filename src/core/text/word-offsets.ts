/**
 * @module
 * Where a word stands alone in a text, found with `indexOf` rather than a pattern compiled for
 * each word: the analysis looks up every surname, known place and sentence-initial word.
 */

const LETTER_BEFORE = /\p{L}$/u;
const LETTER_AFTER = /^\p{L}/u;
const LETTER_OR_HYPHEN_BEFORE = /[\p{L}-]$/u;
const LETTER_OR_HYPHEN_AFTER = /^[\p{L}-]/u;

export interface WordOffsetsOptions {
  /** A hyphen right before or after joins the word to another (`Saint-Louis`). */
  hyphens?: boolean;
  /** Stop at the first offset. */
  first?: boolean;
}

/**
 * The offsets where `word` (taken literally) has no letter — nor, with `hyphens`, a hyphen —
 * right before or after it, left to right and not overlapping: what
 * `text.matchAll(/(?<!\p{L})word(?!\p{L})/gu)` (or `[\p{L}-]`) finds.
 *
 * @example
 * wordOffsets("Michel et Michelle, Jean-Michel", "Michel", { hyphens: true }); // [0]
 */
export function wordOffsets(
  text: string,
  word: string,
  { hyphens = false, first = false }: WordOffsetsOptions = {},
): number[] {
  const before = hyphens ? LETTER_OR_HYPHEN_BEFORE : LETTER_BEFORE;
  const after = hyphens ? LETTER_OR_HYPHEN_AFTER : LETTER_AFTER;
  const offsets: number[] = [];
  // An empty word stands alone at every gap between non-letters: left to the pattern.
  if (!word) return emptyWordOffsets(text, hyphens, first);
  for (let at = text.indexOf(word); at !== -1; ) {
    const end = at + word.length;
    // Two code units each side: a letter outside the BMP is a surrogate pair.
    const alone =
      !before.test(text.slice(Math.max(0, at - 2), at)) && !after.test(text.slice(end, end + 2));
    if (alone) {
      offsets.push(at);
      if (first) break;
    }
    at = text.indexOf(word, alone ? end : at + 1);
  }
  return offsets;
}

function emptyWordOffsets(text: string, hyphens: boolean, first: boolean): number[] {
  const side = hyphens ? String.raw`[\p{L}-]` : String.raw`\p{L}`;
  const offsets = [...text.matchAll(new RegExp(`(?<!${side})(?!${side})`, "gu"))].map(
    (match) => match.index,
  );
  return first ? offsets.slice(0, 1) : offsets;
}
