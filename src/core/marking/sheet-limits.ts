/**
 * @module
 * What an answer sheet may hold, whichever door it comes in by (the JSON API, the form post):
 * declared once, so that the API's schema, the form's schema and the page's `maxlength` agree.
 */

/** Longest answer accepted; short answers are a few words. */
export const MAX_ANSWER_LENGTH = 500;
/** Longest student name accepted, after trimming (an assignment's is shorter: see assignment.ts). */
export const MAX_STUDENT_LENGTH = 100;
/** Most answers in one sheet: quizzes have at most 20 questions; the rest bounds the work. */
export const MAX_ANSWERS = 100;

/**
 * Names objects inherit: valibot's record and object schemas drop them without a word, so the
 * JSON API and the form post look for them themselves, and refuse them as unknown question ids.
 */
export const RESERVED_KEYS = ["__proto__", "constructor", "prototype"] as const;
