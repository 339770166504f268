/**
 * @module
 * Middleware for routes under `/api/assignments/:id`: looks up the assignment and its quiz.
 */
import { createMiddleware } from "hono/factory";
import type { Assignment } from "../core/assignment/assignment";
import type { Quiz } from "../core/quiz/quiz";
import { problem } from "../problem";
import { findQuiz } from "../quiz-catalog";
import { getAssignment } from "../storage/assignment-store";
import { isPossibleQuizId } from "./quiz-id-guard";

/** What the routes after `withAssignment` see. */
export type AssignmentEnv = {
  Bindings: Env;
  Variables: { assignment: Assignment; quiz: Quiz };
};

/**
 * Sets `c.var.assignment` and `c.var.quiz` from the `:id` path parameter, or answers 404.
 *
 * @example
 * assignments.get("/:id", teacherAuth, withAssignment, (c) => c.json(c.var.assignment));
 */
export const withAssignment = createMiddleware<AssignmentEnv>(async (c, next) => {
  const id = c.req.param("id") ?? "";
  // Assignment ids are as long as created quizzes' ids: the same bound turns away junk early.
  const assignment = isPossibleQuizId(id) ? await getAssignment(c.env.DB, id) : undefined;
  const quiz = assignment ? await findQuiz(c.env.DB, assignment.quizId) : undefined;
  if (!assignment || !quiz) {
    return problem(c, {
      type: "/problems/assignment-not-found",
      title: "Assignment not found",
      status: 404,
      detail: `There is no assignment with id "${id.slice(0, 24)}"; GET /api/assignments lists them.`,
    });
  }
  c.set("assignment", assignment);
  c.set("quiz", quiz);
  await next();
});
