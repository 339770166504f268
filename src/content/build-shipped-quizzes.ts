/**
 * @module
 * The shipped quizzes as the generator makes them from the shipped articles: what
 * `npm run build:quizzes` (scripts/build-shipped-quizzes.mjs) writes to
 * shipped-quizzes.generated.json, so that no isolate generates them when it starts. A test
 * compares that file with what this builds now, and fails when the generator has changed since.
 */
import { parseArticle } from "../core/article/parse-article";
import { generateQuiz, generateQuizDraft } from "../core/generator/generate-quiz";
import { seedQuizzes } from "./seed-quizzes";
import type { ShippedQuiz } from "./shipped-quizzes";

/**
 * Every shipped quiz, generated from its article, with the alternatives a copy starts from.
 *
 * @example
 * buildShippedQuizzes()[0]?.quiz.id; // "belgique-maroc-dsiti-2016"
 */
export function buildShippedQuizzes(): ShippedQuiz[] {
  return seedQuizzes.map(({ id, sourceDate, text }) => {
    const article = parseArticle(text);
    return {
      id,
      sourceDate,
      quiz: generateQuiz(article, { id }),
      alternatives: generateQuizDraft(article, { id }).alternatives,
    };
  });
}

/**
 * The text of shipped-quizzes.generated.json: one stable serialisation, so that the file only
 * changes when a quiz does.
 *
 * @example
 * writeFileSync(file, serializeShippedQuizzes(buildShippedQuizzes()));
 */
export function serializeShippedQuizzes(quizzes: readonly ShippedQuiz[]): string {
  return `${JSON.stringify(quizzes, null, 1)}\n`;
}
