/**
 * @module
 * What a valid submission body is: its shape (a valibot schema), then its fit with the quiz.
 */
import * as v from "valibot";
import type { Question, Quiz } from "../core/quiz/quiz";
import type { FieldError } from "./problem";

/** Longest answer accepted; short answers are a few words. */
export const MAX_ANSWER_LENGTH = 500;
/** Longest student name accepted, after trimming. */
export const MAX_STUDENT_LENGTH = 100;

const FIELDS = "answers (required) and student (optional)";

/**
 * `{ answers: { [questionId]: string | boolean }, student?: string }`, nothing else.
 *
 * @example
 * v.parse(SubmissionBody, { answers: { q1: "Jan Jambon", q2: true }, student: " Léa " });
 * // { answers: { q1: "Jan Jambon", q2: true }, student: "Léa" }
 */
export const SubmissionBody = v.strictObject(
  {
    answers: v.record(
      v.string(),
      v.union(
        [
          v.pipe(
            v.string(),
            v.maxLength(
              MAX_ANSWER_LENGTH,
              `An answer must be at most ${MAX_ANSWER_LENGTH} characters long.`,
            ),
          ),
          v.boolean(),
        ],
        "An answer must be a string (an option id or a short answer) or true/false.",
      ),
      'answers must be an object mapping question ids to answers, e.g. { "q1": "a" }.',
    ),
    student: v.optional(
      v.pipe(
        v.string("student must be a string: the student's name."),
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
