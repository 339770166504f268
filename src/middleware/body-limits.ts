/**
 * @module
 * How big a request body may be, per route, enforced with Hono's `bodyLimit` before anything
 * reads the body: by `Content-Length` when the request has one, else by counting the bytes as
 * they stream in (chunked uploads), stopping at the limit.
 */
import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { problem } from "../problem";

/**
 * A submission, JSON or form post: at most a few dozen answers of 500 characters and a name,
 * so 64 KiB leaves room for any real sheet, and bounds what a hostile one costs to parse.
 */
export const SUBMISSION_BODY_LIMIT = 64 * 1024;

/** A new quiz: an article of at most 50,000 characters, up to 4 UTF-8 bytes each, plus a title. */
export const NEW_QUIZ_BODY_LIMIT = 256 * 1024;

/** "64 KiB", for the messages. */
export function formatKiB(bytes: number): string {
  return `${Math.round(bytes / 1024)} KiB`;
}

/**
 * Refuses bodies over `maxSize` bytes with 413; by default as problem details (the API), else
 * with the response `onTooLarge` makes (the pages answer in French HTML).
 *
 * @example
 * app.post("/:id/submissions", limitBody(SUBMISSION_BODY_LIMIT), requireJsonBody, …);
 */
export function limitBody(
  maxSize: number,
  onTooLarge: (c: Context) => Response | Promise<Response> = tooLargeProblem(maxSize),
): MiddlewareHandler {
  return bodyLimit({ maxSize, onError: onTooLarge });
}

function tooLargeProblem(maxSize: number) {
  return (c: Context) =>
    problem(c, {
      type: "/problems/body-too-large",
      title: "Request body too large",
      status: 413,
      detail: `This request's body may be at most ${formatKiB(maxSize)} (${maxSize.toLocaleString("en")} bytes); send less: only the fields the route documents.`,
    });
}
