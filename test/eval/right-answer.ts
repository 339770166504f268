/**
 * @module
 * The right answer of a generated question as text, in the forms a student could give.
 */
import type { Question } from "../../src/core/quiz/quiz";

export interface RightAnswer {
  /** The answer as the quiz shows it: the short answer, or the text of the right option. */
  canonical: string;
  /** The canonical answer first, then every other accepted form. */
  forms: string[];
}

/** The right answer of a question, or `undefined` for true/false questions (no answer text). */
export function rightAnswer(question: Question): RightAnswer | undefined {
  switch (question.type) {
    case "short_answer":
      return {
        canonical: question.answer,
        forms: [...new Set([question.answer, ...question.accepted])],
      };
    case "single_choice": {
      const option = question.options.find((candidate) => candidate.id === question.answer);
      return option ? { canonical: option.text, forms: [option.text] } : undefined;
    }
    case "true_false":
      return undefined;
  }
}
