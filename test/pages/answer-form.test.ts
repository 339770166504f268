import { describe, expect, it } from "vitest";
import { toStudentView } from "../../src/core/quiz/to-student-view";
import { readAnswerForm, unansweredQuestions } from "../../src/pages/answer-form";
import { sampleQuiz } from "../core/quiz/sample-quiz";

// q1 short answer, q2 single choice (a, b, c), q3 true/false.
const quiz = toStudentView(sampleQuiz);

describe("readAnswerForm", () => {
  it("reads answers, true/false as booleans, the name trimmed", () => {
    expect(
      readAnswerForm(quiz, { q1: " Jambon ", q2: "b", q3: "false", student: " Léa " }),
    ).toEqual({
      success: true,
      form: { answers: { q1: " Jambon ", q2: "b", q3: false }, student: "Léa" },
    });
  });

  it("leaves empty and blank fields out: those questions are unanswered", () => {
    expect(readAnswerForm(quiz, { q1: "  ", q2: "", q3: "", student: "" })).toEqual({
      success: true,
      form: { answers: {} },
    });
    expect(readAnswerForm(quiz, {})).toEqual({ success: true, form: { answers: {} } });
  });

  it("reads « Rendre quand même », and refuses any other value of its field", () => {
    expect(readAnswerForm(quiz, { q1: "Jambon", "hand-in": "anyway" })).toEqual({
      success: true,
      form: { answers: { q1: "Jambon" }, anyway: true },
    });
    expect(readAnswerForm(quiz, { "hand-in": "yes" }).success).toBe(false);
  });

  it("names the unanswered questions with their numbers", () => {
    expect(unansweredQuestions(quiz, { q2: "b" })).toEqual([
      { id: "q1", number: 1 },
      { id: "q3", number: 3 },
    ]);
    expect(unansweredQuestions(quiz, { q1: "x", q2: "b", q3: false })).toEqual([]);
  });

  it("refuses unknown fields, naming them and the fields there are", () => {
    const result = readAnswerForm(quiz, { q1: "Jambon", q9: "x", score: "10" });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.errors.map((error) => error.field).sort()).toEqual(["q9", "score"]);
    expect(result.errors[0]?.message).toMatch(/^Champ inconnu « (q9|score) ».*q1, q2, q3, student/);
  });

  it("refuses the names objects inherit, as the JSON API does", () => {
    // As Hono's parseBody builds it: a prototype-less object, where __proto__ is a plain key.
    const body: Record<string, string> = Object.create(null);
    for (const [name, value] of [
      ["q1", "Jambon"],
      ["__proto__", "a"],
      ["constructor", "b"],
      ["prototype", "c"],
    ] as const) {
      body[name] = value;
    }
    const result = readAnswerForm(quiz, body);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.errors.map((error) => error.field)).toEqual([
      "__proto__",
      "constructor",
      "prototype",
    ]);
    expect(result.errors[0]?.message).toMatch(/^Champ inconnu « __proto__ ».*q1, q2, q3, student/);
  });

  it("refuses values no field of the form can send", () => {
    const result = readAnswerForm(quiz, { q2: "z", q3: "peut-être" });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.errors).toEqual([
      {
        field: "q2",
        message: expect.stringContaining("« z » n'est pas un choix de la question 2"),
      },
      { field: "q3", message: expect.stringContaining("La question 3 attend") },
    ]);
  });

  it("refuses a field sent twice or as a file, and over-long text", () => {
    const result = readAnswerForm(quiz, {
      q1: ["Jambon", "Michel"],
      q2: new File(["b"], "b.txt"),
      student: "x".repeat(101),
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.errors.map((error) => error.field)).toEqual(["q1", "q2", "student"]);
    expect(readAnswerForm(quiz, { q1: "x".repeat(501) }).success).toBe(false);
  });
});
