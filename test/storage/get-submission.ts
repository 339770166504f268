/**
 * @module
 * Reading a stored submission back, for the tests that check what a sheet stored: the Worker
 * itself never reads one whole (results come from results-store.ts).
 */
import type { Submission } from "../../src/storage/submission-store";

interface SubmissionRow {
  id: string;
  quiz_id: string;
  assignment_id: string | null;
  student: string | null;
  answers: string;
  score: number;
  max_score: number;
  created_at: string;
}

interface MarkRow {
  question_id: string;
  given: string | null;
  correct: number;
}

/**
 * The stored submission with this id, its marks in question order, or `null`.
 *
 * @example
 * const stored = await getSubmission(env.DB, id);
 * stored?.marks.length; // number of questions in the quiz
 */
export async function getSubmission(db: D1Database, id: string): Promise<Submission | null> {
  const [row, marks] = await Promise.all([
    db.prepare("SELECT * FROM submissions WHERE id = ?").bind(id).first<SubmissionRow>(),
    db
      .prepare(
        "SELECT question_id, given, correct FROM submission_marks WHERE submission_id = ? ORDER BY rowid",
      )
      .bind(id)
      .all<MarkRow>(),
  ]);
  if (!row) return null;
  return {
    id: row.id,
    quizId: row.quiz_id,
    ...(row.assignment_id !== null ? { assignmentId: row.assignment_id } : {}),
    student: row.student,
    answers: JSON.parse(row.answers),
    score: row.score,
    maxScore: row.max_score,
    createdAt: row.created_at,
    marks: marks.results.map((mark) => ({
      questionId: mark.question_id,
      given: mark.given === null ? null : JSON.parse(mark.given),
      correct: mark.correct === 1,
    })),
  };
}
