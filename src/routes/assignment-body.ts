/**
 * @module
 * What a valid body for handing a quiz to a class is (`POST /api/assignments`).
 */
import * as v from "valibot";
import { FEEDBACK_MODES } from "../core/assignment/assignment";
import { MAX_QUIZ_ID_LENGTH } from "../middleware/quiz-id-guard";
import { controlsToSpaces, refuseLoneSurrogates } from "./text-rules";

/** Longest label: a class and a session ("4e B · mardi 10 h, groupe 2"). */
export const MAX_LABEL_LENGTH = 120;

const FIELDS = "quizId, label, feedback (required) and closesAt (optional)";
const CLOSES_AT =
  'closesAt must be a date and time with its offset, ISO 8601 (e.g. "2026-03-02T16:00:00+01:00"), in the future; leave it out for no closing time.';

/**
 * `{ quizId, label, feedback, closesAt? }`, nothing else. `closesAt` is any ISO 8601 time with
 * an offset, turned into UTC; the route checks that it is in the future.
 *
 * @example
 * v.parse(NewAssignmentBody, { quizId: "belgique-maroc-dsiti-2016", label: " 4e B ",
 *   feedback: "after-close" }); // { …, label: "4e B" }
 */
export const NewAssignmentBody = v.strictObject(
  {
    quizId: v.pipe(
      v.string("quizId must be a string: the id GET /api/quizzes lists."),
      v.trim(),
      v.minLength(1, "quizId must not be blank."),
      v.maxLength(MAX_QUIZ_ID_LENGTH, `quizId is at most ${MAX_QUIZ_ID_LENGTH} characters long.`),
    ),
    label: v.pipe(
      v.string("label must be a string: the class or session, e.g. “4e B”."),
      refuseLoneSurrogates("label"),
      controlsToSpaces(),
      v.trim(),
      v.minLength(1, "label must not be blank: name the class or session, e.g. “4e B”."),
      v.maxLength(MAX_LABEL_LENGTH, `label must be at most ${MAX_LABEL_LENGTH} characters long.`),
    ),
    feedback: v.picklist(
      FEEDBACK_MODES,
      'feedback must be "immediate" (expected answers shown at once) or "after-close" (score only until the assignment closes).',
    ),
    closesAt: v.optional(
      v.nullable(
        v.pipe(
          v.string(CLOSES_AT),
          v.isoTimestamp(CLOSES_AT),
          v.transform((text) => new Date(text).toISOString()),
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

export type NewAssignmentBody = v.InferOutput<typeof NewAssignmentBody>;
