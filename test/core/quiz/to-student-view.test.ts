import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/core/quiz/quiz";
import { toStudentQuestion, toStudentView } from "../../../src/core/quiz/to-student-view";
import { sampleQuiz } from "./sample-quiz";

describe("toStudentView", () => {
  it("keeps the article and, per question, only id, type, prompt and options", () => {
    expect(JSON.parse(JSON.stringify(toStudentView(sampleQuiz)))).toEqual({
      id: "sample",
      title: "Exemple",
      language: "fr",
      article: {
        title: "Un ministre à Rabat",
        caption: "Jan Jambon.",
        published: "2016-03-01T13:33",
        paragraphs: ["Jan Jambon est ministre. Il était à Rabat mardi."],
      },
      questions: [
        { id: "q1", type: "short_answer", prompt: "Qui est ministre ?" },
        {
          id: "q2",
          type: "single_choice",
          prompt: "Où était-il mardi ?",
          options: [
            { id: "a", text: "Bruxelles" },
            { id: "b", text: "Rabat" },
            { id: "c", text: "Paris" },
          ],
        },
        { id: "q3", type: "true_false", prompt: "Jan Jambon est ministre." },
      ],
    });
  });

  it("leaves out fields added to a question or an option later", () => {
    const question = {
      ...sampleQuiz.questions[1],
      hint: "secret",
      options: [{ id: "a", text: "Rabat", right: true }],
    } as unknown as Question;
    expect(toStudentQuestion(question)).toEqual({
      id: "q2",
      type: "single_choice",
      prompt: "Où était-il mardi ?",
      options: [{ id: "a", text: "Rabat" }],
    });
  });
});
