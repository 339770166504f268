/**
 * @module
 * All SQL on assignments (table in migrations/0006_assignments.sql). Their sheets are rows of
 * `submissions` with an `assignment_id` (submission-store.ts, results-store.ts).
 *
 * Everything an assignment needs from storage goes through here: past what one D1 database
 * carries, a Durable Object per assignment (or a D1 per school) replaces this file and the
 * assignment queries of the results, not the routes (see the README's "Scale" section).
 */
import type { Assignment, FeedbackMode } from "../core/assignment/assignment";
import { newJoinCode } from "../core/assignment/join-code";

/** An assignment as listed to the teacher: with how many sheets it has. */
export interface AssignmentSummary extends Assignment {
  submissions: number;
}

/** What a teacher gives to hand a quiz to a class. */
export interface NewAssignment {
  id: string;
  quizId: string;
  label: string;
  feedback: FeedbackMode;
  closesAt: string | null;
  createdAt: string;
}

/** Where sheets are counted to spot a change: cheap enough to ask every second. */
export interface AssignmentActivity {
  submissions: number;
  /** `created_at` of the newest sheet; `null` with none. */
  latest: string | null;
  /** The assignment's own state, so that closing or reopening it shows too. */
  closesAt: string | null;
  closedAt: string | null;
}

interface AssignmentRow {
  id: string;
  quiz_id: string;
  label: string;
  join_code: string;
  feedback: FeedbackMode;
  closes_at: string | null;
  closed_at: string | null;
  created_at: string;
  submissions?: number;
}

/** Tries before giving up on a free join code: with 887 million codes, one nearly always does. */
const CODE_ATTEMPTS = 5;

function toAssignment(row: AssignmentRow): Assignment {
  return {
    id: row.id,
    quizId: row.quiz_id,
    label: row.label,
    joinCode: row.join_code,
    feedback: row.feedback,
    closesAt: row.closes_at,
    closedAt: row.closed_at,
    createdAt: row.created_at,
  };
}

/**
 * Stores a new assignment under a fresh join code (drawn again while it is taken).
 *
 * @example
 * const assignment = await createAssignment(env.DB, { id, quizId, label: "4e B",
 *   feedback: "immediate", closesAt: null, createdAt: new Date().toISOString() });
 * assignment.joinCode; // "K7QX2M"
 */
export async function createAssignment(db: D1Database, input: NewAssignment): Promise<Assignment> {
  const insert = db.prepare(
    `INSERT INTO assignments (id, quiz_id, label, join_code, feedback, closes_at, closed_at, created_at)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, NULL, ?7)
     ON CONFLICT (join_code) DO NOTHING`,
  );
  for (let attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
    const joinCode = newJoinCode();
    const { meta } = await insert
      .bind(
        input.id,
        input.quizId,
        input.label,
        joinCode,
        input.feedback,
        input.closesAt,
        input.createdAt,
      )
      .run();
    if (meta.changes === 1) return { ...input, joinCode, closedAt: null };
  }
  throw new Error(`No free join code after ${CODE_ATTEMPTS} attempts`);
}

/**
 * The assignment with this id, or `undefined`.
 *
 * @example
 * (await getAssignment(env.DB, id))?.joinCode; // "K7QX2M"
 */
export async function getAssignment(db: D1Database, id: string): Promise<Assignment | undefined> {
  const row = await db
    .prepare("SELECT * FROM assignments WHERE id = ?")
    .bind(id)
    .first<AssignmentRow>();
  return row ? toAssignment(row) : undefined;
}

/**
 * The assignment with this join code (as normalised by `normaliseJoinCode`), or `undefined`.
 *
 * @example
 * await findAssignmentByCode(env.DB, "K7QX2M");
 */
export async function findAssignmentByCode(
  db: D1Database,
  joinCode: string,
): Promise<Assignment | undefined> {
  const row = await db
    .prepare("SELECT * FROM assignments WHERE join_code = ?")
    .bind(joinCode)
    .first<AssignmentRow>();
  return row ? toAssignment(row) : undefined;
}

/**
 * Every assignment, newest first, with its number of sheets.
 *
 * @example
 * (await listAssignments(env.DB)).map((assignment) => assignment.label);
 */
export async function listAssignments(db: D1Database): Promise<AssignmentSummary[]> {
  const { results } = await db
    .prepare(
      `SELECT assignments.*,
              (SELECT COUNT(*) FROM submissions WHERE assignment_id = assignments.id) AS submissions
       FROM assignments ORDER BY created_at DESC, id DESC`,
    )
    .all<AssignmentRow>();
  return results.map((row) => ({ ...toAssignment(row), submissions: row.submissions ?? 0 }));
}

/**
 * Closes an assignment now (it takes no more sheets); an already closed one keeps its time.
 * Returns the assignment as it is now, or `undefined` when there is none.
 *
 * @example
 * await closeAssignment(env.DB, id, new Date().toISOString());
 */
export async function closeAssignment(
  db: D1Database,
  id: string,
  now: string,
): Promise<Assignment | undefined> {
  const row = await db
    .prepare("UPDATE assignments SET closed_at = COALESCE(closed_at, ?2) WHERE id = ?1 RETURNING *")
    .bind(id, now)
    .first<AssignmentRow>();
  return row ? toAssignment(row) : undefined;
}

/**
 * Opens an assignment again: not closed early any more, and a closing time already past is
 * dropped (it would close it again at once); `closesAt`, when given, replaces the closing time.
 *
 * @example
 * await reopenAssignment(env.DB, id, new Date().toISOString());
 * await reopenAssignment(env.DB, id, now, "2026-12-01T12:00:00.000Z");
 */
export async function reopenAssignment(
  db: D1Database,
  id: string,
  now: string,
  closesAt?: string | null,
): Promise<Assignment | undefined> {
  const row = await db
    .prepare(
      `UPDATE assignments SET closed_at = NULL,
         closes_at = CASE WHEN ?3 THEN ?4 WHEN closes_at <= ?2 THEN NULL ELSE closes_at END
       WHERE id = ?1 RETURNING *`,
    )
    .bind(id, now, closesAt === undefined ? 0 : 1, closesAt ?? null)
    .first<AssignmentRow>();
  return row ? toAssignment(row) : undefined;
}

/**
 * Deletes an assignment with its sheets and their marks, all or nothing. Returns whether it
 * existed.
 *
 * @example
 * await deleteAssignment(env.DB, id); // true
 */
export async function deleteAssignment(db: D1Database, id: string): Promise<boolean> {
  const [, , deleted] = await db.batch([
    db
      .prepare(
        "DELETE FROM submission_marks WHERE submission_id IN (SELECT id FROM submissions WHERE assignment_id = ?)",
      )
      .bind(id),
    db.prepare("DELETE FROM submissions WHERE assignment_id = ?").bind(id),
    db.prepare("DELETE FROM assignments WHERE id = ?").bind(id),
  ]);
  return (deleted?.meta.changes ?? 0) > 0;
}

/**
 * How many sheets an assignment has, when the newest came, and whether it is closed: one row
 * read through the assignment indexes, what the live view asks every second to know whether to
 * send new figures. `undefined` once the assignment is deleted.
 *
 * @example
 * await assignmentActivity(env.DB, id); // { submissions: 12, latest: "2026-…Z", closedAt: null, … }
 */
export async function assignmentActivity(
  db: D1Database,
  id: string,
): Promise<AssignmentActivity | undefined> {
  const row = await db
    .prepare(
      `SELECT (SELECT COUNT(*) FROM submissions WHERE assignment_id = ?1) AS submissions,
              (SELECT MAX(created_at) FROM submissions WHERE assignment_id = ?1) AS latest,
              closes_at AS closesAt, closed_at AS closedAt
       FROM assignments WHERE id = ?1`,
    )
    .bind(id)
    .first<AssignmentActivity>();
  return row ?? undefined;
}
