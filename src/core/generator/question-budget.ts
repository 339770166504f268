/**
 * @module
 * The part of a long article its questions are drawn from. Workers bill CPU time, and the
 * templates cost time in proportion to the text they read: a 20,000-character feature read
 * whole took twice the generation budget. A quiz of ten asks from a few thousand characters at
 * most, so a long article is read at its head (where news puts the key facts) and at paragraphs
 * spread evenly over the rest (so the questions still cover the whole story). The entities
 * (names, places, figures) are still found in the whole text: distractors come from all of it.
 */
import type { ArticleAnalysis } from "../french/entities";

/** Body characters the templates read at most; the evaluation's articles (≤ 5 KB) fit whole. */
export const QUESTION_BUDGET_CHARS = 6_000;

/** Share of the budget given to the article's head, in reading order; the rest is spread. */
const HEAD_SHARE = 0.5;

/**
 * The analysis the templates read: the same one when the body fits the budget, else one whose
 * sentences are those of the paragraphs kept, and a test of whether an offset is in them.
 *
 * @example
 * const { asked, keeps } = questionBudget(analysis);
 * TEMPLATES.flatMap((template) => template(asked)).filter((c) => keeps(c.sentence.start));
 */
export function questionBudget(
  analysis: ArticleAnalysis,
  budget = QUESTION_BUDGET_CHARS,
): { asked: ArticleAnalysis; keeps: (offset: number) => boolean } {
  if (analysis.body.length <= budget) return { asked: analysis, keeps: () => true };
  const kept = keptParagraphs(paragraphsOf(analysis.body), budget);
  const keeps = (offset: number) => kept.some(([start, end]) => offset >= start && offset < end);
  return {
    asked: { ...analysis, sentences: analysis.sentences.filter((s) => keeps(s.start)) },
    keeps,
  };
}

/** `[start, end)` of each paragraph of the body (paragraphs are joined by a blank line). */
function paragraphsOf(body: string): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  for (;;) {
    const gap = body.indexOf("\n\n", start);
    const end = gap === -1 ? body.length : gap;
    if (end > start) ranges.push([start, end]);
    if (gap === -1) return ranges;
    start = gap + 2;
  }
}

/**
 * The head's paragraphs up to half the budget, then paragraphs of the rest taken at an even
 * pace: each paragraph earns its share of the remaining budget, and one is kept whenever the
 * earnings cover its length.
 */
function keptParagraphs(paragraphs: [number, number][], budget: number): [number, number][] {
  const length = ([start, end]: [number, number]) => end - start;
  const kept: [number, number][] = [];
  let used = 0;
  let index = 0;
  for (; index < paragraphs.length; index += 1) {
    const paragraph = paragraphs[index] as [number, number];
    if (kept.length > 0 && used + length(paragraph) > budget * HEAD_SHARE) break;
    kept.push(paragraph);
    used += length(paragraph);
  }
  const rest = paragraphs.slice(index);
  const restLength = rest.reduce((sum, paragraph) => sum + length(paragraph), 0);
  const pace = Math.max(0, budget - used) / Math.max(1, restLength);
  let earned = 0;
  for (const paragraph of rest) {
    earned += pace * length(paragraph);
    if (earned < length(paragraph)) continue;
    kept.push(paragraph);
    earned -= length(paragraph);
  }
  return kept;
}
