/**
 * @module
 * Ranks candidate questions and picks a varied set that covers the article.
 */
import type { Candidate } from "./candidate";

/** A candidate with the key of the entity it asks about. */
export interface RankedCandidate {
  candidate: Candidate;
  /** The entity answered (`person:Charles Michel`); one entity is asked about at most twice. */
  answerKey: string;
}

/** How much each earlier pick of the same template, answer kind, answer or sentence costs. */
const REPEAT_COST = { template: 0.55, kind: 0.75, answer: 0.4, sentence: 0.6 };
/** A kind of answer not asked yet (a place, a date…) is worth more: the quiz should cover them. */
const NEW_KIND_BONUS = 1.6;

/**
 * Picks up to `count` candidates greedily: each step takes the best one by reliability, weight
 * of its answer in the article and variety (a template, kind of answer, answer or sentence
 * already asked costs), never two on the same topic nor one entity three times.
 *
 * @example
 * selectCandidates(ranked, 10, weights).map((r) => r.candidate.prompt);
 */
export function selectCandidates(
  ranked: RankedCandidate[],
  count: number,
  weights: Map<string, number>,
): RankedCandidate[] {
  const chosen: RankedCandidate[] = [];
  const remaining = [...ranked];
  while (chosen.length < count) {
    let best: { item: RankedCandidate; score: number } | undefined;
    for (const item of remaining) {
      const { candidate } = item;
      // Same topic, or same answer from the same sentence: the same thing asked twice.
      const asked = chosen.some(
        (c) =>
          c.candidate.topic === candidate.topic ||
          (c.answerKey === item.answerKey &&
            c.candidate.sentence.start === candidate.sentence.start),
      );
      if (asked) continue;
      const sameAnswer = chosen.filter((c) => c.answerKey === item.answerKey).length;
      if (sameAnswer >= 2) continue;
      const sameTemplate = chosen.filter((c) => c.candidate.template === candidate.template).length;
      const sameKind = chosen.filter(
        (c) => c.candidate.answer.kind === candidate.answer.kind,
      ).length;
      const sameSentence = chosen.filter(
        (c) => c.candidate.sentence.start === candidate.sentence.start,
      ).length;
      const score =
        candidate.reliability *
        (1 + (weights.get(item.answerKey) ?? 0)) *
        REPEAT_COST.template ** sameTemplate *
        (sameKind === 0 ? NEW_KIND_BONUS : REPEAT_COST.kind ** sameKind) *
        REPEAT_COST.answer ** sameAnswer *
        REPEAT_COST.sentence ** sameSentence;
      if (!best || score > best.score) best = { item, score };
    }
    if (!best) break;
    chosen.push(best.item);
    remaining.splice(remaining.indexOf(best.item), 1);
  }
  return chosen;
}
