/**
 * @module
 * Every form of a short answer that an export must mark right.
 */
import type { ShortAnswerQuestion } from "../quiz/quiz";

/**
 * The canonical answer first, then the other accepted forms, without repeats.
 *
 * @example
 * acceptedForms({ answer: "Jan Jambon", accepted: ["Jan Jambon", "Jambon"], … });
 * // ["Jan Jambon", "Jambon"]
 */
export function acceptedForms(question: ShortAnswerQuestion): string[] {
  return [...new Set([question.answer, ...question.accepted])];
}
