/**
 * @module
 * Guards teacher routes with the `TEACHER_TOKEN` secret sent as a Bearer token, or the session
 * cookie that signing in on /teacher sets (teacher-session.ts).
 */
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import { problem } from "../problem";
import { clientAddress, teacherFailures, tooManyAttempts } from "./teacher-auth-limiter";
import { hasTeacherSession, isSameOriginRequest } from "./teacher-session";

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/**
 * Lets the request through only with `Authorization: Bearer <TEACHER_TOKEN>` or the teacher's
 * session cookie (from this site only, for a request that changes something); 401 otherwise,
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

/**
 * The refusal for a request without the right teacher token; `undefined` when it has it.
 *
 * @example
 * const refusal = await checkTeacher(c);
 * if (refusal) return refusal;
 */
export async function checkTeacher<E extends { Bindings: Env }>(
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
  // The session cookie, when no token is sent: it cannot be guessed, so no limit applies.
  const authorization = c.req.header("Authorization");
  if (authorization === undefined && (await hasTeacherSession(c, expected))) {
    if (isSameOriginRequest(c)) return undefined;
    return problem(c, {
      type: "/problems/cross-site-request",
      title: "Cross-site request refused",
      status: 403,
      detail:
        "A request that changes something, signed in by the session cookie, must come from a " +
        "page of this site; from elsewhere, send the token as `Authorization: Bearer <token>`.",
    });
  }
  // A refused client is refused before its token is looked at: a right guess must not show.
  const client = clientAddress(c);
  if (teacherFailures.isRefused(client)) return tooManyAttempts(c);
  const given = BEARER.exec(authorization ?? "")?.[1];
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

/**
 * Compares digests rather than the strings, so the time taken says nothing about either.
 *
 * @example
 * if (await isSameSecret(given, c.env.TEACHER_TOKEN)) …
 */
export async function isSameSecret(given: string, expected: string): Promise<boolean> {
  const digest = (secret: string) =>
    crypto.subtle.digest("SHA-256", new TextEncoder().encode(secret));
  const [a, b] = await Promise.all([digest(given), digest(expected)]);
  return crypto.subtle.timingSafeEqual(a, b);
}

/**
 * For routes that anyone may call but that show the teacher more: without `Authorization` or a
 * session, the request goes on as anyone's; with a token, it must be right (as `teacherAuth`);
 * with either, `c.var.teacher` is true.
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
  } else if (c.env.TEACHER_TOKEN && (await hasTeacherSession(c, c.env.TEACHER_TOKEN))) {
    c.set("teacher", true);
  }
  await next();
});
