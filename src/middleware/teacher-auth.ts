/**
 * @module
 * Guards teacher routes with the `TEACHER_TOKEN` secret sent as a Bearer token.
 */
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import { problem } from "../problem";
import { clientAddress, teacherFailures, tooManyAttempts } from "./teacher-auth-limiter";

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/**
 * Lets the request through only with `Authorization: Bearer <TEACHER_TOKEN>`; 401 otherwise,
 * 503 when the Worker has no `TEACHER_TOKEN`, 429 after too many wrong tokens from the client
 * (see teacher-auth-limiter.ts).
 *
 * @example
 * app.get("/:id/key", teacherAuth, (c) => c.json(toKeyView(quiz)));
 */
export const teacherAuth = createMiddleware<{ Bindings: Env }>(async (c, next) => {
  const refusal = await checkTeacher(c);
  if (refusal) return refusal;
  await next();
});

/** The refusal for a request without the right teacher token; `undefined` when it has it. */
async function checkTeacher<E extends { Bindings: Env }>(
  c: Context<E>,
): Promise<Response | undefined> {
  const expected = c.env.TEACHER_TOKEN;
  if (!expected) {
    return problem(c, {
      type: "/problems/teacher-access-not-configured",
      title: "Teacher access is not configured",
      status: 503,
      detail:
        "This server has no TEACHER_TOKEN, so answer keys cannot be shown. Set it with " +
        "`wrangler secret put TEACHER_TOKEN` (locally: in .dev.vars, which `npm start` creates).",
    });
  }
  // A refused client is refused before its token is looked at: a right guess must not show.
  const client = clientAddress(c);
  if (teacherFailures.isRefused(client)) return tooManyAttempts(c);
  const given = BEARER.exec(c.req.header("Authorization") ?? "")?.[1];
  if (given === undefined || !(await isSameSecret(given, expected))) {
    // No token is no guess: only wrong tokens count towards the limit.
    if (
      given !== undefined &&
      (await teacherFailures.countFailure(c.env.TEACHER_AUTH_LIMITER, client))
    ) {
      return tooManyAttempts(c);
    }
    return problem(
      c,
      {
        type: "/problems/teacher-token-required",
        title: "Teacher token required",
        status: 401,
        detail:
          given === undefined
            ? "Send the teacher token as `Authorization: Bearer <token>`."
            : "The teacher token is wrong.",
      },
      { "WWW-Authenticate": 'Bearer realm="ardoise"' },
    );
  }
  return undefined;
}

/** Compares digests rather than the strings, so the time taken says nothing about either. */
async function isSameSecret(given: string, expected: string): Promise<boolean> {
  const digest = (secret: string) =>
    crypto.subtle.digest("SHA-256", new TextEncoder().encode(secret));
  const [a, b] = await Promise.all([digest(given), digest(expected)]);
  return crypto.subtle.timingSafeEqual(a, b);
}

/**
 * For routes that anyone may call but that show the teacher more: without `Authorization`, the
 * request goes on as anyone's; with it, the token must be right (as `teacherAuth`), and
 * `c.var.teacher` is true.
 *
 * @example
 * app.get("/", optionalTeacherAuth, (c) => c.json(list(c.var.teacher === true)));
 */
export const optionalTeacherAuth = createMiddleware<{
  Bindings: Env;
  Variables: { teacher?: boolean };
}>(async (c, next) => {
  if (c.req.header("Authorization") !== undefined) {
    const refusal = await checkTeacher(c);
    if (refusal) return refusal;
    c.set("teacher", true);
  }
  await next();
});
