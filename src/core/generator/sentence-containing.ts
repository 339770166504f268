/**
 * @module
 * The sentence that contains an offset of the body text.
 */
import type { Sentence } from "../french/split-sentences";

/**
 * Finds the sentence containing `offset`.
 *
 * @example
 * sentenceContaining(analysis.sentences, person.mentions[0].start);
 */
export function sentenceContaining(sentences: Sentence[], offset: number): Sentence | undefined {
  return sentences.find((sentence) => sentence.start <= offset && offset < sentence.end);
}
