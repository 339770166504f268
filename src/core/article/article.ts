/**
 * @module
 * The shape of a parsed news article.
 */

/** A news article once its raw text has been parsed. */
export interface Article {
  title: string;
  /** Who wrote it (`Par Julie Vandermeulen`), as the page credits them: shown, never asked. */
  byline?: string;
  /** Photo caption, shown once even when the raw text repeats it. */
  caption?: string;
  /** Publication date-time in local time, ISO 8601 without zone (e.g. `2016-03-01T13:33`). */
  published?: string;
  /** Body paragraphs; evidence offsets refer to `paragraphs.join("\n\n")`. */
  paragraphs: string[];
}
