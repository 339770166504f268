/**
 * @module
 * Every quiz the service offers: the shipped ones, generated at build time
 * (content/shipped-quizzes.ts), and the ones teachers created, stored in D1 and kept parsed per
 * isolate while their revision stays the same (quiz-cache.ts).
 */
import { shippedQuizzes as shippedEntries } from "./content/shipped-quizzes";
import type { Question, Quiz } from "./core/quiz/quiz";
import { firstFreeQuestionNumber } from "./core/review/quiz-draft";
import { foldCaseAndAccents, wordsOf } from "./core/text/fold-text";
import { CREATED_QUIZ_CACHE_SIZE, CreatedQuizCache, keepQuiz, quizWriteCount } from "./quiz-cache";
import { decodePageCursor, encodePageCursor } from "./storage/page-cursor";
import {
  type ListOptions,
  listStoredQuizzes,
  loadQuizUnlessRevision,
  loadStoredQuiz,
  type QuizSummary,
  type StoredQuiz,
  type StoredQuizPage,
  type StoredQuizPosition,
  type StoredQuizQuery,
} from "./storage/quiz-store";

/** Generated at build time: the isolate only reads them (frozen, shared by every request). */
const shippedQuizzes: ReadonlyMap<string, Quiz> = new Map(
  shippedEntries.map(({ id, quiz }) => [id, keepQuiz(quiz, { shipped: true, revision: 0 })]),
);

/** Created quizzes, parsed, per isolate; checked against D1's revision (see `findQuiz`). */
const createdQuizzes = new CreatedQuizCache(CREATED_QUIZ_CACHE_SIZE);

/**
 * How long what a student's GET reads from D1 about created quizzes (a quiz's revision, a page
 * of the public list) is taken as current in this isolate: an edit made in another isolate
 * shows within a second, an edit made in this one at once (the store's writes tell the
 * isolate: quiz-cache.ts, `noteQuizWrite`). Everything else — sheets, teachers' lookups and
 * lists — reads D1 every time.
 */
export const REVISION_FRESH_MS = 1000;

function shipped(): ReadonlyMap<string, Quiz> {
  return shippedQuizzes;
}

/**
 * Whether a quiz ships with the product (and so cannot be deleted).
 *
 * @example
 * isShippedQuiz("belgique-maroc-dsiti-2016"); // true
 */
export function isShippedQuiz(id: string): boolean {
  return shipped().has(id);
}

/**
 * A shipped quiz with the alternatives the generator ranked next, for a copy to start from
 * (generated at build time with the quiz).
 *
 * @example
 * shippedQuizDraft("belgique-maroc-dsiti-2016")?.alternatives[0]?.id; // "a1"
 */
export function shippedQuizDraft(id: string): { quiz: Quiz; alternatives: Question[] } | undefined {
  const entry = shippedEntries.find((shippedEntry) => shippedEntry.id === id);
  return entry
    ? { quiz: structuredClone(entry.quiz), alternatives: structuredClone(entry.alternatives) }
    : undefined;
}

/**
 * The quiz with this id, answer key included: a shipped one, else one stored in D1. Drafts
 * (created quizzes not yet published) only with `drafts: true`, for the teacher's routes. A
 * created quiz's revision is read from D1 on every lookup, unless `fresh: true` (a student's
 * GET) and this isolate read it less than {@link REVISION_FRESH_MS} ago with no write since.
 *
 * @example
 * (await findQuiz(env.DB, "belgique-maroc-dsiti-2016"))?.language; // "fr"
 * await findQuiz(env.DB, "nope"); // undefined
 * await findQuiz(env.DB, id, { fresh: true }); // no D1 read if this isolate read it just now
 */
export async function findQuiz(
  db: D1Database,
  id: string,
  options: { drafts?: boolean; fresh?: boolean } = {},
): Promise<Quiz | undefined> {
  return shipped().get(id) ?? (await findCreatedQuiz(db, id, options));
}

/** A created quiz, parsed once per revision: D1 sends the JSON only when the revision moved. */
async function findCreatedQuiz(
  db: D1Database,
  id: string,
  { drafts = false, fresh = false }: { drafts?: boolean; fresh?: boolean },
): Promise<Quiz | undefined> {
  const cached = createdQuizzes.get(id);
  const now = Date.now();
  const check = cached?.checked;
  if (fresh && check && check.writes === quizWriteCount() && now - check.at < REVISION_FRESH_MS) {
    return check.published || drafts ? cached.quiz : undefined;
  }
  const checked = { at: now, writes: quizWriteCount() };
  const stored = await loadQuizUnlessRevision(db, id, cached?.revision);
  if (!stored) {
    createdQuizzes.delete(id);
    return undefined;
  }
  const quiz =
    (stored.quiz ? undefined : cached?.quiz) ??
    (stored.quiz && keepQuiz(stored.quiz, { shipped: false, revision: stored.revision }));
  if (!quiz) return undefined;
  createdQuizzes.set(id, quiz, stored.revision, { ...checked, published: stored.published });
  return stored.published || drafts ? quiz : undefined;
}

/** The shipped quizzes as listed, each with its title folded for the search. */
const shippedSummaries = [...shippedQuizzes.values()].map(({ id, title, language, questions }) => ({
  summary: { id, title, language, questionCount: questions.length, public: true, published: true },
  searchTitle: foldCaseAndAccents(title),
}));

/** How many quizzes a page of the list holds, unless the API's `limit` says otherwise. */
export const QUIZ_PAGE_SIZE = 50;

/** Where a page of the list starts: just after a shipped quiz, or after a created one. */
export type QuizListPosition = { shippedId: string } | StoredQuizPosition;

/** Which page of the list of quizzes, and to whom (`includePrivate`: the teacher). */
export interface QuizListQuery extends ListOptions {
  limit: number;
  /** Absent: the first page. */
  after?: QuizListPosition;
  /** Only the quizzes whose title holds every word of this, case and accents aside. */
  search?: string;
  /**
   * A student's list (not `includePrivate`): may be the page of created quizzes this isolate
   * read from D1 within {@link REVISION_FRESH_MS}, with no write since.
   */
  fresh?: boolean;
}

/** A page of the list of quizzes. */
export interface QuizListPage {
  quizzes: QuizSummary[];
  /** Where the next page starts; absent on the last page. */
  next?: QuizListPosition;
}

/**
 * A page of the list of quizzes: the shipped ones first, then the created ones marked public
 * and published (every created one, drafts included, with `includePrivate`, for the teacher),
 * newest first; optionally only those whose title holds every word of `search` (in any case,
 * with or without accents: `etat` finds « État »).
 *
 * @example
 * const first = await listQuizzes(env.DB, { limit: 50 });
 * first.quizzes[0]?.id; // "belgique-maroc-dsiti-2016"
 * if (first.next) await listQuizzes(env.DB, { limit: 50, after: first.next });
 */
export async function listQuizzes(db: D1Database, query: QuizListQuery): Promise<QuizListPage> {
  const { limit, after, includePrivate = false } = query;
  const titleWords = query.search ? wordsOf(query.search) : [];
  let shippedPage: QuizSummary[] = [];
  if (after === undefined || "shippedId" in after) {
    const matching = shippedSummaries
      .filter(({ searchTitle }) => titleWords.every((word) => searchTitle.includes(word)))
      .map(({ summary }) => summary);
    // A shipped quiz no longer listed (another search, a new release): on to the created ones.
    const index = after ? matching.findIndex((quiz) => quiz.id === after.shippedId) : -1;
    const start = after ? (index === -1 ? matching.length : index + 1) : 0;
    shippedPage = matching.slice(start, start + limit);
    const last = shippedPage.at(-1);
    if (last && start + limit < matching.length) {
      return { quizzes: shippedPage, next: { shippedId: last.id } };
    }
  }
  const storedQuery: StoredQuizQuery = {
    limit: limit - shippedPage.length,
    titleWords,
    includePrivate,
    ...(after && !("shippedId" in after) ? { after } : {}),
  };
  const stored =
    query.fresh && !includePrivate
      ? await listStoredQuizzesFresh(db, storedQuery)
      : await listStoredQuizzes(db, storedQuery);
  const quizzes = [
    ...shippedPage,
    ...stored.quizzes.map(({ createdAt: _, ...summary }) => summary),
  ];
  if (!stored.more) return { quizzes };
  const lastStored = stored.quizzes.at(-1);
  const lastShipped = shippedPage.at(-1);
  if (lastStored) return { quizzes, next: { createdAt: lastStored.createdAt, id: lastStored.id } };
  return lastShipped ? { quizzes, next: { shippedId: lastShipped.id } } : { quizzes };
}

/** Pages of public created quizzes read lately, by query: as many as a few searches. */
const recentPages = new Map<string, { page: StoredQuizPage; at: number; writes: number }>();
const RECENT_PAGES = 32;

/** A page of public created quizzes, read from D1 unless this isolate did so just now. */
async function listStoredQuizzesFresh(
  db: D1Database,
  query: StoredQuizQuery,
): Promise<StoredQuizPage> {
  const key = JSON.stringify([query.limit, query.after ?? null, query.titleWords ?? []]);
  const now = Date.now();
  const recent = recentPages.get(key);
  if (recent && recent.writes === quizWriteCount() && now - recent.at < REVISION_FRESH_MS)
    return recent.page;
  const checked = { at: now, writes: quizWriteCount() };
  const page = await listStoredQuizzes(db, query);
  recentPages.delete(key);
  recentPages.set(key, { page, ...checked });
  if (recentPages.size > RECENT_PAGES) {
    const oldest = recentPages.keys().next().value;
    if (oldest !== undefined) recentPages.delete(oldest);
  }
  return page;
}

/**
 * The opaque `cursor` for the page after `position`: a shipped quiz's id, or a created
 * quiz's (created_at, id), as page-cursor.ts encodes them.
 *
 * @example
 * encodeQuizListCursor({ shippedId: "belgique-maroc-dsiti-2016" }); // "W251bGws…"
 */
export function encodeQuizListCursor(position: QuizListPosition): string {
  return encodePageCursor(
    "shippedId" in position ? [null, position.shippedId] : [position.createdAt, position.id],
  );
}

/**
 * The position a cursor from {@link encodeQuizListCursor} stands for, or `undefined`.
 *
 * @example
 * decodeQuizListCursor(encodeQuizListCursor({ shippedId: "x" })); // { shippedId: "x" }
 * decodeQuizListCursor("nope"); // undefined
 */
export function decodeQuizListCursor(cursor: string): QuizListPosition | undefined {
  const [createdAt, id, ...rest] = decodePageCursor(cursor) ?? [];
  if (typeof id !== "string" || rest.length > 0 || createdAt === undefined) return undefined;
  return createdAt === null ? { shippedId: id } : { createdAt, id };
}

/** A quiz as the teacher's review sees it; `shipped` ones cannot be edited. */
export interface ReviewedQuiz extends StoredQuiz {
  shipped: boolean;
}

/**
 * Any quiz, drafts included, with its review state. A shipped quiz is published, at revision
 * 0, and listed without alternatives: {@link alternativesOf} generates them when asked.
 *
 * @example
 * (await findQuizForReview(env.DB, id))?.published; // false for a draft
 */
export async function findQuizForReview(
  db: D1Database,
  id: string,
): Promise<ReviewedQuiz | undefined> {
  const builtIn = shipped().get(id);
  if (builtIn) {
    return {
      quiz: builtIn,
      alternatives: [],
      published: true,
      revision: 0,
      nextQuestionNumber: firstFreeQuestionNumber(builtIn),
      shipped: true,
    };
  }
  const stored = await loadStoredQuiz(db, id);
  return stored ? { ...stored, shipped: false } : undefined;
}

/**
 * The alternatives of a quiz under review: stored with a created quiz, generated again for a
 * shipped one.
 *
 * @example
 * alternativesOf(await findQuizForReview(env.DB, id))[0]?.id; // "a1"
 */
export function alternativesOf(reviewed: ReviewedQuiz): Question[] {
  return reviewed.shipped
    ? (shippedQuizDraft(reviewed.quiz.id)?.alternatives ?? [])
    : reviewed.alternatives;
}
