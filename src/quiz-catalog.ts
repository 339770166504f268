/**
 * @module
 * The quizzes the product ships with, built once per isolate on first use.
 */
import { seedQuizzes } from "./content/seed-quizzes";
import { parseArticle } from "./core/article/parse-article";
import { generateQuiz } from "./core/generator/generate-quiz";
import type { Quiz } from "./core/quiz/quiz";

let shippedQuizzes: ReadonlyMap<string, Quiz> | undefined;

/** Parses and generates every shipped quiz the first time it is called, then reuses them. */
function catalog(): ReadonlyMap<string, Quiz> {
  shippedQuizzes ??= new Map(
    seedQuizzes.map(({ id, text }) => [id, generateQuiz(parseArticle(text), { id })]),
  );
  return shippedQuizzes;
}

/**
 * The shipped quiz with this id, answer key included.
 *
 * @example
 * findQuiz("belgique-maroc-dsiti-2016")?.language; // "fr"
 * findQuiz("nope"); // undefined
 */
export function findQuiz(id: string): Quiz | undefined {
  return catalog().get(id);
}

/**
 * Every shipped quiz, in catalogue order.
 *
 * @example
 * listQuizzes().map((quiz) => quiz.id); // ["belgique-maroc-dsiti-2016"]
 */
export function listQuizzes(): Quiz[] {
  return [...catalog().values()];
}
