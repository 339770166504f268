/**
 * @module
 * Stores the quizzes teachers create (D1 table `quizzes`, migrations 0002, 0005, 0006 and
 * 0007); owns their SQL. A quiz is stored whole as JSON, with its alternatives, published flag
 * and revision, and its title folded for the search (`search_title`).
 */
import type { Quiz } from "../core/quiz/quiz";
import { firstFreeQuestionNumber, type QuizDraft } from "../core/review/quiz-draft";
import { foldCaseAndAccents } from "../core/text/fold-text";
import { noteQuizWrite } from "../quiz-cache";

/** What the list of quizzes shows. */
export interface QuizSummary {
  id: string;
  title: string;
  language: string;
  questionCount: number;
  /** Listed to everyone: shipped quizzes, and created ones the teacher marked public. */
  public: boolean;
  /** `false` for a draft: students cannot open it, and only the teacher's list shows it. */
  published: boolean;
}

/** Who asks for the list: students see the public quizzes, the teacher every one. */
export interface ListOptions {
  /** Also the quizzes not marked public, and the drafts (the teacher's own list). */
  includePrivate?: boolean;
}

/** A stored quiz under review, with its current revision number. */
export interface StoredQuiz extends QuizDraft {
  revision: number;
}

/** How a quiz came to be: generated from an article, or copied from another quiz. */
export type QuizOrigin = { action: "create" } | { action: "copy"; from: string };

/**
 * Stores a new quiz and the first entry of its revision history, in one batch.
 *
 * @example
 * await saveQuiz(env.DB, quiz, new Date().toISOString());
 * await saveQuiz(env.DB, quiz, now, false, { alternatives, published: false }); // a draft
 */
export async function saveQuiz(
  db: D1Database,
  quiz: Quiz,
  createdAt: string,
  isPublic = false,
  {
    alternatives = [],
    published = true,
    origin = { action: "create" },
  }: { alternatives?: QuizDraft["alternatives"]; published?: boolean; origin?: QuizOrigin } = {},
): Promise<void> {
  const after = {
    questionIds: quiz.questions.map((question) => question.id),
    published,
    ...(origin.action === "copy" ? { from: origin.from } : {}),
  };
  await db
    .batch([
      db
        .prepare(
          `INSERT INTO quizzes (id, title, search_title, language, question_count, quiz, created_at,
                              public, alternatives, published, revision, next_question_number)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)`,
        )
        .bind(
          quiz.id,
          quiz.title,
          foldCaseAndAccents(quiz.title),
          quiz.language,
          quiz.questions.length,
          JSON.stringify(quiz),
          createdAt,
          isPublic ? 1 : 0,
          JSON.stringify(alternatives),
          published ? 1 : 0,
          firstFreeQuestionNumber(quiz),
        ),
      db
        .prepare(
          `INSERT INTO quiz_revisions (quiz_id, revision, created_at, action, question_id, before, after)
         VALUES (?, 1, ?, ?, NULL, NULL, ?)`,
        )
        .bind(quiz.id, createdAt, origin.action, JSON.stringify(after)),
    ])
    .finally(noteQuizWrite);
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
    .run()
    .finally(noteQuizWrite);
  return meta.changes > 0;
}

interface QuizRow {
  quiz: string;
  alternatives: string;
  published: number;
  revision: number;
  next_question_number: number;
}

/**
 * A stored quiz with what its review needs, or `undefined`.
 *
 * @example
 * const stored = await loadStoredQuiz(env.DB, "k3J9…");
 * stored?.published; // false for a draft
 */
export async function loadStoredQuiz(db: D1Database, id: string): Promise<StoredQuiz | undefined> {
  const row = await db
    .prepare(
      "SELECT quiz, alternatives, published, revision, next_question_number FROM quizzes WHERE id = ?",
    )
    .bind(id)
    .first<QuizRow>();
  if (!row) return undefined;
  const quiz = JSON.parse(row.quiz) as Quiz;
  return {
    quiz,
    alternatives: JSON.parse(row.alternatives),
    published: row.published === 1,
    revision: row.revision,
    // Quizzes stored before migration 0005 have 0: their ids tell the first free number.
    nextQuestionNumber: Math.max(row.next_question_number, firstFreeQuestionNumber(quiz)),
  };
}

/**
 * A stored quiz, or `undefined`; drafts only when asked for (students never get them).
 *
 * @example
 * const quiz = await loadQuiz(env.DB, "k3J9…");
 * const draft = await loadQuiz(env.DB, "k3J9…", { drafts: true });
 */
export async function loadQuiz(
  db: D1Database,
  id: string,
  { drafts = false }: { drafts?: boolean } = {},
): Promise<Quiz | undefined> {
  const stored = await loadStoredQuiz(db, id);
  return stored && (stored.published || drafts) ? stored.quiz : undefined;
}

/** A stored quiz's current revision, and the quiz itself unless it is the one already known. */
export interface QuizAtRevision {
  revision: number;
  published: boolean;
  /** Absent when the stored revision is the `knownRevision` asked with. */
  quiz?: Quiz;
}

/**
 * The stored quiz's revision and published flag, and the quiz only when its revision is not
 * `knownRevision`: a cache holding that revision checks it is current without reading and
 * parsing the whole quiz again. Every change of a quiz bumps its revision (commitRevision).
 *
 * @example
 * const row = await loadQuizUnlessRevision(env.DB, "k3J9…", cached?.revision);
 * const quiz = row?.quiz ?? cached?.quiz;
 */
export async function loadQuizUnlessRevision(
  db: D1Database,
  id: string,
  knownRevision?: number,
): Promise<QuizAtRevision | undefined> {
  const row = await db
    .prepare(
      `SELECT revision, published, CASE WHEN revision = ?2 THEN NULL ELSE quiz END AS quiz
       FROM quizzes WHERE id = ?1`,
    )
    .bind(id, knownRevision ?? -1)
    .first<{ revision: number; published: number; quiz: string | null }>();
  if (!row) return undefined;
  return {
    revision: row.revision,
    published: row.published === 1,
    ...(row.quiz === null ? {} : { quiz: JSON.parse(row.quiz) as Quiz }),
  };
}

/** Where a page of stored quizzes starts: just after this (created_at, id). */
export interface StoredQuizPosition {
  createdAt: string;
  id: string;
}

/** Which page of stored quizzes to list, and to whom. */
export interface StoredQuizQuery extends ListOptions {
  /** How many quizzes, at most; 0 only tells whether there is any. */
  limit: number;
  /** Absent: the newest. */
  after?: StoredQuizPosition;
  /** Words the title must all hold, folded (see `wordsOf`); none: every quiz. */
  titleWords?: readonly string[];
}

/** A stored quiz as listed, with where it stands in the list. */
export interface StoredQuizSummary extends QuizSummary {
  createdAt: string;
}

/** A page of stored quizzes. */
export interface StoredQuizPage {
  quizzes: StoredQuizSummary[];
  /** Whether more quizzes follow the page. */
  more: boolean;
}

/**
 * A page of the stored quizzes, newest first (ties by id, descending): the public, published
 * ones, or every one for the teacher (drafts included); optionally only those whose title
 * holds every given word (case and accents aside). The one query of the list, and so the one place that decides who sees
 * which quiz in it: whatever else keeps a quiz out is one more condition here.
 *
 * @example
 * const page = await listStoredQuizzes(env.DB, { limit: 50, titleWords: ["tram"] });
 * const last = page.quizzes.at(-1);
 * if (page.more && last) await listStoredQuizzes(env.DB, { limit: 50, after: last });
 * await listStoredQuizzes(env.DB, { limit: 50, includePrivate: true }); // the teacher's list
 */
export async function listStoredQuizzes(
  db: D1Database,
  query: StoredQuizQuery,
): Promise<StoredQuizPage> {
  const { limit, after, titleWords = [], includePrivate = false } = query;
  const conditions: string[] = [];
  const bindings: unknown[] = [];
  if (!includePrivate) conditions.push("public = 1 AND published = 1");
  if (after) {
    // As a row value, so that the index on (created_at, id) finds where to start.
    conditions.push("(created_at, id) < (?, ?)");
    bindings.push(after.createdAt, after.id);
  }
  if (titleWords.length > 0) {
    conditions.push(
      "NOT EXISTS (SELECT 1 FROM json_each(?) AS word WHERE instr(search_title, word.value) = 0)",
    );
    bindings.push(JSON.stringify(titleWords));
  }
  const where = conditions.length > 0 ? `WHERE ${conditions.join(" AND ")}` : "";
  // One row more than asked says whether there is a next page.
  const { results } = await db
    .prepare(
      `SELECT id, title, language, question_count AS questionCount, public, published,
              created_at AS createdAt
       FROM quizzes ${where}
       ORDER BY created_at DESC, id DESC
       LIMIT ?`,
    )
    .bind(...bindings, limit + 1)
    .all<Omit<StoredQuizSummary, "public" | "published"> & { public: number; published: number }>();
  const quizzes = results.slice(0, limit).map((row) => ({
    ...row,
    public: row.public === 1,
    published: row.published === 1,
  }));
  return { quizzes, more: results.length > limit };
}

/**
 * Deletes a stored quiz with its assignments, its submissions and their marks, all or nothing.
 * Returns whether the quiz existed.
 *
 * @example
 * await deleteQuiz(env.DB, "k3J9…"); // true
 */
export async function deleteQuiz(db: D1Database, id: string): Promise<boolean> {
  const [, , , deleted] = await db
    .batch([
      db
        .prepare(
          "DELETE FROM submission_marks WHERE submission_id IN (SELECT id FROM submissions WHERE quiz_id = ?)",
        )
        .bind(id),
      db.prepare("DELETE FROM submissions WHERE quiz_id = ?").bind(id),
      db.prepare("DELETE FROM assignments WHERE quiz_id = ?").bind(id),
      db.prepare("DELETE FROM quizzes WHERE id = ?").bind(id),
      db.prepare("DELETE FROM quiz_revisions WHERE quiz_id = ?").bind(id),
    ])
    .finally(noteQuizWrite);
  return (deleted?.meta.changes ?? 0) > 0;
}
