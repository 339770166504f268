import { describe, expect, it } from "vitest";
import {
  buildShippedQuizzes,
  serializeShippedQuizzes,
} from "../../src/content/build-shipped-quizzes";
import { seedQuizzes } from "../../src/content/seed-quizzes";
import { shippedQuizzes } from "../../src/content/shipped-quizzes";

describe("shippedQuizzes (built by npm run build:quizzes)", () => {
  it("holds what the generator makes of the shipped articles now", () => {
    // Generated in workerd, as the Worker would have; compared as data, then as the file's text.
    const fresh = buildShippedQuizzes();
    expect(
      fresh,
      "src/content/shipped-quizzes.generated.json is stale against the generator: run `npm run build:quizzes`",
    ).toEqual(shippedQuizzes);
    expect(serializeShippedQuizzes(fresh)).toBe(serializeShippedQuizzes(shippedQuizzes));
  });

  it("has one quiz per shipped article, in the same order, with alternatives", () => {
    expect(shippedQuizzes.map((entry) => entry.id)).toEqual(seedQuizzes.map((seed) => seed.id));
    for (const { id, quiz, alternatives } of shippedQuizzes) {
      expect(quiz.id).toBe(id);
      expect(quiz.questions.length).toBeGreaterThan(0);
      expect(alternatives.length).toBeGreaterThan(0);
    }
  });
});
