import { describe, expect, it } from "vitest";
import { acceptedForms } from "../../../src/core/export/accepted-forms";
import type { ShortAnswerQuestion } from "../../../src/core/quiz/quiz";
import { sampleQuiz } from "../quiz/sample-quiz";

const question = sampleQuiz.questions[0] as ShortAnswerQuestion;

describe("acceptedForms", () => {
  it("puts the canonical answer first and lists each form once", () => {
    expect(acceptedForms({ ...question, accepted: ["Jambon", "Jan Jambon", "Jambon"] })).toEqual([
      "Jan Jambon",
      "Jambon",
    ]);
  });

  it("includes the answer even when accepted forgets it", () => {
    expect(acceptedForms({ ...question, accepted: [] })).toEqual(["Jan Jambon"]);
  });
});
