/**
 * @module
 * Middleware for routes under `/:id`: looks up the quiz the path names.
 */
import { createMiddleware } from "hono/factory";
import type { Quiz } from "../core/quiz/quiz";
import { findQuiz } from "../quiz-catalog";
import { problem } from "./problem";

/**
 * Finds the quiz named by the `:id` path parameter and sets it as `c.var.quiz`, or answers 404.
 *
 * @example
 * app.get("/:id/key", teacherAuth, withQuiz, (c) => c.json(toKeyView(c.var.quiz)));
 */
export const withQuiz = createMiddleware<{ Bindings: Env; Variables: { quiz: Quiz } }>(
  async (c, next) => {
    const id = c.req.param("id") ?? "";
    const quiz = await findQuiz(c.env.DB, id);
    if (!quiz) {
      return problem(c, {
        type: "/problems/quiz-not-found",
        title: "Quiz not found",
        status: 404,
        detail: `There is no quiz with id "${id}"; GET /api/quizzes lists them.`,
      });
    }
    c.set("quiz", quiz);
    await next();
  },
);
