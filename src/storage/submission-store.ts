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

/**
 * Batches written at once. One: D1 runs batches one after the other, and in the bench
 * (test/bench) a second batch sent while the first was being committed made sheets slower,
 * not faster.
 */
export const MAX_BATCHES_IN_FLIGHT = 1;

interface QueuedSheet {
  submission: Submission;
  /** Characters of its answers as JSON, to bound a group's size. */
  size: number;
  settle(outcome: GroupOutcome): void;
}

/** What the request that wrote a group tells each sheet of it; `lead`: write this group. */
type GroupOutcome = { stored: true } | { error: unknown } | { lead: QueuedSheet[] };

interface WriteQueue {
  inFlight: number;
  waiting: QueuedSheet[];
}

/** Per database binding: the batches being written, and the sheets waiting for the next. */
const writeQueues = new WeakMap<D1Database, WriteQueue>();

/**
 * Stores a submission and its marks: all its rows are written, or none. An assignment sheet
 * under a name that already handed in throws `DuplicateStudentError`.
 *
 * Plain quiz sheets (no assignment: no unique name to clash on) are written in groups, as a
 * database commits a log: while batches are being written ({@link MAX_BATCHES_IN_FLIGHT}), the
 * sheets that arrive wait, and the next batch writes them all at once — one round trip, two
 * statements and one commit for many sheets under load, no wait at all when the database is
 * idle. Each sheet is in exactly one batch and its promise settles with that batch: stored (all
 * its rows are), or the batch's error (none are: a batch is atomic). A group refused for a
 * broken constraint, which happens before anything is committed, is written again one sheet at
 * a time, so that one bad sheet fails alone. A batch is sent by a request whose sheet is in it
 * (`lead`), never by one that may already have answered; `waitUntil` (the request's
 * `executionCtx.waitUntil`) keeps a waiting request, and the batch it sends, running if its
 * client goes away (the runtime would cancel it, and the sheets of its group would wait for
 * ever).
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
    queue = { inFlight: 0, waiting: [] };
    writeQueues.set(db, queue);
  }
  const size = JSON.stringify(submission.answers).length;
  let settled: GroupOutcome;
  if (queue.inFlight < MAX_BATCHES_IN_FLIGHT) {
    queue.inFlight++;
    settled = { lead: [{ submission, size, settle: () => {} }] };
  } else {
    const waiting = queue.waiting;
    const outcome = new Promise<GroupOutcome>((settle) => {
      waiting.push({ submission, size, settle });
    });
    // Kept alive even if its client goes: it may be told to write the next group.
    waitUntil?.(outcome);
    settled = await outcome;
  }
  if ("lead" in settled) {
    const written = writeAndHandOver(db, queue, settled.lead, submission);
    waitUntil?.(written);
    return written;
  }
  if ("error" in settled) throw settled.error;
}

/** Writes `group` (this request's sheet among it), settles it, and hands the next group over. */
async function writeAndHandOver(
  db: D1Database,
  queue: WriteQueue,
  group: QueuedSheet[],
  own: Submission,
): Promise<void> {
  let outcomes: GroupOutcome[];
  try {
    outcomes = await writeGroup(db, group);
  } catch (error) {
    outcomes = group.map(() => ({ error }));
  }
  const next = takeGroup(queue.waiting);
  if (next[0]) next[0].settle({ lead: next });
  else queue.inFlight--;
  let mine: GroupOutcome = { stored: true };
  group.forEach((sheet, i) => {
    const outcome = outcomes[i] ?? { error: new Error("not written") };
    if (sheet.submission === own) mine = outcome;
    else sheet.settle(outcome);
  });
  if ("error" in mine) throw mine.error;
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

async function writeGroup(db: D1Database, group: QueuedSheet[]): Promise<GroupOutcome[]> {
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
