/**
 * @module
 * The limits of what a teacher may send: the API's schemas enforce them, the teacher page's
 * form and script check them first to answer in French, from this one place.
 */

/** An article shorter than this has too little to ask about. */
export const MIN_ARTICLE_LENGTH = 200;
export const MAX_ARTICLE_LENGTH = 50_000;
/** A quiz's title, as given or taken from the article's first line. */
export const MAX_TITLE_LENGTH = 200;
/** How many questions the generator may be asked for, and how many it writes by default. */
export const MIN_QUESTION_COUNT = 5;
export const MAX_QUESTION_COUNT = 20;
export const DEFAULT_QUESTION_COUNT = 10;
/** A question's prompt, as a teacher writes it. */
export const MAX_PROMPT_LENGTH = 500;
/** An option's text, an expected answer or an accepted form. */
export const MAX_FORM_LENGTH = 200;
