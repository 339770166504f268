import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { foldCaseAndAccents } from "../../src/core/text/fold-text";
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
    const { quizzes } = await listStoredQuizzes(env.DB, { limit: 100, includePrivate: true });
    const ids = quizzes.map((quiz) => quiz.id);
    expect(ids.indexOf("new")).toBeLessThan(ids.indexOf("old"));
    expect(quizzes.find((quiz) => quiz.id === "new")).toEqual({
      id: "new",
      title: "Récent",
      language: "fr",
      questionCount: sampleQuiz.questions.length,
      public: false,
      published: true,
      createdAt: "2026-06-01T00:00:00.000Z",
    });
    // Neither is public: nobody else sees them listed.
    const listed = (await listStoredQuizzes(env.DB, { limit: 100 })).quizzes.map((quiz) => quiz.id);
    expect(listed).not.toContain("new");
    expect(listed).not.toContain("old");
  });

  it("pages after a position, says whether more follow, and filters by folded title words", async () => {
    for (const [id, title, createdAt] of [
      ["words-1", "Les Œuvres de l'été", "2026-07-01T00:00:00.000Z"],
      ["words-2", "Un été à Lyon", "2026-07-02T00:00:00.000Z"],
      ["words-3", "L'hiver à Lyon", "2026-07-03T00:00:00.000Z"],
    ] as const) {
      await saveQuiz(env.DB, { ...sampleQuiz, id, title }, createdAt, true);
    }
    const ete = await listStoredQuizzes(env.DB, { limit: 1, titleWords: ["ete"] });
    expect(ete.quizzes.map((quiz) => quiz.id)).toEqual(["words-2"]);
    expect(ete.more).toBe(true);
    const after = ete.quizzes[0];
    if (!after) throw new Error("no first page");
    const rest = await listStoredQuizzes(env.DB, { limit: 5, titleWords: ["ete"], after });
    expect(rest).toEqual({ quizzes: [expect.objectContaining({ id: "words-1" })], more: false });
    const both = await listStoredQuizzes(env.DB, { limit: 5, titleWords: ["lyon", "a"] });
    expect(both.quizzes.map((quiz) => quiz.id)).toEqual(["words-3", "words-2"]);
    expect(
      (await listStoredQuizzes(env.DB, { limit: 5, titleWords: ["oeuvres"] })).quizzes,
    ).toEqual([expect.objectContaining({ id: "words-1" })]);
    expect(await listStoredQuizzes(env.DB, { limit: 0, titleWords: ["hiver"] })).toEqual({
      quizzes: [],
      more: true,
    });
  });

  it("folds the titles of quizzes created before migration 0007 as the Worker does", async () => {
    const migration = env.TEST_MIGRATIONS.find((entry) => entry.name.startsWith("0007_"));
    const backfill = migration?.queries.find((query) => query.includes("UPDATE quizzes"));
    if (!backfill) throw new Error("migration 0007 has no UPDATE of the titles");
    const titles = [
      "L'État, la Région et l'Œuvre : « ÇA DÉÇOIT » à Noël",
      "Où sont passés les élèves de Tōkyō ? Ñandú, Ærø, Straße, Ÿvelines, Ìle",
      "ÀÂÄÁÃÅ àâäáãå ÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜÝ éèêëíìîïñóòôöõúùûüýÿ",
    ];
    for (const [index, title] of titles.entries()) {
      await saveQuiz(env.DB, { ...sampleQuiz, id: `before-0007-${index}`, title }, "2025-01-01");
    }
    // As a quiz saved before the migration: no folded title yet.
    await env.DB.prepare(
      "UPDATE quizzes SET search_title = '' WHERE id LIKE 'before-0007-%'",
    ).run();
    await env.DB.prepare(backfill).run();
    const { results } = await env.DB.prepare(
      "SELECT title, search_title AS folded FROM quizzes WHERE id LIKE 'before-0007-%' ORDER BY id",
    ).all<{ title: string; folded: string }>();
    // ō is not a letter of French or its neighbours: the Worker folds it, the migration not.
    expect(results.map(({ folded }) => folded)).toEqual(
      titles.map((title) => foldCaseAndAccents(title).replace("tokyo", "tōkyō")),
    );
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
