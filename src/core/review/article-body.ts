/**
 * @module
 * The article's body text as evidence offsets count it.
 */
import type { Article } from "../article/article";

/**
 * The paragraphs joined by a blank line: `Evidence.start` and `end` are offsets into this.
 *
 * @example
 * articleBody({ title: "T", paragraphs: ["Un.", "Deux."] }); // "Un.\n\nDeux."
 */
export function articleBody(article: Pick<Article, "paragraphs">): string {
  return article.paragraphs.join("\n\n");
}
