/**
 * @module
 * Handing in an answer sheet, for a quiz (`POST /api/quizzes/:id/submissions`) or for an
 * assignment (`POST /api/join/:code/submissions`, and the pages' form posts): the answers are
 * checked against the quiz, marked once, stored once (with an `Idempotency-Key`, once however
 * often the request is retried), and answered with the marks. An assignment takes one sheet per
 * name, and while its feedback waits for the close the answer holds no expected answer and no
 * evidence.
 */
import type { Context } from "hono";
import { type Assignment, showsKey } from "./core/assignment/assignment";
import { type AnswerSheet, type MarkedSheet, markSheet } from "./core/marking/mark-sheet";
import type { Quiz } from "./core/quiz/quiz";
import { respondOnce } from "./middleware/idempotency";
import { invalidInput, problem } from "./problem";
import {
  findAnswerErrors,
  findRawAnswerErrors,
  type SubmissionBody,
} from "./routes/submission-body";
import { DuplicateStudentError, type Submission, saveSubmission } from "./storage/submission-store";

/** A marked sheet as stored, and its marks. */
export interface MarkedSubmission {
  submission: Submission;
  sheet: MarkedSheet;
}

/**
 * Marks a sheet and makes the submission to store: a new id, the time, the marks.
 *
 * @example
 * const { submission, sheet } = markSubmission(quiz, { q1: "b" }, "Léa", assignment.id);
 * await saveSubmission(env.DB, submission);
 */
export function markSubmission(
  quiz: Quiz,
  answers: AnswerSheet,
  student: string | undefined,
  assignmentId?: string,
): MarkedSubmission {
  const sheet = markSheet(quiz, answers);
  return {
    sheet,
    submission: {
      id: crypto.randomUUID(),
      quizId: quiz.id,
      ...(assignmentId ? { assignmentId } : {}),
      student: student ?? null,
      answers: { ...answers },
      score: sheet.score,
      maxScore: sheet.maxScore,
      createdAt: new Date().toISOString(),
      marks: sheet.results,
    },
  };
}

/**
 * The marks a student may see now: all of them, or, while an `after-close` assignment is open,
 * each question's verdict and given answer without the expected answer and evidence.
 *
 * @example
 * studentResults(sheet, assignment); // [{ questionId: "q1", correct: true, given: "b" }, …]
 */
export function studentResults(sheet: MarkedSheet, assignment?: Assignment) {
  if (!assignment || showsKey(assignment)) return sheet.results;
  return sheet.results.map(({ questionId, correct, given }) => ({ questionId, correct, given }));
}

/**
 * 409: this name already handed in a sheet for the assignment; the first one is kept.
 *
 * @example
 * if (error instanceof DuplicateStudentError) return alreadyHandedIn(c, error.student);
 */
export function alreadyHandedIn(c: Context, student: string | null): Response {
  return problem(c, {
    type: "/problems/already-handed-in",
    title: "Copie déjà rendue · Already handed in",
    status: 409,
    detail:
      `Une copie a déjà été rendue sous le nom « ${student} » pour ce devoir : elle est gardée, ` +
      "celle-ci n'a pas été enregistrée. Si ce n'est pas la vôtre, ajoutez l'initiale de votre " +
      "nom ou parlez-en à votre enseignant. · A sheet was already handed in under this name; " +
      "the first one is kept.",
  });
}

/**
 * Checks, marks, stores and answers one sheet (201), for a quiz or one of its assignments: 400
 * when the answers do not fit the quiz, 409 when the assignment already has a sheet under this
 * name. With `c.var.idempotencyKey`, a retried sheet is stored once and answered as the first
 * time.
 *
 * @example
 * return handIn(c, { quiz, body: c.req.valid("json"), raw: await c.req.json() });
 */
export async function handIn<E extends { Bindings: Env }>(
  c: Context<E & { Variables: { idempotencyKey?: string | undefined } }>,
  target: { quiz: Quiz; assignment?: Assignment; body: SubmissionBody; raw: unknown },
): Promise<Response> {
  const { quiz, assignment, body } = target;
  const { answers, student } = body;
  // An array of answers, or `__proto__` as an id, which validation lets by: refused too.
  const rawErrors = findRawAnswerErrors(target.raw);
  const errors = rawErrors.length > 0 ? rawErrors : findAnswerErrors(quiz, answers);
  if (errors.length > 0) return invalidInput(c, errors);

  const mark = () => {
    const { submission, sheet } = markSubmission(quiz, answers, student, assignment?.id);
    const summary = {
      id: submission.id,
      quizId: quiz.id,
      ...(assignment ? { assignmentId: assignment.id, feedback: assignment.feedback } : {}),
      score: sheet.score,
      maxScore: sheet.maxScore,
    };
    return { submission, body: { ...summary, results: studentResults(sheet, assignment) } };
  };
  try {
    // With a key, a retried sheet is stored once and answered as the first time.
    const key = c.var.idempotencyKey;
    if (key !== undefined) {
      return await respondOnce(
        c,
        { key, quizId: quiz.id, body, ...(assignment ? { assignmentId: assignment.id } : {}) },
        mark,
      );
    }
    const { submission, body: marked } = mark();
    await saveSubmission(c.env.DB, submission);
    return c.json(marked, 201);
  } catch (error) {
    if (error instanceof DuplicateStudentError) return alreadyHandedIn(c, error.student);
    throw error;
  }
}
