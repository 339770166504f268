/**
 * @module
 * Turns away quiz ids that no quiz can have before anything looks them up in D1: created
 * quizzes have 22-character ids, shipped ones a short slug, so a very long id is a mistake or
 * an attack, answered 404 at once.
 */
import type { Context, MiddlewareHandler } from "hono";
import { createMiddleware } from "hono/factory";
import { problem } from "../problem";

/** Longer than any quiz id, created (22) or shipped (a slug of a few words). */
export const MAX_QUIZ_ID_LENGTH = 64;

/**
 * Whether `id` could be a quiz's id (by its length; the lookup decides the rest).
 *
 * @example
 * isPossibleQuizId("belgique-maroc-dsiti-2016"); // true
 * isPossibleQuizId("x".repeat(5000)); // false
 */
export function isPossibleQuizId(id: string): boolean {
  return id.length > 0 && id.length <= MAX_QUIZ_ID_LENGTH;
}

/**
 * The start of an id for a message: long ids are cut.
 *
 * @example
 * shortenId("x".repeat(5000)); // "xxxxxxxxxxxxxxxxxxxxxxxx…" (24 characters and an ellipsis)
 */
export function shortenId(id: string): string {
  return id.length > 24 ? `${id.slice(0, 24)}…` : id;
}

/**
 * Middleware for routes under `/:id`: 404 when the `:id` cannot be a quiz's, by default as
 * problem details (the API), else with the response `onImpossible` makes (the pages).
 *
 * @example
 * app.use("/api/quizzes/:id/*", guardQuizId());
 */
export function guardQuizId(
  onImpossible: (c: Context, id: string) => Response | Promise<Response> = notFoundProblem,
): MiddlewareHandler {
  return createMiddleware(async (c, next) => {
    const id = c.req.param("id") ?? "";
    if (!isPossibleQuizId(id)) return onImpossible(c, id);
    await next();
  });
}

function notFoundProblem(c: Context, id: string): Response {
  return problem(c, {
    type: "/problems/quiz-not-found",
    title: "Quiz not found",
    status: 404,
    detail: `There is no quiz with id "${shortenId(id)}" (${id.length} characters; quiz ids have at most ${MAX_QUIZ_ID_LENGTH}); GET /api/quizzes lists them.`,
  });
}
