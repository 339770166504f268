import { describe, expect, it } from "vitest";
import { markSheet } from "../../../src/core/marking/mark-sheet";
import { sampleQuiz } from "../quiz/sample-quiz";

describe("markSheet", () => {
  it("marks every question, in the quiz's order, with the evidence", () => {
    expect(markSheet(sampleQuiz, { q3: "vrai", q1: "jambon", q2: "a" })).toEqual({
      score: 2,
      maxScore: 3,
      results: [
        {
          questionId: "q1",
          correct: true,
          given: "jambon",
          expected: "Jan Jambon",
          evidence: { text: "Jan Jambon est ministre.", start: 0, end: 24 },
        },
        {
          questionId: "q2",
          correct: false,
          given: "a",
          expected: "Rabat",
          evidence: { text: "Il était à Rabat mardi.", start: 25, end: 48 },
        },
        {
          questionId: "q3",
          correct: true,
          given: "vrai",
          expected: "Vrai",
          evidence: { text: "Jan Jambon est ministre.", start: 0, end: 24 },
        },
      ],
    });
  });

  it("marks unanswered questions wrong, with given null", () => {
    const { score, results } = markSheet(sampleQuiz, {});
    expect(score).toBe(0);
    expect(results.map((result) => [result.correct, result.given])).toEqual([
      [false, null],
      [false, null],
      [false, null],
    ]);
  });

  it("takes truth values as booleans, as the JSON API sends them", () => {
    expect(markSheet(sampleQuiz, { q3: true }).score).toBe(1);
    expect(markSheet(sampleQuiz, { q3: false }).score).toBe(0);
  });

  it("ignores ids the quiz does not have, even ones named like object properties", () => {
    const { score, results } = markSheet(sampleQuiz, { constructor: "x", q9: "b" });
    expect(score).toBe(0);
    expect(results).toHaveLength(3);
  });
});
