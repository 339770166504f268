/**
 * @module
 * Middleware for routes under `/:id`: looks up the quiz the path names, and answers as the
 * caller says when there is none (problem+json for the API, a French page for the pages).
 */
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { Quiz } from "../core/quiz/quiz";
import { findQuiz } from "../quiz-catalog";

/** What routes after `withQuiz` see. */
export type QuizEnv = { Bindings: Env; Variables: { quiz: Quiz } };

/** The answer to an id that names no quiz (a draft too, without `drafts`). */
export type OnMissingQuiz = (c: Context, id: string) => Response | Promise<Response>;

/**
 * Finds the quiz named by the `:id` path parameter and sets it as `c.var.quiz`, or answers with
 * `onMissing`. A draft (not yet published) is found only with `drafts` (teacher routes, after
 * `teacherAuth`).
 *
 * @example
 * app.get("/:id", withQuiz(quizNotFound), (c) => c.json(toStudentView(c.var.quiz)));
 * app.get("/:id/key", teacherAuth, withQuiz(quizNotFound, { drafts: true }), …);
 */
export function withQuiz(onMissing: OnMissingQuiz, { drafts = false }: { drafts?: boolean } = {}) {
  return createMiddleware<QuizEnv>(async (c, next) => {
    const id = c.req.param("id") ?? "";
    const quiz = await findQuiz(c.env.DB, id, { drafts });
    if (!quiz) return onMissing(c, id);
    c.set("quiz", quiz);
    await next();
  });
}
