/**
 * @module
 * The teacher's edits of a quiz under review, as pure functions from one draft to the next:
 * change, delete, add, reorder and swap questions, accept an answer, publish. Each returns the
 * new draft and what changed (for the revision history), or what is wrong with the request.
 */
import type { Question } from "../quiz/quiz";
import { toKeyView } from "../quiz/to-key-view";
import { toStudentView } from "../quiz/to-student-view";
import {
  type EditResult,
  editQuestion,
  type FieldProblem,
  type QuestionFields,
} from "./edit-question";
import { type QuizDraft, takeQuestionId } from "./quiz-draft";
import { sameValue } from "./same-value";

/** What a revision records: the action, the question it is about, and before / after. */
export interface RevisionChange {
  action: "edit" | "delete" | "add" | "move" | "swap" | "accept" | "publish";
  questionId: string | null;
  before: unknown;
  after: unknown;
}

/** Why an edit is refused: the question or alternative is unknown (404), or the input (400). */
export type ReviewRefusal =
  | { kind: "unknown-question"; id: string }
  | { kind: "unknown-alternative"; id: string }
  | { kind: "invalid"; errors: FieldProblem[] }
  | { kind: "not-short-answer"; id: string };

export type ReviewResult =
  | { draft: QuizDraft; change: RevisionChange }
  | { refused: ReviewRefusal };

/** A question as the revision history shows it: its key view. */
function snapshot(question: Question | undefined): unknown {
  if (!question) return null;
  const [view] = toKeyView({ ...EMPTY_QUIZ, questions: [question] }).questions;
  return view;
}

const EMPTY_QUIZ = {
  id: "",
  title: "",
  language: "fr" as const,
  article: { title: "", paragraphs: [] },
  questions: [],
};

function withQuestions(draft: QuizDraft, questions: Question[]): QuizDraft {
  return { ...draft, quiz: { ...draft.quiz, questions } };
}

function refusedEdit(result: EditResult): ReviewResult | undefined {
  return "errors" in result ? { refused: { kind: "invalid", errors: result.errors } } : undefined;
}

/**
 * Changes the fields given of one question.
 *
 * @example
 * updateQuestion(draft, "q3", { prompt: "Qui dirige la DSITI ?" });
 */
export function updateQuestion(
  draft: QuizDraft,
  questionId: string,
  fields: QuestionFields,
): ReviewResult {
  const questions = draft.quiz.questions;
  const index = questions.findIndex((question) => question.id === questionId);
  const before = questions[index];
  if (!before) return { refused: { kind: "unknown-question", id: questionId } };
  const result = editQuestion(draft.quiz.article, before, fields);
  if ("errors" in result) return refusedEdit(result) as ReviewResult;
  const next = questions.with(index, result.question);
  return {
    draft: withQuestions(draft, next),
    change: {
      action: "edit",
      questionId,
      before: snapshot(before),
      after: snapshot(result.question),
    },
  };
}

/**
 * Removes a question.
 *
 * @example
 * deleteQuestion(draft, "q3");
 */
export function deleteQuestion(draft: QuizDraft, questionId: string): ReviewResult {
  const before = draft.quiz.questions.find((question) => question.id === questionId);
  if (!before) return { refused: { kind: "unknown-question", id: questionId } };
  return {
    draft: withQuestions(
      draft,
      draft.quiz.questions.filter((question) => question.id !== questionId),
    ),
    change: { action: "delete", questionId, before: snapshot(before), after: null },
  };
}

/**
 * Adds a question the teacher wrote, at the end, with a fresh id.
 *
 * @example
 * addQuestion(draft, { type: "true_false", prompt: "…", answer: true, evidence: { text: "…" } });
 */
export function addQuestion(draft: QuizDraft, fields: QuestionFields): ReviewResult {
  const { id, draft: next } = takeQuestionId(draft);
  const result = editQuestion(draft.quiz.article, undefined, fields, id);
  if ("errors" in result) return refusedEdit(result) as ReviewResult;
  return {
    draft: withQuestions(next, [...draft.quiz.questions, result.question]),
    change: { action: "add", questionId: id, before: null, after: snapshot(result.question) },
  };
}

/**
 * Puts the questions in the order given: every id of the quiz, once each.
 *
 * @example
 * reorderQuestions(draft, ["q2", "q1", "q3"]);
 */
export function reorderQuestions(draft: QuizDraft, questionIds: readonly string[]): ReviewResult {
  const current = draft.quiz.questions.map((question) => question.id);
  const byId = new Map(draft.quiz.questions.map((question) => [question.id, question]));
  const errors: FieldProblem[] = [];
  questionIds.forEach((id, index) => {
    if (!byId.has(id)) {
      errors.push({ path: `questionIds.${index}`, message: `This quiz has no question ${id}.` });
    } else if (questionIds.indexOf(id) !== index) {
      errors.push({ path: `questionIds.${index}`, message: `${id} is listed twice.` });
    }
  });
  const missing = current.filter((id) => !questionIds.includes(id));
  if (missing.length > 0) {
    errors.push({
      path: "questionIds",
      message: `questionIds must list every question of the quiz once; missing: ${missing.join(", ")}.`,
    });
  }
  if (errors.length > 0) return { refused: { kind: "invalid", errors } };
  return {
    draft: withQuestions(
      draft,
      questionIds.map((id) => byId.get(id) as Question),
    ),
    change: { action: "move", questionId: null, before: current, after: [...questionIds] },
  };
}

/**
 * Replaces a question by one of the generator's alternatives, which takes its place in the
 * quiz under a fresh id and leaves the list of alternatives.
 *
 * @example
 * swapQuestion(draft, "q3", "a1");
 */
export function swapQuestion(
  draft: QuizDraft,
  questionId: string,
  alternativeId: string,
): ReviewResult {
  const index = draft.quiz.questions.findIndex((question) => question.id === questionId);
  const before = draft.quiz.questions[index];
  if (!before) return { refused: { kind: "unknown-question", id: questionId } };
  const alternative = draft.alternatives.find((question) => question.id === alternativeId);
  if (!alternative) return { refused: { kind: "unknown-alternative", id: alternativeId } };
  const { id, draft: next } = takeQuestionId(draft);
  const swapped = { ...alternative, id };
  return {
    draft: {
      ...withQuestions(next, draft.quiz.questions.with(index, swapped)),
      alternatives: draft.alternatives.filter((question) => question.id !== alternativeId),
    },
    change: {
      action: "swap",
      questionId,
      before: snapshot(before),
      after: { alternativeId, question: snapshot(swapped) },
    },
  };
}

/**
 * Adds a given answer to a short-answer question's accepted forms ("accept this answer").
 *
 * @example
 * acceptAnswer(draft, "q5", "Michel Charles");
 */
export function acceptAnswer(draft: QuizDraft, questionId: string, answer: string): ReviewResult {
  const question = draft.quiz.questions.find((entry) => entry.id === questionId);
  if (!question) return { refused: { kind: "unknown-question", id: questionId } };
  if (question.type !== "short_answer") {
    return { refused: { kind: "not-short-answer", id: questionId } };
  }
  const result = updateQuestion(draft, questionId, {
    accepted: [...question.accepted, answer],
  });
  if ("refused" in result) {
    // The form is the request's `answer`: point there rather than at `accepted.<n>`.
    const { refused } = result;
    if (refused.kind !== "invalid") return result;
    return {
      refused: {
        kind: "invalid",
        errors: refused.errors.map((error) => ({ ...error, path: "answer" })),
      },
    };
  }
  return { ...result, change: { ...result.change, action: "accept" } };
}

/**
 * Whether students would see a difference between two versions of a quiz: prompts, types,
 * options (ids, texts, order), the set and the order of the questions. Answers, accepted forms
 * and evidence are the key, which students do not see before handing in.
 *
 * @example
 * changesWhatStudentsSaw(before, after); // false when only an answer changed
 */
export function changesWhatStudentsSaw(before: QuizDraft, after: QuizDraft): boolean {
  const seen = (draft: QuizDraft) => toStudentView(draft.quiz).questions;
  return !sameValue(seen(before), seen(after));
}

/**
 * Whether the answer key changed (answers, accepted forms, rejected forms, date or number
 * read), so that the stored sheets must be marked again.
 *
 * @example
 * changesTheKey(before, after); // true when q3's answer went from "b" to "c"
 */
export function changesTheKey(before: QuizDraft, after: QuizDraft): boolean {
  const key = (draft: QuizDraft) =>
    draft.quiz.questions.map((question) => ({ ...question, prompt: "", evidence: null }));
  return !sameValue(key(before), key(after));
}
