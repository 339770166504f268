/**
 * @module
 * Middleware for routes under `/:id`: looks up the quiz the path names.
 */
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { Quiz } from "../core/quiz/quiz";
import { findQuiz } from "../quiz-catalog";
import { problem } from "./problem";

/**
 * The 404 of a quiz id that names no quiz (or a draft, for students).
 *
 * @example
 * if (!quiz) return quizNotFound(c, id);
 */
export function quizNotFound(c: Context, id: string): Response {
  return problem(c, {
    type: "/problems/quiz-not-found",
    title: "Quiz not found",
    status: 404,
    detail: `There is no quiz with id "${id}"; GET /api/quizzes lists them.`,
  });
}

function quizLookup(drafts: boolean) {
  return createMiddleware<{ Bindings: Env; Variables: { quiz: Quiz } }>(async (c, next) => {
    const id = c.req.param("id") ?? "";
    const quiz = await findQuiz(c.env.DB, id, { drafts });
    if (!quiz) return quizNotFound(c, id);
    c.set("quiz", quiz);
    await next();
  });
}

/**
 * Finds the quiz named by the `:id` path parameter and sets it as `c.var.quiz`, or answers 404.
 * A draft (not yet published) is not found: this is the students' lookup.
 *
 * @example
 * app.get("/:id", withQuiz, (c) => c.json(toStudentView(c.var.quiz)));
 */
export const withQuiz = quizLookup(false);

/**
 * The same for teacher routes, after `teacherAuth`: drafts are found too.
 *
 * @example
 * app.get("/:id/key", teacherAuth, withQuizOrDraft, (c) => c.json(toKeyView(c.var.quiz)));
 */
export const withQuizOrDraft = quizLookup(true);
