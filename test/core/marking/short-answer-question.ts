/**
 * @module
 * A short-answer question built from only the fields a marking test cares about.
 */
import type { ShortAnswerQuestion } from "../../../src/core/quiz/quiz";

/**
 * A short-answer question: `fields` over an empty key (no accepted or rejected form).
 *
 * @example
 * shortAnswer({ kind: "place", answer: "Rabat", accepted: ["Rabat"], rejected: ["Maroc"] });
 */
export function shortAnswer(fields: Partial<ShortAnswerQuestion>): ShortAnswerQuestion {
  return {
    id: "q",
    type: "short_answer",
    prompt: "?",
    kind: "phrase",
    answer: "",
    accepted: [],
    rejected: [],
    evidence: { text: "…", start: 0, end: 1 },
    ...fields,
  };
}
