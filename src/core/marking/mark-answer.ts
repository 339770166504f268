/**
 * @module
 * Marks a student's answer to one question as a teacher would: forgiving about form (case,
 * accents, determiners, small typos, the way a date or number is written), strict about
 * substance (another entity of the article is wrong even when it looks close).
 */
import { parseFrenchDate } from "../french/parse-french-date";
import { parseFrenchNumber } from "../french/parse-french-number";
import type {
  Question,
  ShortAnswerQuestion,
  SingleChoiceQuestion,
  TrueFalseQuestion,
} from "../quiz/quiz";
import { editDistance } from "./edit-distance";
import { normalizeAnswer } from "./normalize-answer";

/** The verdict on one answer, with the right answer as shown to the student. */
export interface Mark {
  correct: boolean;
  /** The right answer for display: the option's text, `Vrai` / `Faux`, or the canonical text. */
  expected: string;
}

/**
 * Marks `given` (a form post sends strings; `undefined` when the question was skipped).
 *
 * @example
 * // question: answer "Charles Michel", accepted ["Charles Michel", "Michel"],
 * // rejected ["Jan Jambon", "Jambon"]
 * markAnswer(question, "charles michell"); // { correct: true, expected: "Charles Michel" }
 * markAnswer(question, "Jambon"); // { correct: false, expected: "Charles Michel" }
 */
export function markAnswer(question: Question, given: string | boolean | undefined): Mark {
  switch (question.type) {
    case "single_choice":
      return markSingleChoice(question, given);
    case "true_false":
      return markTrueFalse(question, given);
    case "short_answer":
      return {
        correct: typeof given === "string" && isShortAnswerRight(question, given),
        expected: question.answer,
      };
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

function isShortAnswerRight(question: ShortAnswerQuestion, given: string): boolean {
  if (given.trim() === "") return false;
  // A date or number read from the answer decides alone; text matching is the fallback
  // for what the parsers cannot read.
  if (question.kind === "date" && question.date !== undefined) {
    const verdict = isDateRight(question.date, given);
    if (verdict !== undefined) return verdict;
  }
  if (question.kind === "number" && question.value !== undefined) {
    const value = parseFrenchNumber(given);
    if (value !== undefined) return Math.abs(value - question.value) < 1e-9;
  }
  return isTextRight(question, given);
}

/** `undefined` when either date cannot be read. A missing year on either side is not checked. */
function isDateRight(expectedIso: string, given: string): boolean | undefined {
  const expected = /^(?:(\d{4})|-)-(\d{2})-(\d{2})$/.exec(expectedIso);
  const read = parseFrenchDate(given);
  if (!expected || !read) return undefined;
  const [, year, month, day] = expected;
  if (read.month !== Number(month) || read.day !== Number(day)) return false;
  return year === undefined || read.year === undefined || read.year === Number(year);
}

/** A written form reduced for comparison, remembering which words allow no typo. */
interface Form {
  text: string;
  words: string[];
  /** Acronyms (`DSITI`: one letter off is another organisation) and words with digits. */
  strictWords: Set<string>;
}

function toForm(written: string): Form {
  const text = normalizeAnswer(written);
  const strictWords = new Set<string>();
  for (const word of written.split(/[^\p{L}\p{N}]+/u)) {
    const isAcronym = /^[\p{Lu}\d]+$/u.test(word) && (word.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
    if (isAcronym || /\d/.test(word)) strictWords.add(normalizeAnswer(word));
  }
  return { text, words: text.split(" "), strictWords };
}

/** Two accepted forms one after the other: `DSITI Direction des systèmes…` and the reverse. */
function joinForms(first: Form, second: Form): Form {
  return {
    text: `${first.text} ${second.text}`,
    words: [...first.words, ...second.words],
    strictWords: new Set([...first.strictWords, ...second.strictWords]),
  };
}

function isTextRight(question: ShortAnswerQuestion, given: string): boolean {
  const accepted = [...new Set([question.answer, ...question.accepted])]
    .map(toForm)
    .filter((form) => form.text !== "");
  const rejected = question.rejected.map(toForm).filter((form) => form.text !== "");
  // `DSITI (Direction des …)`: each side of the parenthesis is an answer on its own.
  const parenthesis = /^([^()]*)\(([^()]*)\)([^()]*)$/.exec(given);
  if (parenthesis) {
    const [, before = "", inside = "", after = ""] = parenthesis;
    const parts = [`${before} ${after}`, inside];
    if (parts.every((part) => isFormRight(normalizeAnswer(part), accepted, rejected))) return true;
  }
  const pairs = accepted.flatMap((first) =>
    accepted.filter((second) => second !== first).map((second) => joinForms(first, second)),
  );
  return isFormRight(normalizeAnswer(given), [...accepted, ...pairs], rejected);
}

/**
 * Right when within the typo allowance of an accepted form and strictly closer to the
 * accepted forms than to every rejected one (the other people, places, organisations).
 */
function isFormRight(given: string, accepted: Form[], rejected: Form[]): boolean {
  if (given === "") return false;
  const nearest = (forms: Form[]) =>
    Math.min(...forms.map((form) => editDistance(given, form.text)));
  if (rejected.length > 0 && nearest(rejected) <= nearest(accepted)) return false;
  return accepted.some((form) => isWithinTypos(given, form));
}

/** Typos a teacher lets pass in a word or answer of `length` letters. */
function typoAllowance(length: number): number {
  if (length < 5) return 0;
  return length <= 8 ? 1 : 2;
}

function isWithinTypos(given: string, form: Form): boolean {
  if (given === form.text) return true;
  const words = given.split(" ");
  if (words.length === form.words.length) {
    return form.words.every((word, index) => {
      const allowance = form.strictWords.has(word) ? 0 : typoAllowance(word.length);
      return editDistance(words[index] ?? "", word) <= allowance;
    });
  }
  // Words split or glued differently (`dinformation`): compare the letters as a whole.
  const letters = form.words.join("");
  const allowance = form.strictWords.size > 0 ? 0 : typoAllowance(letters.length);
  return editDistance(words.join(""), letters) <= allowance;
}
