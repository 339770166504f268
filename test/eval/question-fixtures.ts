/**
 * @module
 * Made-up questions for the evaluation helpers' tests: one sentence of evidence, the rest given.
 */
import type {
  Question,
  ShortAnswerQuestion,
  SingleChoiceQuestion,
  TrueFalseQuestion,
} from "../../src/core/quiz/quiz";

/** The evidence of a question: `text` at offset `start` of the body. */
export function evidenceOf(text: string, start = 0): Question["evidence"] {
  return { text, start, end: start + text.length };
}

/**
 * A short-answer question.
 *
 * @example
 * shortAnswer("q1", "Qui a signé ?", "Jean Dupont", "Jean Dupont a signé.");
 */
export function shortAnswer(
  id: string,
  prompt: string,
  answer: string,
  sentence: string,
  extra: Partial<ShortAnswerQuestion> = {},
): ShortAnswerQuestion {
  return {
    id,
    type: "short_answer",
    kind: "phrase",
    prompt,
    evidence: evidenceOf(sentence),
    answer,
    accepted: [],
    rejected: [],
    ...extra,
  };
}

/** A single-choice question whose first option is right. */
export function singleChoice(
  id: string,
  prompt: string,
  options: string[],
  sentence: string,
  extra: Partial<SingleChoiceQuestion> = {},
): SingleChoiceQuestion {
  return {
    id,
    type: "single_choice",
    kind: "phrase",
    prompt,
    evidence: evidenceOf(sentence),
    options: options.map((text, index) => ({ id: "abcde"[index] ?? `o${index}`, text })),
    answer: "a",
    ...extra,
  };
}

/** A true/false question. */
export function trueFalse(
  id: string,
  statement: string,
  answer: boolean,
  sentence: string,
  start = 0,
): TrueFalseQuestion {
  return {
    id,
    type: "true_false",
    kind: "phrase",
    prompt: statement,
    evidence: evidenceOf(sentence, start),
    answer,
  };
}
