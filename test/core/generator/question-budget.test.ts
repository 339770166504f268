import { describe, expect, it } from "vitest";
import seedText from "../../../src/content/seed-article.fr.txt";
import { parseArticle } from "../../../src/core/article/parse-article";
import { analyseArticle } from "../../../src/core/french/analyse-article";
import { generateQuizDraft } from "../../../src/core/generator/generate-quiz";
import { QUESTION_BUDGET_CHARS, questionBudget } from "../../../src/core/generator/question-budget";
import longText from "../../bench/article-20k.fr.txt";

const long = analyseArticle(parseArticle(longText));

/** Characters of the paragraphs whose sentences the budget kept. */
function keptLength(kept: ReturnType<typeof questionBudget>["asked"]): number {
  const paragraphs = new Set(
    kept.sentences.map((sentence) => kept.body.lastIndexOf("\n\n", sentence.start)),
  );
  return [...paragraphs]
    .map((gap) => {
      const start = gap === -1 ? 0 : gap + 2;
      const end = kept.body.indexOf("\n\n", start);
      return (end === -1 ? kept.body.length : end) - start;
    })
    .reduce((sum, length) => sum + length, 0);
}

describe("questionBudget", () => {
  it("leaves an article within the budget as it is: the same analysis, every offset kept", () => {
    const seed = analyseArticle(parseArticle(seedText));
    const { asked, keeps } = questionBudget(seed);
    expect(asked).toBe(seed);
    expect(keeps(seed.body.length - 1)).toBe(true);
  });

  it("reads a long article's head whole and paragraphs spread over the rest, within the budget", () => {
    expect(long.body.length).toBeGreaterThan(3 * QUESTION_BUDGET_CHARS);
    const { asked, keeps } = questionBudget(long);
    expect(asked.sentences.length).toBeLessThan(long.sentences.length / 2);
    // The lede, the first paragraph after it, and sentences in each third of the article.
    expect(asked.sentences[0]).toBe(long.sentences[0]);
    expect(asked.sentences[1]).toBe(long.sentences[1]);
    const third = long.body.length / 3;
    for (const part of [0, 1, 2]) {
      expect(
        asked.sentences.some((s) => s.start >= part * third && s.start < (part + 1) * third),
      ).toBe(true);
    }
    expect(keptLength(asked)).toBeLessThanOrEqual(QUESTION_BUDGET_CHARS);
    expect(keptLength(asked)).toBeGreaterThan(QUESTION_BUDGET_CHARS * 0.8);
    // `keeps` and the sentences agree; the entities are still those of the whole text.
    for (const sentence of long.sentences) {
      expect(keeps(sentence.start)).toBe(asked.sentences.includes(sentence));
    }
    expect(asked.quantities).toBe(long.quantities);
    expect(asked.people).toBe(long.people);
  });

  it("draws a long article's questions only from the paragraphs read, over the whole story", () => {
    const { keeps } = questionBudget(long);
    const { quiz, alternatives } = generateQuizDraft(parseArticle(longText), { id: "long" });
    // Four since set CK's lesson: *Qu'a financé le conseil départemental ? → l'opération à
    // hauteur de 1,8 million d'euros* is no longer asked.
    expect(quiz.questions.length).toBeGreaterThanOrEqual(4);
    for (const question of [...quiz.questions, ...alternatives]) {
      expect(keeps(question.evidence.start)).toBe(true);
    }
    const half = long.body.length / 2;
    expect(quiz.questions.some((question) => question.evidence.start < half)).toBe(true);
    expect(quiz.questions.some((question) => question.evidence.start >= half)).toBe(true);
  });
});
