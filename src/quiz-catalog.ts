/**
 * @module
 * Every quiz the service offers: the shipped ones, generated once per isolate when the Worker
 * starts, and the ones teachers created, stored in D1.
 */
import { seedQuizzes } from "./content/seed-quizzes";
import { parseArticle } from "./core/article/parse-article";
import { generateQuiz } from "./core/generator/generate-quiz";
import type { Quiz } from "./core/quiz/quiz";
import {
  type ListOptions,
  listStoredQuizzes,
  loadQuiz,
  type QuizSummary,
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
 * The quiz with this id, answer key included: a shipped one, else one stored in D1.
 *
 * @example
 * (await findQuiz(env.DB, "belgique-maroc-dsiti-2016"))?.language; // "fr"
 * await findQuiz(env.DB, "nope"); // undefined
 */
export async function findQuiz(db: D1Database, id: string): Promise<Quiz | undefined> {
  return shipped().get(id) ?? (await loadQuiz(db, id));
}

/**
 * Summaries of the listed quizzes: the shipped ones first, then the created ones marked public
 * (every created one with `includePrivate`, for the teacher), newest first.
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
  }));
  return [...builtIn, ...(await listStoredQuizzes(db, options))];
}
