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

/** Requests that change nothing (RFC 9110, 9.2.1). */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Whether a request of this method changes nothing (RFC 9110, 9.2.1): a student's such request
 * may take a created quiz as this isolate read it within the last second.
 *
 * @example
 * await findQuiz(c.env.DB, id, { fresh: isSafeMethod(c.req.method) });
 */
export function isSafeMethod(method: string): boolean {
  return SAFE_METHODS.has(method);
}

/**
 * Finds the quiz named by the `:id` path parameter and sets it as `c.var.quiz`, or answers with
 * `onMissing`. A draft (not yet published) is found only with `drafts` (teacher routes, after
 * `teacherAuth`). A student's GET of a created quiz may take the revision this isolate read
 * from D1 within the last second (quiz-catalog.ts, `REVISION_FRESH_MS`); a sheet posted, and
 * every teacher's lookup, read it from D1.
 *
 * @example
 * app.get("/:id", withQuiz(quizNotFound), (c) => c.json(toStudentView(c.var.quiz)));
 * app.get("/:id/key", teacherAuth, withQuiz(quizNotFound, { drafts: true }), …);
 */
export function withQuiz(onMissing: OnMissingQuiz, { drafts = false }: { drafts?: boolean } = {}) {
  return createMiddleware<QuizEnv>(async (c, next) => {
    const id = c.req.param("id") ?? "";
    const fresh = !drafts && isSafeMethod(c.req.method);
    const quiz = await findQuiz(c.env.DB, id, { drafts, fresh });
    if (!quiz) return onMissing(c, id);
    c.set("quiz", quiz);
    await next();
  });
}
