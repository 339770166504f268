/**
 * @module
 * A quiz's revisions (D1 table `quiz_revisions`, migrations/0005_quiz_review.sql): storing a
 * new version of a quiz with its history entry and, after a key edit, the regraded marks, all
 * in one batch; and reading the history back.
 */
import type { Regrade } from "../core/review/regrade";
import type { RevisionChange } from "../core/review/review-quiz";
import { foldCaseAndAccents } from "../core/text/fold-text";
import { noteQuizWrite } from "../quiz-cache";
import type { StoredQuiz } from "./quiz-store";
import { regradeStatements } from "./regrade-store";

/** What the revision batch found changed under it: another edit, or a new sheet. */
export class RevisionConflict extends Error {
  constructor() {
    super("The quiz changed, or received a sheet, while this change was being stored.");
    this.name = "RevisionConflict";
  }
}

/** A new version of a quiz, and what it must have been built on. */
export interface NewRevision {
  quizId: string;
  /** The quiz as it is now; its `revision` is the one the change was built on. */
  base: StoredQuiz;
  /** The new version (published flag, alternatives and next number included). */
  next: Omit<StoredQuiz, "revision">;
  change: RevisionChange;
  /** How many sheets the change was checked against: a new one meanwhile aborts the batch. */
  sheets: number;
  regrade?: Regrade;
  /** ISO 8601, UTC. */
  at: string;
}

/** An entry of the history, as the API gives it. */
export interface RevisionEntry {
  revision: number;
  at: string;
  action: string;
  questionId: string | null;
  before: unknown;
  after: unknown;
  regrade: { regraded: number; changedSheets: number; changedMarks: number } | null;
}

/**
 * Stores the new version, its history entry and the regraded marks and scores in one batch,
 * all or nothing. Throws {@link RevisionConflict} when another change took this revision number
 * first or a sheet was handed in since the sheets were counted: load again and retry.
 *
 * @example
 * await commitRevision(env.DB, { quizId, base, next, change, sheets: 0, at: now });
 */
export async function commitRevision(db: D1Database, revision: NewRevision): Promise<number> {
  const { quizId, base, next, change, sheets, regrade, at } = revision;
  const number = base.revision + 1;
  const summary = regrade
    ? {
        regraded: regrade.regraded,
        changedSheets: regrade.changes.length,
        changedMarks: regrade.changedMarks,
      }
    : null;
  try {
    await db.batch([
      // First, as the guard of the batch: the key (quiz_id, revision) fails if another change
      // took this number, and created_at is NULL (refused) if the sheets are not those counted.
      db
        .prepare(
          `INSERT INTO quiz_revisions (quiz_id, revision, created_at, action, question_id, before, after, regrade)
           VALUES (?1, ?2,
                   CASE WHEN (SELECT COUNT(*) FROM submissions WHERE quiz_id = ?1) = ?3 THEN ?4 END,
                   ?5, ?6, ?7, ?8, ?9)`,
        )
        .bind(
          quizId,
          number,
          sheets,
          at,
          change.action,
          change.questionId,
          JSON.stringify(change.before),
          JSON.stringify(change.after),
          summary ? JSON.stringify(summary) : null,
        ),
      db
        .prepare(
          `UPDATE quizzes SET title = ?, search_title = ?, question_count = ?, quiz = ?,
                              alternatives = ?, published = ?, revision = ?,
                              next_question_number = ?
           WHERE id = ?`,
        )
        .bind(
          next.quiz.title,
          // The search finds the quiz by the title it has now (migration 0007).
          foldCaseAndAccents(next.quiz.title),
          next.quiz.questions.length,
          JSON.stringify(next.quiz),
          JSON.stringify(next.alternatives),
          next.published ? 1 : 0,
          number,
          next.nextQuestionNumber,
          quizId,
        ),
      ...(regrade ? regradeStatements(db, regrade) : []),
    ]);
  } catch (error) {
    if (error instanceof Error && /constraint failed/i.test(error.message)) {
      throw new RevisionConflict();
    }
    throw error;
  } finally {
    noteQuizWrite();
  }
  return number;
}

interface RevisionRow {
  revision: number;
  created_at: string;
  action: string;
  question_id: string | null;
  before: string | null;
  after: string | null;
  regrade: string | null;
}

/** How many entries the history gives at most: the newest. */
export const MAX_REVISIONS = 200;

/**
 * The quiz's history, newest first, at most {@link MAX_REVISIONS} entries.
 *
 * @example
 * (await listRevisions(env.DB, quizId))[0]; // { revision: 4, action: "accept", … }
 */
export async function listRevisions(db: D1Database, quizId: string): Promise<RevisionEntry[]> {
  const { results } = await db
    .prepare(
      `SELECT revision, created_at, action, question_id, before, after, regrade
       FROM quiz_revisions WHERE quiz_id = ? ORDER BY revision DESC LIMIT ?`,
    )
    .bind(quizId, MAX_REVISIONS)
    .all<RevisionRow>();
  const parse = (text: string | null) => (text === null ? null : JSON.parse(text));
  return results.map((row) => ({
    revision: row.revision,
    at: row.created_at,
    action: row.action,
    questionId: row.question_id,
    before: parse(row.before),
    after: parse(row.after),
    regrade: parse(row.regrade),
  }));
}
