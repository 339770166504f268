/**
 * @module
 * SQuAD-style token F1 between a predicted and a reference answer, on normalised French tokens.
 */
import { normaliseAnswer } from "../../src/core/marking/normalise-answer";

/** Articles dropped before counting tokens, as the French SQuAD (FQuAD) scorer does. */
const ARTICLES = new Set(["le", "la", "les", "l", "du", "des", "au", "aux", "un", "une"]);

/** The tokens an answer is scored on: normalised words, articles left out. */
export function answerTokens(text: string): string[] {
  return normaliseAnswer(text)
    .split(" ")
    .filter((token) => token !== "" && !ARTICLES.has(token));
}

/**
 * Harmonic mean of token precision and recall, counting repeated tokens as SQuAD does.
 *
 * @example
 * tokenF1(answerTokens("14,2 milliards"), answerTokens("14,2 milliards d'euros")); // 0.75
 */
export function tokenF1(predicted: string[], reference: string[]): number {
  if (predicted.length === 0 || reference.length === 0) {
    return predicted.length === reference.length ? 1 : 0;
  }
  const remaining = new Map<string, number>();
  for (const token of reference) remaining.set(token, (remaining.get(token) ?? 0) + 1);
  let common = 0;
  for (const token of predicted) {
    const count = remaining.get(token) ?? 0;
    if (count > 0) {
      common += 1;
      remaining.set(token, count - 1);
    }
  }
  if (common === 0) return 0;
  const precision = common / predicted.length;
  const recall = common / reference.length;
  return (2 * precision * recall) / (precision + recall);
}
