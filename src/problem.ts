/**
 * @module
 * Error responses as RFC 9457 problem details (`application/problem+json`).
 */
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** One invalid part of a request: where (`answers.q9`) and what to do about it. */
export interface FieldError {
  path: string;
  message: string;
}

/** An RFC 9457 problem details object. */
export interface Problem {
  /** `about:blank` (the status says it all) or `/problems/<slug>`. */
  type: string;
  title: string;
  status: ContentfulStatusCode;
  /** What went wrong with this request, for a person to act on. */
  detail: string;
  errors?: FieldError[];
  /** Only for `/problems/not-french`: the code of the language the text is written in. */
  language?: string;
}

/**
 * Responds with a problem details document.
 *
 * @example
 * return problem(c, {
 *   type: "/problems/quiz-not-found",
 *   title: "Quiz not found",
 *   status: 404,
 *   detail: `There is no quiz with id "${id}".`,
 * });
 */
export function problem(c: Context, details: Problem, headers?: Record<string, string>): Response {
  return c.body(JSON.stringify(details), details.status, {
    ...headers,
    "Content-Type": "application/problem+json",
  });
}

/**
 * Responds 400 with the list of what is wrong in the request.
 *
 * @example
 * return invalidInput(c, [{ path: "answers.q9", message: "Unknown question id q9 — …" }]);
 */
export function invalidInput(c: Context, errors: FieldError[]): Response {
  const count = errors.length === 1 ? "1 problem" : `${errors.length} problems`;
  return problem(c, {
    type: "/problems/invalid-input",
    title: "Invalid input",
    status: 400,
    detail: `The request has ${count}; see errors.`,
    errors,
  });
}
