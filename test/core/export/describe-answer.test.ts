import { describe, expect, it } from "vitest";
import { describeAnswer } from "../../../src/core/export/describe-answer";
import type { Question } from "../../../src/core/quiz/quiz";
import { sampleQuiz } from "../quiz/sample-quiz";

const [short, choice, trueFalse] = sampleQuiz.questions as [Question, Question, Question];

describe("describeAnswer", () => {
  it("shows a choice by its option's text", () => {
    expect(describeAnswer(choice, " b ")).toBe("Rabat");
    expect(describeAnswer(choice, "z")).toBe("z");
  });

  it("shows true/false as Vrai or Faux, whatever the form sent", () => {
    expect(describeAnswer(trueFalse, true)).toBe("Vrai");
    expect(describeAnswer(trueFalse, "FAUX ")).toBe("Faux");
    expect(describeAnswer(trueFalse, "true")).toBe("Vrai");
    expect(describeAnswer(trueFalse, "peut-être")).toBe("peut-être");
  });

  it("shows a short answer trimmed", () => {
    expect(describeAnswer(short, "  Jan  Jambon ")).toBe("Jan  Jambon");
  });
});
