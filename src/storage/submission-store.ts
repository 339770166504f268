/**
 * @module
 * All SQL on submissions (tables in migrations/0001_submissions.sql).
 */

/** An answer as sent: an option id or short answer, or a truth value. */
export type GivenAnswer = string | boolean;

/** How one question of a submission was marked. */
export interface QuestionMark {
  questionId: string;
  /** `null` when the student left the question unanswered. */
  given: GivenAnswer | null;
  correct: boolean;
}

/** A marked submission, as stored. */
export interface Submission {
  id: string;
  quizId: string;
  student: string | null;
  answers: Record<string, GivenAnswer>;
  score: number;
  maxScore: number;
  /** ISO 8601, UTC. */
  createdAt: string;
  /** One per question of the quiz. */
  marks: QuestionMark[];
}

interface SubmissionRow {
  id: string;
  quiz_id: string;
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
 * Stores a submission and its marks in one batch: all rows are written, or none.
 *
 * @example
 * await saveSubmission(env.DB, { id: crypto.randomUUID(), quizId, student: null, answers,
 *   score: 7, maxScore: 10, createdAt: new Date().toISOString(), marks });
 */
export async function saveSubmission(db: D1Database, submission: Submission): Promise<void> {
  const insertMark = db.prepare(
    "INSERT INTO submission_marks (submission_id, question_id, given, correct) VALUES (?, ?, ?, ?)",
  );
  await db.batch([
    db
      .prepare(
        `INSERT INTO submissions (id, quiz_id, student, answers, score, max_score, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .bind(
        submission.id,
        submission.quizId,
        submission.student,
        JSON.stringify(submission.answers),
        submission.score,
        submission.maxScore,
        submission.createdAt,
      ),
    ...submission.marks.map((mark) =>
      insertMark.bind(
        submission.id,
        mark.questionId,
        mark.given === null ? null : JSON.stringify(mark.given),
        mark.correct ? 1 : 0,
      ),
    ),
  ]);
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

/**
 * How many submissions a quiz has received.
 *
 * @example
 * await countSubmissions(env.DB, "belgique-maroc-dsiti-2016"); // 0
 */
export async function countSubmissions(db: D1Database, quizId: string): Promise<number> {
  const row = await db
    .prepare("SELECT COUNT(*) AS count FROM submissions WHERE quiz_id = ?")
    .bind(quizId)
    .first<{ count: number }>();
  return row?.count ?? 0;
}
