import { describe, expect, it } from "vitest";
import { seedQuizzes } from "../src/content/seed-quizzes";
import { findQuiz, listQuizzes } from "../src/quiz-catalog";

describe("quiz catalog", () => {
  it("lists one quiz per shipped article, in order, with questions", () => {
    const quizzes = listQuizzes();
    expect(quizzes.map((quiz) => quiz.id)).toEqual(seedQuizzes.map((seed) => seed.id));
    for (const quiz of quizzes) {
      expect(quiz.language).toBe("fr");
      expect(quiz.questions.length).toBeGreaterThan(0);
    }
  });

  it("builds each quiz once and hands out the same one afterwards", () => {
    const id = "belgique-maroc-dsiti-2016";
    expect(findQuiz(id)).toBe(findQuiz(id));
    expect(findQuiz(id)).toBe(listQuizzes()[0]);
  });

  it("parses the seed article: title, dateline, paragraphs", () => {
    const quiz = findQuiz("belgique-maroc-dsiti-2016");
    expect(quiz?.article.title).toMatch(/^Le ministre de l'Intérieur belge/);
    expect(quiz?.article.published).toBe("2016-03-01T13:33");
    expect(quiz?.article.paragraphs.length).toBeGreaterThan(3);
  });

  it("finds nothing for an unknown id", () => {
    expect(findQuiz("nope")).toBeUndefined();
  });
});
