/**
 * @module
 * Finding the assignment a student's join code names, for the API (`/api/join/:code`) and the
 * pages (`/j/:code`). Wrong codes are counted per client with the Workers rate limiting binding
 * `JOIN_CODE_LIMITER` (wrangler.toml), as wrong teacher tokens are: past the limit, the client
 * is refused for a period, so that codes cannot be tried one after another.
 */
import type { Context } from "hono";
import type { Assignment } from "../core/assignment/assignment";
import { normaliseJoinCode } from "../core/assignment/join-code";
import type { Quiz } from "../core/quiz/quiz";
import { findQuiz } from "../quiz-catalog";
import { findAssignmentByCode } from "../storage/assignment-store";
import { clientAddress, failureLimit } from "./teacher-auth-limiter";
import { isSafeMethod } from "./with-quiz";

const joinFailures = failureLimit("JOIN_CODE_LIMITER");

/** What a join code led to. */
export type JoinLookup =
  | { kind: "found"; code: string; assignment: Assignment; quiz: Quiz }
  /** No assignment has this code (or it cannot be one): counted as a wrong code. */
  | { kind: "unknown"; code: string | undefined }
  /** Too many wrong codes from this client lately: nothing was looked up. */
  | { kind: "refused" };

/**
 * The assignment and quiz a typed code names (any case, spaces ignored), or why not.
 *
 * @example
 * const found = await lookUpJoinCode(c, c.req.param("code"));
 * if (found.kind === "refused") return tooManyWrongCodes(c);
 */
export async function lookUpJoinCode<E extends { Bindings: Env }>(
  c: Context<E>,
  typed: string,
): Promise<JoinLookup> {
  const client = clientAddress(c);
  if (joinFailures.isRefused(client)) return { kind: "refused" };
  const code = normaliseJoinCode(typed);
  const assignment = code ? await findAssignmentByCode(c.env.DB, code) : undefined;
  // The assignment is read every time (it may have closed); its quiz as a student's GET takes it.
  const quiz = assignment
    ? await findQuiz(c.env.DB, assignment.quizId, { fresh: isSafeMethod(c.req.method) })
    : undefined;
  if (code && assignment && quiz) return { kind: "found", code, assignment, quiz };
  if (await joinFailures.countFailure(c.env.JOIN_CODE_LIMITER, client)) return { kind: "refused" };
  return { kind: "unknown", code };
}
