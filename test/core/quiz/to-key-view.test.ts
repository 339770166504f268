import { describe, expect, it } from "vitest";
import { toKeyView } from "../../../src/core/quiz/to-key-view";
import { toStudentView } from "../../../src/core/quiz/to-student-view";
import { sampleQuiz } from "./sample-quiz";

describe("toKeyView", () => {
  const key = toKeyView(sampleQuiz);

  it("is the student view plus answer, accepted forms (short answers) and evidence", () => {
    const student = toStudentView(sampleQuiz);
    expect({ ...key, questions: [] }).toEqual({ ...student, questions: [] });
    expect(key.questions).toEqual([
      {
        ...student.questions[0],
        answer: "Jan Jambon",
        accepted: ["Jan Jambon", "Jambon"],
        evidence: { text: "Jan Jambon est ministre.", start: 0, end: 24 },
      },
      {
        ...student.questions[1],
        answer: "b",
        evidence: { text: "Il était à Rabat mardi.", start: 25, end: 48 },
      },
      {
        ...student.questions[2],
        answer: true,
        evidence: { text: "Jan Jambon est ministre.", start: 0, end: 24 },
      },
    ]);
  });

  it("does not show the marking internals: rejected forms and answer kinds", () => {
    for (const question of key.questions) {
      expect(question).not.toHaveProperty("rejected");
      expect(question).not.toHaveProperty("kind");
    }
  });

  it("has evidence that matches the article body at its offsets", () => {
    const body = sampleQuiz.article.paragraphs.join("\n\n");
    for (const { evidence } of key.questions) {
      expect(body.slice(evidence.start, evidence.end)).toBe(evidence.text);
    }
  });
});
