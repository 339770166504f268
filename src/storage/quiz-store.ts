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
  /** Listed to everyone: shipped quizzes, and created ones the teacher marked public. */
  public: boolean;
}

/** Who asks for the list: students see the public quizzes, the teacher every one. */
export interface ListOptions {
  /** Also the quizzes not marked public (the teacher's own list). */
  includePrivate?: boolean;
}

/**
 * Stores a generated quiz.
 *
 * @example
 * await saveQuiz(env.DB, quiz, new Date().toISOString());
 */
export async function saveQuiz(
  db: D1Database,
  quiz: Quiz,
  createdAt: string,
  isPublic = false,
): Promise<void> {
  await db
    .prepare(
      "INSERT INTO quizzes (id, title, language, question_count, quiz, created_at, public) VALUES (?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(
      quiz.id,
      quiz.title,
      quiz.language,
      quiz.questions.length,
      JSON.stringify(quiz),
      createdAt,
      isPublic ? 1 : 0,
    )
    .run();
}

/**
 * Marks a stored quiz public (listed to everyone) or not; false when there is no such quiz.
 *
 * @example
 * await setQuizPublic(env.DB, "k3J9…", true); // true
 */
export async function setQuizPublic(
  db: D1Database,
  id: string,
  isPublic: boolean,
): Promise<boolean> {
  const { meta } = await db
    .prepare("UPDATE quizzes SET public = ? WHERE id = ?")
    .bind(isPublic ? 1 : 0, id)
    .run();
  return meta.changes > 0;
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
 * Summaries of the stored quizzes, newest first: the public ones, or every one for the teacher.
 * The one place that decides who sees which quiz in a list.
 *
 * @example
 * (await listStoredQuizzes(env.DB)).map((quiz) => quiz.title); // public ones only
 * await listStoredQuizzes(env.DB, { includePrivate: true }); // the teacher's list
 */
export async function listStoredQuizzes(
  db: D1Database,
  { includePrivate = false }: ListOptions = {},
): Promise<QuizSummary[]> {
  const { results } = await db
    .prepare(
      `SELECT id, title, language, question_count AS questionCount, public FROM quizzes
       WHERE public = 1 OR ?1 ORDER BY created_at DESC, id`,
    )
    .bind(includePrivate ? 1 : 0)
    .all<Omit<QuizSummary, "public"> & { public: number }>();
  return results.map((row) => ({ ...row, public: row.public === 1 }));
}

/**
 * Deletes a stored quiz with its assignments, its submissions and their marks, all or nothing.
 * Returns whether the quiz existed.
 *
 * @example
 * await deleteQuiz(env.DB, "k3J9…"); // true
 */
export async function deleteQuiz(db: D1Database, id: string): Promise<boolean> {
  const [, , , deleted] = await db.batch([
    db
      .prepare(
        "DELETE FROM submission_marks WHERE submission_id IN (SELECT id FROM submissions WHERE quiz_id = ?)",
      )
      .bind(id),
    db.prepare("DELETE FROM submissions WHERE quiz_id = ?").bind(id),
    db.prepare("DELETE FROM assignments WHERE quiz_id = ?").bind(id),
    db.prepare("DELETE FROM quizzes WHERE id = ?").bind(id),
  ]);
  return (deleted?.meta.changes ?? 0) > 0;
}
