/**
 * @module
 * A test candidate that asks one figure of an analysed article, on the article's first sentence.
 */
import type { ArticleAnalysis } from "../../../src/core/french/entities";
import type { Candidate } from "../../../src/core/generator/candidate";

/**
 * A number candidate with `prompt` that keys the quantity written `figure` in `analysis`.
 *
 * @example
 * numberCandidate(analysis, "40 mètres cubes", "À combien la fuite est-elle estimée ?");
 */
export function numberCandidate(
  analysis: ArticleAnalysis,
  figure: string,
  prompt: string,
): Candidate {
  const quantity = analysis.quantities.find((q) => q.text === figure);
  const sentence = analysis.sentences[0];
  if (!quantity || !sentence) throw new Error(`no quantity ${figure}`);
  return {
    template: "test",
    prompt,
    answer: { kind: "number", quantity },
    sentence,
    reliability: 1,
    topic: "t",
    choice: true,
  };
}
