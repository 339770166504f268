/**
 * @module
 * Error responses as RFC 9457 problem details (`application/problem+json`).
 */
import type { Context, TypedResponse } from "hono";
import type { ClientErrorStatusCode, ServerErrorStatusCode } from "hono/utils/http-status";

/** The statuses a problem is answered with: errors only. */
export type ErrorStatusCode = ClientErrorStatusCode | ServerErrorStatusCode;

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
  status: ErrorStatusCode;
  /** What went wrong with this request, for a person to act on. */
  detail: string;
  errors?: FieldError[];
  /** Only for `/problems/not-french`: the code of the language the text is written in. */
  language?: string;
}

/**
 * A problem details response, typed as such: beside it, a route's successful answers keep their
 * types in Hono's typed client (a plain `Response` would erase them).
 */
export type ProblemResponse = Response & TypedResponse<Problem, ErrorStatusCode, "json">;

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
export function problem(
  c: Context,
  details: Problem,
  headers?: Record<string, string>,
): ProblemResponse {
  return c.json(details, details.status, {
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
export function invalidInput(c: Context, errors: FieldError[]): ProblemResponse {
  const count = errors.length === 1 ? "1 problem" : `${errors.length} problems`;
  return problem(c, {
    type: "/problems/invalid-input",
    title: "Invalid input",
    status: 400,
    detail: `The request has ${count}; see errors.`,
    errors,
  });
}

/**
 * Whether a status is a client error (4xx): what a thrown HTTPException is reported as.
 *
 * @example
 * if (error instanceof HTTPException && isClientError(error.status)) return problem(c, …);
 */
export function isClientError(status: number): status is ClientErrorStatusCode {
  return status >= 400 && status < 500;
}
