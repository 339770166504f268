/**
 * @module
 * Stores the quizzes teachers create (D1 table `quizzes`); owns their SQL.
 */
import type { Quiz } from "../core/quiz/quiz";

/** What the list of quizzes shows. */
export interface QuizSummary {
  id: string;
  title: string;
  language: string;
  questionCount: number;
}

/**
 * Stores a generated quiz.
 *
 * @example
 * await saveQuiz(env.DB, quiz, new Date().toISOString());
 */
export async function saveQuiz(db: D1Database, quiz: Quiz, createdAt: string): Promise<void> {
  await db
    .prepare(
      "INSERT INTO quizzes (id, title, language, question_count, quiz, created_at) VALUES (?, ?, ?, ?, ?, ?)",
    )
    .bind(
      quiz.id,
      quiz.title,
      quiz.language,
      quiz.questions.length,
      JSON.stringify(quiz),
      createdAt,
    )
    .run();
}

/**
 * A stored quiz, or `undefined`.
 *
 * @example
 * const quiz = await loadQuiz(env.DB, "k3J9…");
 */
export async function loadQuiz(db: D1Database, id: string): Promise<Quiz | undefined> {
  const row = await db
    .prepare("SELECT quiz FROM quizzes WHERE id = ?")
    .bind(id)
    .first<{ quiz: string }>();
  return row ? (JSON.parse(row.quiz) as Quiz) : undefined;
}

/**
 * Summaries of the stored quizzes, newest first.
 *
 * @example
 * (await listStoredQuizzes(env.DB)).map((quiz) => quiz.title);
 */
export async function listStoredQuizzes(db: D1Database): Promise<QuizSummary[]> {
  const { results } = await db
    .prepare(
      "SELECT id, title, language, question_count AS questionCount FROM quizzes ORDER BY created_at DESC, id",
    )
    .all<QuizSummary>();
  return results;
}

/**
 * Deletes a stored quiz with its submissions and their marks, all or nothing.
 * Returns whether the quiz existed.
 *
 * @example
 * await deleteQuiz(env.DB, "k3J9…"); // true
 */
export async function deleteQuiz(db: D1Database, id: string): Promise<boolean> {
  const [, , deleted] = await db.batch([
    db
      .prepare(
        "DELETE FROM submission_marks WHERE submission_id IN (SELECT id FROM submissions WHERE quiz_id = ?)",
      )
      .bind(id),
    db.prepare("DELETE FROM submissions WHERE quiz_id = ?").bind(id),
    db.prepare("DELETE FROM quizzes WHERE id = ?").bind(id),
  ]);
  return (deleted?.meta.changes ?? 0) > 0;
}
