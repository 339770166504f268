/**
 * @module
 * Every quiz the service offers: the shipped ones, generated once per isolate when the Worker
 * starts, and the ones teachers created, stored in D1.
 */
import { seedQuizzes } from "./content/seed-quizzes";
import { parseArticle } from "./core/article/parse-article";
import { generateQuiz, generateQuizDraft } from "./core/generator/generate-quiz";
import type { Question, Quiz } from "./core/quiz/quiz";
import { firstFreeQuestionNumber } from "./core/review/quiz-draft";
import {
  type ListOptions,
  listStoredQuizzes,
  loadQuiz,
  loadStoredQuiz,
  type QuizSummary,
  type StoredQuiz,
} from "./storage/quiz-store";

/**
 * Generated in the global scope, so at the isolate's start-up (a budget of its own) rather than
 * in the CPU time of whichever request comes first (~12 ms warm, over 100 ms with a cold JIT).
 */
const shippedQuizzes: ReadonlyMap<string, Quiz> = new Map(
  seedQuizzes.map(({ id, text }) => [id, generateQuiz(parseArticle(text), { id })]),
);

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
 * A shipped quiz with the alternatives the generator ranked next, for a copy to start from.
 * Generated again on demand: only a copy needs the alternatives, and it is rare.
 *
 * @example
 * shippedQuizDraft("belgique-maroc-dsiti-2016")?.alternatives[0]?.id; // "a1"
 */
export function shippedQuizDraft(id: string): { quiz: Quiz; alternatives: Question[] } | undefined {
  const seed = seedQuizzes.find((entry) => entry.id === id);
  return seed ? generateQuizDraft(parseArticle(seed.text), { id }) : undefined;
}

/**
 * The quiz with this id, answer key included: a shipped one, else one stored in D1. Drafts
 * (created quizzes not yet published) only with `drafts: true`, for the teacher's routes.
 *
 * @example
 * (await findQuiz(env.DB, "belgique-maroc-dsiti-2016"))?.language; // "fr"
 * await findQuiz(env.DB, "nope"); // undefined
 */
export async function findQuiz(
  db: D1Database,
  id: string,
  options: { drafts?: boolean } = {},
): Promise<Quiz | undefined> {
  return shipped().get(id) ?? (await loadQuiz(db, id, options));
}

/**
 * Summaries of the listed quizzes: the shipped ones first, then the created ones marked public
 * and published (every created one, drafts included, with `includePrivate`, for the teacher),
 * newest first.
 *
 * @example
 * (await listQuizzes(env.DB)).map((quiz) => quiz.id); // ["belgique-maroc-dsiti-2016", …]
 */
export async function listQuizzes(db: D1Database, options?: ListOptions): Promise<QuizSummary[]> {
  const builtIn = [...shipped().values()].map(({ id, title, language, questions }) => ({
    id,
    title,
    language,
    questionCount: questions.length,
    public: true,
    published: true,
  }));
  return [...builtIn, ...(await listStoredQuizzes(db, options))];
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
