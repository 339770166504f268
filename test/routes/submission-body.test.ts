import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { findAnswerErrors, SubmissionBody, toFieldErrors } from "../../src/routes/submission-body";
import { sampleQuiz } from "../core/quiz/sample-quiz";

function errorsOf(input: unknown) {
  const result = v.safeParse(SubmissionBody, input);
  return result.success ? [] : toFieldErrors(result.issues);
}

describe("SubmissionBody", () => {
  it("accepts string and boolean answers and trims the student's name", () => {
    expect(
      v.parse(SubmissionBody, { answers: { q1: "Jambon", q3: true }, student: " Léa " }),
    ).toEqual({ answers: { q1: "Jambon", q3: true }, student: "Léa" });
    expect(v.parse(SubmissionBody, { answers: {} })).toEqual({ answers: {} });
  });

  it.each([
    ["an unknown field", { answers: {}, score: 3 }, "score", /Unknown field score/],
    ["no answers", {}, "answers", /"answers" is required/],
    ["answers not an object", { answers: "a" }, "answers", /object mapping question ids/],
    ["a number as an answer", { answers: { q1: 1 } }, "answers.q1", /string .* or true\/false/],
    ["a null answer", { answers: { q1: null } }, "answers.q1", /string .* or true\/false/],
    ["a too long answer", { answers: { q1: "x".repeat(501) } }, "answers.q1", /at most 500/],
    ["a blank student", { answers: {}, student: "  " }, "student", /must not be blank/],
    ["a too long student", { answers: {}, student: "x".repeat(101) }, "student", /at most 100/],
    ["a student that is not text", { answers: {}, student: 7 }, "student", /must be a string/],
  ])("refuses %s, saying where and why", (_, input, path, message) => {
    expect(errorsOf(input)).toEqual([{ path, message: expect.stringMatching(message) }]);
  });

  it.each([[null], ["answers"], [42]])("refuses a body that is not an object: %j", (input) => {
    expect(errorsOf(input)).toEqual([{ path: "", message: expect.stringMatching(/JSON object/) }]);
  });
});

describe("findAnswerErrors", () => {
  it("finds nothing wrong with answers that fit their questions", () => {
    expect(findAnswerErrors(sampleQuiz, { q1: "Jambon", q2: "b", q3: false })).toEqual([]);
    expect(findAnswerErrors(sampleQuiz, { q3: "vrai" })).toEqual([]);
    expect(findAnswerErrors(sampleQuiz, {})).toEqual([]);
  });

  it("names an unknown question id and the ids the quiz has", () => {
    expect(findAnswerErrors(sampleQuiz, { q9: "x" })).toEqual([
      { path: "answers.q9", message: "Unknown question id q9 — this quiz has q1, q2, q3." },
    ]);
  });

  it("refuses an option id the question does not have, listing those it has", () => {
    expect(findAnswerErrors(sampleQuiz, { q2: "Rabat" })).toEqual([
      { path: "answers.q2", message: expect.stringContaining("option ids a, b, c") },
    ]);
  });

  it("refuses true/false for a question that wants text or an option", () => {
    expect(findAnswerErrors(sampleQuiz, { q1: true, q2: false }).map((e) => e.path)).toEqual([
      "answers.q1",
      "answers.q2",
    ]);
  });
});
