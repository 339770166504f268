/**
 * @module
 * What a valid submission body is: its shape (a valibot schema), then its fit with the quiz.
 */
import * as v from "valibot";
import {
  MAX_ANSWER_LENGTH,
  MAX_ANSWERS,
  MAX_STUDENT_LENGTH,
  RESERVED_KEYS,
} from "../core/marking/sheet-limits";
import type { Question, Quiz } from "../core/quiz/quiz";
import type { FieldError } from "../problem";
import { controlsToSpaces, refuseLoneSurrogates, replaceControls } from "./text-rules";

const FIELDS = "answers (required) and student (optional)";
const ANSWERS_SHAPE =
  'answers must be an object mapping question ids to answers, e.g. { "q1": "a" }.';

/**
 * `{ answers: { [questionId]: string | boolean }, student?: string }`, nothing else. Control
 * characters in the texts become spaces and lone surrogates are refused (see text-rules.ts).
 *
 * @example
 * v.parse(SubmissionBody, { answers: { q1: "Jan Jambon", q2: true }, student: " Léa " });
 * // { answers: { q1: "Jan Jambon", q2: true }, student: "Léa" }
 */
export const SubmissionBody = v.strictObject(
  {
    answers: v.pipe(
      v.record(
        v.string(),
        v.pipe(
          v.union(
            [
              v.pipe(
                v.string(),
                v.maxLength(
                  MAX_ANSWER_LENGTH,
                  `An answer must be at most ${MAX_ANSWER_LENGTH} characters long.`,
                ),
                refuseLoneSurrogates("The answer"),
              ),
              v.boolean(),
            ],
            "An answer must be a string (an option id or a short answer) or true/false.",
          ),
          // After the union: inside it, a transformation would hide the option's own message.
          v.transform((answer) => (typeof answer === "string" ? replaceControls(answer) : answer)),
        ),
        ANSWERS_SHAPE,
      ),
      v.maxEntries(
        MAX_ANSWERS,
        `answers may hold at most ${MAX_ANSWERS} entries: one per question of the quiz.`,
      ),
    ),
    student: v.optional(
      v.pipe(
        v.string("student must be a string: the student's name."),
        refuseLoneSurrogates("student"),
        controlsToSpaces(),
        v.trim(),
        v.minLength(1, "student must not be blank; leave it out to submit anonymously."),
        v.maxLength(
          MAX_STUDENT_LENGTH,
          `student must be at most ${MAX_STUDENT_LENGTH} characters long.`,
        ),
      ),
    ),
  },
  (issue) => {
    if (issue.expected === "never") return `Unknown field ${issue.input} — send only ${FIELDS}.`;
    if (issue.expected?.startsWith('"')) return `${issue.expected} is required.`;
    return `The body must be a JSON object with ${FIELDS}.`;
  },
);

export type SubmissionBody = v.InferOutput<typeof SubmissionBody>;

/**
 * Turns valibot issues into field errors: where (dot path, empty for the whole body) and what.
 *
 * @example
 * toFieldErrors(v.safeParse(SubmissionBody, { score: 3 }).issues ?? []);
 * // [{ path: "score", message: "Unknown field score — …" }]
 */
export function toFieldErrors(issues: readonly v.BaseIssue<unknown>[]): FieldError[] {
  return issues.map((issue) => ({ path: v.getDotPath(issue) ?? "", message: issue.message }));
}

/**
 * What is wrong with the answers for this quiz: unknown question ids, and answers that cannot
 * fit their question (anything but an option id for `single_choice`, true/false for
 * `short_answer`). Empty when they fit.
 *
 * @example
 * findAnswerErrors(quiz, { q99: "x" });
 * // [{ path: "answers.q99", message: "Unknown question id q99 — this quiz has q1…q10." }]
 */
export function findAnswerErrors(quiz: Quiz, answers: SubmissionBody["answers"]): FieldError[] {
  const questions = new Map(quiz.questions.map((question) => [question.id, question]));
  const errors: FieldError[] = [];
  for (const [questionId, given] of Object.entries(answers)) {
    const question = questions.get(questionId);
    const message = question
      ? answerTypeError(question, given)
      : `Unknown question id ${questionId} — this quiz has ${describeIds([...questions.keys()])}.`;
    if (message) errors.push({ path: `answers.${questionId}`, message });
  }
  return errors;
}

/**
 * What validation cannot see of `answers`, because valibot's record takes arrays for objects
 * and drops the names objects inherit: an array (`[]` would pass as no answers), and question
 * ids no quiz can have (`__proto__`, `constructor`, `prototype`), refused as unknown ids rather
 * than ignored. Looks at the parsed JSON, as sent.
 *
 * @example
 * findRawAnswerErrors(JSON.parse('{ "answers": { "__proto__": "a" } }'));
 * // [{ path: "answers.__proto__", message: "Unknown question id __proto__ — …" }]
 */
export function findRawAnswerErrors(body: unknown): FieldError[] {
  const answers = isObject(body) ? body.answers : undefined;
  if (Array.isArray(answers)) {
    return [{ path: "answers", message: `${ANSWERS_SHAPE} An array is not one.` }];
  }
  if (!isObject(answers)) return [];
  return RESERVED_KEYS.filter((key) => Object.hasOwn(answers, key)).map((key) => ({
    path: `answers.${key}`,
    message: `Unknown question id ${key} — send only the question ids GET /api/quizzes/:id lists.`,
  }));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function answerTypeError(question: Question, given: string | boolean): string | undefined {
  switch (question.type) {
    case "true_false":
      // Forms post "vrai" / "faux": markAnswer reads those, and marks any other text wrong.
      return undefined;
    case "single_choice": {
      const ids = question.options.map((option) => option.id);
      return typeof given === "string" && ids.includes(given.trim())
        ? undefined
        : `${question.id} is a multiple-choice question: answer one of the option ids ${ids.join(", ")}.`;
    }
    case "short_answer":
      return typeof given === "string"
        ? undefined
        : `${question.id} asks for a short text answer, not true/false.`;
  }
}

function describeIds(ids: string[]): string {
  if (ids.length === 0) return "no questions";
  return ids.length > 3 ? `${ids[0]}…${ids.at(-1)}` : ids.join(", ");
}
