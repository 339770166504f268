/**
 * @module
 * Marks a student's answer to one question as a teacher would: forgiving about form (case,
 * accents, determiners, small typos, a title or role around a name, the way an acronym, a date
 * or a number is written), strict about substance (another entity of the article is wrong even
 * when it looks close, another day or unit too).
 */
import type {
  Question,
  ShortAnswerQuestion,
  SingleChoiceQuestion,
  TrueFalseQuestion,
} from "../quiz/quiz";
import { isDateRight } from "./match-date";
import { isNumberRight } from "./match-number";
import { matchText } from "./match-text";

/** The verdict on one answer, with the right answer as shown to the student. */
export interface Mark {
  correct: boolean;
  /** The right answer for display: the option's text, `Vrai` / `Faux`, or the canonical text. */
  expected: string;
  /**
   * Only for a short answer marked right despite typos (`Charle Michel`): the right spelling of
   * what was recognised, to show beside it.
   */
  spelling?: string;
}

/**
 * Marks `given` (a form post sends strings; `undefined` when the question was skipped).
 *
 * @example
 * // question: answer "Charles Michel", accepted ["Charles Michel", "Michel"],
 * // rejected ["Jan Jambon", "Jambon"]
 * markAnswer(question, "le Premier ministre Charles Michel"); // { correct: true, expected: "Charles Michel" }
 * markAnswer(question, "Charle Michel");
 * // { correct: true, expected: "Charles Michel", spelling: "Charles Michel" }
 * markAnswer(question, "Jambon"); // { correct: false, expected: "Charles Michel" }
 */
export function markAnswer(question: Question, given: string | boolean | undefined): Mark {
  switch (question.type) {
    case "single_choice":
      return markSingleChoice(question, given);
    case "true_false":
      return markTrueFalse(question, given);
    case "short_answer":
      return markShortAnswer(question, given);
  }
}

function markSingleChoice(question: SingleChoiceQuestion, given: string | boolean | undefined) {
  const right = question.options.find((option) => option.id === question.answer);
  return {
    correct: typeof given === "string" && given.trim() === question.answer,
    expected: right?.text ?? question.answer,
  };
}

/** Strings a form may post for a true/false question. */
const TRUTH_WORDS = new Map([
  ["true", true],
  ["vrai", true],
  ["false", false],
  ["faux", false],
]);

function markTrueFalse(question: TrueFalseQuestion, given: string | boolean | undefined) {
  const value = typeof given === "string" ? TRUTH_WORDS.get(given.trim().toLowerCase()) : given;
  return { correct: value === question.answer, expected: question.answer ? "Vrai" : "Faux" };
}

function markShortAnswer(question: ShortAnswerQuestion, given: string | boolean | undefined): Mark {
  const expected = question.answer;
  if (typeof given !== "string" || given.trim() === "") return { correct: false, expected };
  // A date or number read from the answer decides alone; text matching is the fallback
  // for what the parsers cannot read.
  const read =
    question.kind === "date"
      ? isDateRight(question, given)
      : question.kind === "number" && question.value !== undefined
        ? isNumberRight(question, given)
        : undefined;
  if (read !== undefined) return { correct: read, expected };
  const match = matchText(question, given);
  if (!match) return { correct: false, expected };
  return match.spelling === undefined
    ? { correct: true, expected }
    : { correct: true, expected, spelling: match.spelling };
}
