/**
 * @module
 * All SQL on submissions (tables in migrations/0001_submissions.sql; assignment sheets since
 * 0006_assignments.sql).
 */
import { studentKey } from "../core/assignment/student-key";

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
  /** The assignment the sheet was handed in for; absent or `null` for a plain quiz sheet. */
  assignmentId?: string | null;
  student: string | null;
  answers: Record<string, GivenAnswer>;
  score: number;
  maxScore: number;
  /** ISO 8601, UTC. */
  createdAt: string;
  /** One per question of the quiz. */
  marks: QuestionMark[];
}

/**
 * Thrown when an assignment already has a sheet under this name (compared by `studentKey`):
 * the unique index of migrations/0006 refused the second one, and nothing of it was stored.
 */
export class DuplicateStudentError extends Error {
  constructor(readonly student: string | null) {
    super(`A sheet was already handed in under the name "${student}" for this assignment.`);
    this.name = "DuplicateStudentError";
  }
}

/**
 * The error D1 threw as a `DuplicateStudentError` when it is the one-sheet-per-name index's,
 * else as it was.
 *
 * @example
 * await db.batch(insertSubmissions(db, [submission])).catch(rethrowDuplicate(submission));
 */
export function rethrowDuplicate(submission: Submission): (error: unknown) => never {
  return (error) => {
    const message = error instanceof Error ? error.message : String(error);
    if (message.includes("UNIQUE constraint failed: submissions.assignment_id")) {
      throw new DuplicateStudentError(submission.student);
    }
    throw error;
  };
}

/**
 * The statements that store submissions and their marks, for one `db.batch`; the only INSERTs
 * of a submission. Two statements however many sheets: the rows, then every mark in question
 * order, each read from a JSON array with `json_each` (a statement per row would cost a round
 * of D1's work per row). With `onlyIf`, the rows are written only while that SQL condition
 * holds (its values are bound as ?2, ?3…), and the marks only with their row: this is how a
 * keyed sheet is written only while its request still holds the key (idempotency-store.ts).
 *
 * @example
 * await db.batch(insertSubmissions(db, [first, second]));
 * await db.batch([...insertSubmissions(db, [submission], { sql: "EXISTS (…)", values: [key] }), …]);
 */
export function insertSubmissions(
  db: D1Database,
  submissions: readonly Submission[],
  onlyIf?: { sql: string; values: (string | number)[] },
): D1PreparedStatement[] {
  const rows = submissions.map((submission) => {
    const assignmentId = submission.assignmentId ?? null;
    return [
      submission.id,
      submission.quizId,
      assignmentId,
      submission.student,
      // Only assignment sheets are one per name: plain quiz sheets leave the key NULL.
      assignmentId !== null && submission.student !== null ? studentKey(submission.student) : null,
      JSON.stringify(submission.answers),
      submission.score,
      submission.maxScore,
      submission.createdAt,
    ];
  });
  // Given as stored: JSON text (so that "true" and true stay apart), NULL when unanswered.
  const marks = submissions.flatMap((submission) =>
    submission.marks.map((mark) => [
      submission.id,
      mark.questionId,
      mark.given === null ? null : JSON.stringify(mark.given),
      mark.correct ? 1 : 0,
    ]),
  );
  const field = (index: number) => `json_extract(value, '$[${index}]')`;
  const insertRows = db
    .prepare(
      `INSERT INTO submissions
         (id, quiz_id, assignment_id, student, student_key, answers, score, max_score, created_at)
       SELECT ${[0, 1, 2, 3, 4, 5, 6, 7, 8].map(field).join(", ")}
       FROM json_each(?1)${onlyIf ? ` WHERE ${onlyIf.sql}` : ""}
       ORDER BY key`,
    )
    .bind(JSON.stringify(rows), ...(onlyIf?.values ?? []));
  const insertMarks = db
    .prepare(
      `INSERT INTO submission_marks (submission_id, question_id, given, correct)
       SELECT ${[0, 1, 2, 3].map(field).join(", ")}
       FROM json_each(?1)
       WHERE EXISTS (SELECT 1 FROM submissions WHERE id = ${field(0)})
       ORDER BY key`,
    )
    .bind(JSON.stringify(marks));
  return [insertRows, insertMarks];
}

/**
 * Stores a submission and its marks in one batch of two statements: all its rows are written,
 * or none. An assignment sheet under a name that already handed in throws
 * `DuplicateStudentError`.
 *
 * Sheets are not grouped across requests: a group commit needs requests to wait on each
 * other's writes, which the Workers runtime only allows by polling, and that cost more CPU per
 * sheet than it saved under local D1 (issue 15 note).
 *
 * @example
 * await saveSubmission(env.DB, { id: crypto.randomUUID(), quizId, student: null, answers,
 *   score: 7, maxScore: 10, createdAt: new Date().toISOString(), marks });
 */
export async function saveSubmission(db: D1Database, submission: Submission): Promise<void> {
  await db.batch(insertSubmissions(db, [submission])).catch(rethrowDuplicate(submission));
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
