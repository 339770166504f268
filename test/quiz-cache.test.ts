import { describe, expect, it } from "vitest";
import type { Quiz } from "../src/core/quiz/quiz";
import { CreatedQuizCache, keepQuiz, quizVersion } from "../src/quiz-cache";

const quiz = (id: string) => ({ id, title: id, questions: [{ id: "q1" }] }) as unknown as Quiz;

describe("CreatedQuizCache", () => {
  it("keeps at most its capacity, dropping the least recently used", () => {
    const cache = new CreatedQuizCache(2);
    cache.set("a", quiz("a"), 1);
    cache.set("b", quiz("b"), 1);
    expect(cache.get("a")?.revision).toBe(1);
    cache.set("c", quiz("c"), 1);
    expect(cache.size).toBe(2);
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")?.quiz.id).toBe("a");
    cache.set("a", quiz("a"), 2);
    expect(cache.get("a")?.revision).toBe(2);
    cache.delete("a");
    expect(cache.get("a")).toBeUndefined();
  });
});

describe("keepQuiz", () => {
  it("freezes the quiz all the way down and records its version", () => {
    const kept = keepQuiz(quiz("x"), { shipped: false, revision: 3 });
    expect(quizVersion(kept)).toEqual({ shipped: false, revision: 3 });
    expect(Object.isFrozen(kept.questions[0])).toBe(true);
    expect(() => {
      (kept.questions as unknown as unknown[]).push({});
    }).toThrow(TypeError);
    expect(quizVersion(quiz("y"))).toBeUndefined();
  });
});
