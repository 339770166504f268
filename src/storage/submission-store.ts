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

/** At most this many sheets share one batch… */
export const MAX_SHEETS_PER_BATCH = 32;

/**
 * …and about this many characters of answers: each statement binds the group as one JSON
 * string, and D1 takes strings of up to 2 MB (a sheet's body is at most 64 KiB).
 */
const MAX_ANSWER_CHARS_PER_BATCH = 512 * 1024;

/** What became of a sheet's group: stored, or the batch's error. */
type GroupOutcome = { stored: true } | { error: unknown };

interface QueuedSheet {
  submission: Submission;
  /** Characters of its answers as JSON, to bound a group's size. */
  size: number;
  /** When a request took it into a batch (ms). */
  takenAt?: number;
  /** Set by the request that wrote its batch. */
  outcome?: GroupOutcome;
}

interface WriteQueue {
  /** When the batch being written was sent (ms); undefined while none is. */
  writingSince: number | undefined;
  waiting: QueuedSheet[];
}

/** How often a sheet waiting for another request's batch looks whether it was written (ms). */
const LOOK_EVERY_MS = 1;

/**
 * A batch not answered after this long belongs to a request that died (D1 answers or fails
 * long before): the queue goes on without it, and its sheets fail as the batch would have.
 */
export const STALE_BATCH_MS = 15_000;

/** Per database binding: the batch being written, and the sheets waiting for the next. */
const writeQueues = new WeakMap<D1Database, WriteQueue>();

/**
 * Stores a submission and its marks: all its rows are written, or none. An assignment sheet
 * under a name that already handed in throws `DuplicateStudentError`.
 *
 * Plain quiz sheets (no assignment: no unique name to clash on) are written in groups, as a
 * database commits a log: while one batch is being written, the sheets that arrive wait, and
 * the next batch writes them all at once — one round trip, two statements and one commit for
 * many sheets under load, no wait at all when the database is idle. Each sheet is in exactly
 * one batch and settles with it: stored (all its rows are), or the batch's error (none are: a
 * batch is atomic). A group refused for a broken constraint, which happens before anything is
 * committed, is written again one sheet at a time, so that one bad sheet fails alone.
 *
 * The Workers runtime lets no request settle a promise another request waits on, so a waiting
 * request looks every {@link LOOK_EVERY_MS} ms whether its sheet was written, and writes the
 * next group itself once no batch is being written. The request writing a batch keeps running
 * with `waitUntil` (the request's `executionCtx.waitUntil`) if its client goes away; one that
 * died anyway is given up after {@link STALE_BATCH_MS}.
 *
 * @example
 * await saveSubmission(env.DB, { id: crypto.randomUUID(), quizId, student: null, answers,
 *   score: 7, maxScore: 10, createdAt: new Date().toISOString(), marks });
 */
export async function saveSubmission(
  db: D1Database,
  submission: Submission,
  waitUntil?: (promise: Promise<unknown>) => void,
): Promise<void> {
  if ((submission.assignmentId ?? null) !== null) return writeAlone(db, submission);
  let queue = writeQueues.get(db);
  if (!queue) {
    queue = { writingSince: undefined, waiting: [] };
    writeQueues.set(db, queue);
  }
  const mine: QueuedSheet = { submission, size: JSON.stringify(submission.answers).length };
  queue.waiting.push(mine);
  while (mine.outcome === undefined) {
    const now = Date.now();
    if (queue.writingSince !== undefined && now - queue.writingSince > STALE_BATCH_MS) {
      queue.writingSince = undefined;
    }
    if (mine.takenAt !== undefined && now - mine.takenAt > STALE_BATCH_MS) {
      mine.outcome = {
        error: new Error(
          "The batch holding this sheet exceeded timeout: the request sending it stopped first.",
        ),
      };
    } else if (queue.writingSince === undefined) {
      const written = writeNextGroup(db, queue);
      waitUntil?.(written);
      await written;
    } else {
      await new Promise((resolve) => setTimeout(resolve, LOOK_EVERY_MS));
    }
  }
  if ("error" in mine.outcome) throw mine.outcome.error;
}

/** Writes the first waiting sheets as one batch, and records what became of each. */
async function writeNextGroup(db: D1Database, queue: WriteQueue): Promise<void> {
  const since = Date.now();
  queue.writingSince = since;
  const group = takeGroup(queue.waiting);
  for (const sheet of group) sheet.takenAt = since;
  let outcomes: GroupOutcome[];
  try {
    outcomes = await writeGroup(db, group);
  } catch (error) {
    outcomes = group.map(() => ({ error }));
  } finally {
    if (queue.writingSince === since) queue.writingSince = undefined;
  }
  group.forEach((sheet, i) => {
    sheet.outcome ??= outcomes[i] ?? { error: new Error("not written") };
  });
}

/** The first waiting sheets, as many as one batch takes. */
function takeGroup(waiting: QueuedSheet[]): QueuedSheet[] {
  let count = 0;
  let chars = 0;
  for (const sheet of waiting) {
    const full =
      count === MAX_SHEETS_PER_BATCH ||
      (count > 0 && chars + sheet.size > MAX_ANSWER_CHARS_PER_BATCH);
    if (full) break;
    count++;
    chars += sheet.size;
  }
  return waiting.splice(0, count);
}

async function writeGroup(db: D1Database, group: readonly QueuedSheet[]): Promise<GroupOutcome[]> {
  try {
    await db.batch(
      insertSubmissions(
        db,
        group.map((sheet) => sheet.submission),
      ),
    );
    return group.map(() => ({ stored: true }));
  } catch (error) {
    // Refused before commit: nothing of the group was written; find which sheet it was.
    if (group.length === 1 || !String(error).includes("constraint failed")) {
      return group.map(() => ({ error }));
    }
    const outcomes: GroupOutcome[] = [];
    for (const sheet of group) {
      outcomes.push(
        await writeAlone(db, sheet.submission).then(
          (): GroupOutcome => ({ stored: true }),
          (alone: unknown): GroupOutcome => ({ error: alone }),
        ),
      );
    }
    return outcomes;
  }
}

function writeAlone(db: D1Database, submission: Submission): Promise<void> {
  return db
    .batch(insertSubmissions(db, [submission]))
    .then(() => undefined, rethrowDuplicate(submission));
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
