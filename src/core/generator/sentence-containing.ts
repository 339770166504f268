/**
 * @module
 * The sentence that contains an offset of the body text.
 */
import type { Sentence } from "../french/split-sentences";

/**
 * Finds the sentence containing `offset`, in sentences in reading order that do not overlap (as
 * `splitSentences` gives them): by bisection, since a template asks it of every mention.
 *
 * @example
 * sentenceContaining(analysis.sentences, person.mentions[0].start);
 */
export function sentenceContaining(sentences: Sentence[], offset: number): Sentence | undefined {
  // The last sentence that starts at or before the offset is the only one that may hold it.
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sentences[middle]?.start ?? 0) <= offset) low = middle + 1;
    else high = middle;
  }
  const sentence = sentences[low - 1];
  return sentence && offset < sentence.end ? sentence : undefined;
}
