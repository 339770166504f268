/**
 * @module
 * The articles the product ships with, each turned into a quiz on first use.
 */
import seedArticle from "./seed-article.fr.txt";

/** A shipped article: the raw text as copied from the news site, and the id of its quiz. */
export interface SeedQuiz {
  /** Quiz id, stable across releases: submissions refer to it. */
  id: string;
  /** The day the article was published (`YYYY-MM-DD`). */
  sourceDate: string;
  /** Raw article text, parsed with `parseArticle`. */
  text: string;
}

/**
 * Every shipped article, in the order quizzes are listed.
 *
 * @example
 * seedQuizzes[0]?.id; // "belgique-maroc-dsiti-2016"
 */
export const seedQuizzes: readonly SeedQuiz[] = [
  { id: "belgique-maroc-dsiti-2016", sourceDate: "2016-03-01", text: seedArticle },
];
