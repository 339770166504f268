/**
 * @module
 * What valid bodies for the review routes are: a question's fields (`PATCH` and `POST
 * …/questions`), a new order, a swap, an accepted answer. The shapes are checked here; whether
 * the fields make a question that fits the quiz and its article is checked in
 * src/core/review/edit-question.ts, with messages of the same kind.
 */
import * as v from "valibot";
import { MAX_FORM_LENGTH, MAX_PROMPT_LENGTH } from "../core/quiz/quiz-limits";
import { controlsToSpaces, refuseLoneSurrogates } from "./text-rules";

/** Most accepted forms per question. */
export const MAX_ACCEPTED = 30;

/** A one-line text field: controls become spaces, trimmed, not blank, not too long. */
function line(field: string, max: number) {
  return v.pipe(
    v.string(`${field} must be a string.`),
    refuseLoneSurrogates(field),
    controlsToSpaces(),
    v.trim(),
    v.minLength(1, `${field} must not be blank.`),
    v.maxLength(max, `${field} must be at most ${max} characters long.`),
  );
}

/** Refuses an array where an object is expected: `strictObject` lets arrays through. */
function notAnArray(message: string) {
  return v.custom<unknown>((input) => !Array.isArray(input), message);
}

function objectMessage(fields: string, notAnObject: string) {
  return (issue: v.BaseIssue<unknown>) => {
    if (issue.expected === "never") return `Unknown field ${issue.input} — send only ${fields}.`;
    if (issue.expected?.startsWith('"')) return `${issue.expected} is required.`;
    return notAnObject;
  };
}

const QuestionType = v.picklist(
  ["single_choice", "true_false", "short_answer"],
  "type must be single_choice, true_false or short_answer.",
);

const Option = v.strictObject(
  {
    id: v.pipe(
      v.string("An option's id must be a string."),
      v.regex(/^[\w-]{1,20}$/, "An option's id is 1 to 20 letters, digits, - or _ (such as a)."),
    ),
    text: line("An option's text", MAX_FORM_LENGTH),
  },
  objectMessage("id and text", "An option is an object { id, text }."),
);

const Evidence = v.union(
  [
    v.strictObject({
      start: v.pipe(v.number(), v.integer(), v.minValue(0)),
      end: v.pipe(v.number(), v.integer(), v.minValue(1)),
    }),
    v.strictObject({
      text: v.pipe(
        v.string(),
        refuseLoneSurrogates("evidence.text"),
        v.trim(),
        v.minLength(1),
        v.maxLength(5000),
      ),
    }),
  ],
  "evidence is { text } (a passage copied from the article, at most 5,000 characters) or " +
    "{ start, end } (whole-number offsets into the article's paragraphs joined by blank lines).",
);

const QUESTION_FIELDS = "type, prompt, options, answer, accepted and evidence";

const questionEntries = {
  type: QuestionType,
  prompt: line("prompt", MAX_PROMPT_LENGTH),
  options: v.pipe(
    v.array(Option, "options must be an array of { id, text }."),
    v.maxLength(5, "A multiple-choice question has 3 to 5 options."),
  ),
  answer: v.union(
    [line("answer", MAX_FORM_LENGTH), v.boolean()],
    "answer must be an option id (single_choice), true or false (true_false) or the answer's text (short_answer).",
  ),
  accepted: v.pipe(
    v.array(line("An accepted form", MAX_FORM_LENGTH), "accepted must be an array of texts."),
    v.maxLength(MAX_ACCEPTED, `accepted may hold at most ${MAX_ACCEPTED} forms.`),
  ),
  evidence: Evidence,
};

/**
 * The fields of a question to change, at least one. Absent fields keep their value.
 *
 * @example
 * v.parse(QuestionPatchBody, { prompt: "Qui dirige la DSITI ?" });
 */
export const QuestionPatchBody = v.pipe(
  notAnArray(`The body must be a JSON object with some of ${QUESTION_FIELDS}.`),
  v.strictObject(
    {
      type: v.optional(questionEntries.type),
      prompt: v.optional(questionEntries.prompt),
      options: v.optional(questionEntries.options),
      answer: v.optional(questionEntries.answer),
      accepted: v.optional(questionEntries.accepted),
      evidence: v.optional(questionEntries.evidence),
    },
    objectMessage(
      `some of ${QUESTION_FIELDS}`,
      `The body must be a JSON object with some of ${QUESTION_FIELDS}.`,
    ),
  ),
  v.check(
    (body) => Object.keys(body).length > 0,
    `Send at least one of ${QUESTION_FIELDS}: the fields to change.`,
  ),
);

export type QuestionPatchBody = v.InferOutput<typeof QuestionPatchBody>;

/**
 * A question the teacher writes: its type, prompt, answer and evidence; options for a
 * multiple-choice question, accepted forms (optional) for a short answer.
 *
 * @example
 * v.parse(NewQuestionBody, { type: "true_false", prompt: "…", answer: true,
 *   evidence: { text: "Une phrase de l'article." } });
 */
export const NewQuestionBody = v.pipe(
  notAnArray(`The body must be a JSON object with ${QUESTION_FIELDS}.`),
  v.strictObject(
    {
      type: questionEntries.type,
      prompt: questionEntries.prompt,
      options: v.optional(questionEntries.options),
      answer: questionEntries.answer,
      accepted: v.optional(questionEntries.accepted),
      evidence: questionEntries.evidence,
    },
    objectMessage(
      `${QUESTION_FIELDS} (options only for single_choice, accepted only for short_answer)`,
      `The body must be a JSON object with ${QUESTION_FIELDS}.`,
    ),
  ),
);

export type NewQuestionBody = v.InferOutput<typeof NewQuestionBody>;

/**
 * `{ questionIds }`: every question id of the quiz, in the new order.
 *
 * @example
 * v.parse(OrderBody, { questionIds: ["q2", "q1", "q3"] });
 */
export const OrderBody = v.pipe(
  notAnArray("The body must be a JSON object { questionIds }."),
  v.strictObject(
    {
      questionIds: v.pipe(
        v.array(v.string("A question id is a string."), "questionIds must be an array of ids."),
        v.maxLength(100, "questionIds may hold at most 100 ids."),
      ),
    },
    objectMessage("questionIds", "The body must be a JSON object { questionIds }."),
  ),
);

/**
 * `{ alternativeId }`: which alternative replaces the question.
 *
 * @example
 * v.parse(SwapBody, { alternativeId: "a1" });
 */
export const SwapBody = v.pipe(
  notAnArray("The body must be a JSON object { alternativeId }."),
  v.strictObject(
    {
      alternativeId: v.pipe(
        v.string("alternativeId must be a string: an id GET …/alternatives lists."),
        v.maxLength(50, "alternativeId must be an id GET …/alternatives lists."),
      ),
    },
    objectMessage("alternativeId", "The body must be a JSON object { alternativeId }."),
  ),
);

/**
 * `{ answer }`: a form to accept as right, such as one of the results' common wrong answers.
 *
 * @example
 * v.parse(AcceptBody, { answer: "Michel" });
 */
export const AcceptBody = v.pipe(
  notAnArray("The body must be a JSON object { answer }."),
  v.strictObject(
    { answer: line("answer", MAX_FORM_LENGTH) },
    objectMessage("answer", "The body must be a JSON object { answer }."),
  ),
);
