/**
 * @module
 * The sums of money an article states, each with the sentence it stands in: what the templates
 * on amounts and prices read.
 */
import type { ArticleAnalysis, Quantity } from "../french/entities";
import { isMoneyUnit } from "../french/lexicon/currencies";
import type { Sentence } from "../french/split-sentences";
import { sentenceContaining } from "./sentence-containing";

/** A sum of money and its sentence. */
export interface SumInSentence {
  quantity: Quantity;
  sentence: Sentence;
}

/**
 * The article's sums of money (`410 francs CFA`, `1,2 million d'euros`) in reading order, each
 * with its sentence.
 *
 * @example
 * sumsInSentences(analysis).map(({ quantity }) => quantity.text); // ["410 francs CFA", …]
 */
export function sumsInSentences(analysis: ArticleAnalysis): SumInSentence[] {
  return analysis.quantities.flatMap((quantity) => {
    if (!isMoneyUnit(quantity.unit)) return [];
    const sentence = sentenceContaining(analysis.sentences, quantity.start);
    return sentence ? [{ quantity, sentence }] : [];
  });
}
