/**
 * @module
 * The shipped quizzes, generated at build time (`npm run build:quizzes`, which `npm start`,
 * `npm test` and `npm run deploy` run first) into shipped-quizzes.generated.json: an isolate
 * starts with nothing to generate. test/content/shipped-quizzes.test.ts fails when the file is
 * stale against the generator.
 */
import type { Question, Quiz } from "../core/quiz/quiz";
import generated from "./shipped-quizzes.generated.json";

/** A shipped quiz as generated from its article, answer key included. */
export interface ShippedQuiz {
  id: string;
  /** The day the article was published (`YYYY-MM-DD`). */
  sourceDate: string;
  quiz: Quiz;
  /** The questions the generator ranked next, for a teacher's copy to swap in. */
  alternatives: Question[];
}

/**
 * Every shipped quiz, in the order they are listed.
 *
 * @example
 * shippedQuizzes[0]?.quiz.title; // "Le ministre de l'Intérieur belge : …"
 */
export const shippedQuizzes: readonly ShippedQuiz[] = generated as unknown as ShippedQuiz[];
