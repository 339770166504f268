import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { deleteQuiz, listStoredQuizzes, loadQuiz, saveQuiz } from "../../src/storage/quiz-store";
import { countSubmissions, saveSubmission } from "../../src/storage/submission-store";
import { sampleQuiz } from "../core/quiz/sample-quiz";

describe("quiz store", () => {
  it("stores a quiz whole and reads it back", async () => {
    const quiz = { ...sampleQuiz, id: "stored-a" };
    await saveQuiz(env.DB, quiz, "2026-11-29T08:00:00.000Z");
    expect(await loadQuiz(env.DB, "stored-a")).toEqual(quiz);
    expect(await loadQuiz(env.DB, "missing")).toBeUndefined();
  });

  it("lists the newest first", async () => {
    await saveQuiz(
      env.DB,
      { ...sampleQuiz, id: "old", title: "Ancien" },
      "2026-01-01T00:00:00.000Z",
    );
    await saveQuiz(
      env.DB,
      { ...sampleQuiz, id: "new", title: "Récent" },
      "2026-06-01T00:00:00.000Z",
    );
    const ids = (await listStoredQuizzes(env.DB, { includePrivate: true })).map((quiz) => quiz.id);
    expect(ids.indexOf("new")).toBeLessThan(ids.indexOf("old"));
    // Neither is public: nobody else sees them listed.
    const listed = (await listStoredQuizzes(env.DB)).map((quiz) => quiz.id);
    expect(listed).not.toContain("new");
    expect(listed).not.toContain("old");
  });

  it("deletes a quiz with its submissions and their marks, and says whether it existed", async () => {
    const quiz = { ...sampleQuiz, id: "doomed" };
    await saveQuiz(env.DB, quiz, "2026-11-29T08:00:00.000Z");
    await saveSubmission(env.DB, {
      id: "sub-doomed",
      quizId: "doomed",
      student: null,
      answers: {},
      score: 0,
      maxScore: quiz.questions.length,
      createdAt: "2026-11-29T08:01:00.000Z",
      marks: quiz.questions.map((q) => ({ questionId: q.id, given: null, correct: false })),
    });
    expect(await deleteQuiz(env.DB, "doomed")).toBe(true);
    expect(await loadQuiz(env.DB, "doomed")).toBeUndefined();
    expect(await countSubmissions(env.DB, "doomed")).toBe(0);
    const marks = await env.DB.prepare(
      "SELECT COUNT(*) AS n FROM submission_marks WHERE submission_id = 'sub-doomed'",
    ).first<{ n: number }>();
    expect(marks?.n).toBe(0);
    expect(await deleteQuiz(env.DB, "doomed")).toBe(false);
  });
});
