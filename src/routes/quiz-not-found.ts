/**
 * @module
 * The API's 404 for a quiz id that names no quiz, and the quiz lookups that answer with it.
 */
import type { Context } from "hono";
import { withQuiz } from "../middleware/with-quiz";
import { type ProblemResponse, problem } from "../problem";

/**
 * The 404 of a quiz id that names no quiz (or a draft, for students).
 *
 * @example
 * if (!quiz) return quizNotFound(c, id);
 */
export function quizNotFound(c: Context, id: string): ProblemResponse {
  return problem(c, {
    type: "/problems/quiz-not-found",
    title: "Quiz not found",
    status: 404,
    detail: `There is no quiz with id "${id}"; GET /api/quizzes lists them.`,
  });
}

/**
 * The students' lookup: `c.var.quiz`, or 404; a draft is not found.
 *
 * @example
 * app.get("/:id", withPublishedQuiz, (c) => c.json(toStudentView(c.var.quiz)));
 */
export const withPublishedQuiz = withQuiz(quizNotFound);

/**
 * The teachers' lookup, after `teacherAuth`: drafts are found too.
 *
 * @example
 * app.get("/:id/key", teacherAuth, withQuizOrDraft, (c) => c.json(toKeyView(c.var.quiz)));
 */
export const withQuizOrDraft = withQuiz(quizNotFound, { drafts: true });
