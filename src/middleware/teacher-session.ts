/**
 * @module
 * The teacher's session cookie, so that signing in once on /teacher lasts across tabs and
 * reloads without the token ever sitting in page storage: Hono's signed cookie (HMAC-SHA256),
 * `__Host-` prefixed (Secure, Path=/, no Domain), HttpOnly, SameSite=Strict, holding only its
 * expiry. It is signed with a key derived from TEACHER_TOKEN, so a new token ends every session.
 *
 * A request authenticated by the cookie alone that changes something must come from this site
 * (`Origin` or `Sec-Fetch-Site`): SameSite=Strict already keeps other sites' requests from
 * carrying it, and this holds even for a browser that ignores SameSite.
 */
import type { Context } from "hono";
import { deleteCookie, getSignedCookie, setSignedCookie } from "hono/cookie";

/** The cookie's name, after its `__Host-` prefix. */
export const TEACHER_SESSION_COOKIE = "ardoise-teacher";
/** How long a session lasts: a school day and evening. */
export const TEACHER_SESSION_SECONDS = 12 * 60 * 60;

/** Methods that change nothing: no cross-site check needed. */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** The signing key: not the token itself, so that the cookie's signature tells nothing of it. */
function signingKey(token: string): string {
  return `ardoise teacher session v1\u0000${token}`;
}

/**
 * Whether the request carries a valid, unexpired session cookie signed for this TEACHER_TOKEN.
 *
 * @example
 * if (await hasTeacherSession(c, c.env.TEACHER_TOKEN)) …
 */
export async function hasTeacherSession(
  c: Context,
  token: string,
  now: number = Date.now(),
): Promise<boolean> {
  const value = await getSignedCookie(c, signingKey(token), TEACHER_SESSION_COOKIE, "host");
  if (typeof value !== "string") return false;
  const expires = Number(value);
  return Number.isSafeInteger(expires) && expires > now;
}

/**
 * Sets the session cookie, for {@link TEACHER_SESSION_SECONDS}.
 *
 * @example
 * await startTeacherSession(c, c.env.TEACHER_TOKEN);
 */
export async function startTeacherSession(
  c: Context,
  token: string,
  now: number = Date.now(),
): Promise<void> {
  const expires = now + TEACHER_SESSION_SECONDS * 1000;
  await setSignedCookie(c, TEACHER_SESSION_COOKIE, String(expires), signingKey(token), {
    prefix: "host",
    path: "/",
    secure: true,
    httpOnly: true,
    sameSite: "Strict",
    maxAge: TEACHER_SESSION_SECONDS,
    expires: new Date(expires),
  });
}

/**
 * Clears the session cookie (« Se déconnecter »).
 *
 * @example
 * endTeacherSession(c);
 */
export function endTeacherSession(c: Context): void {
  deleteCookie(c, TEACHER_SESSION_COOKIE, {
    prefix: "host",
    path: "/",
    secure: true,
    httpOnly: true,
    sameSite: "Strict",
  });
}

/**
 * Whether a request may act on the cookie's authority: a safe method, or sent by a page of this
 * site (`Origin` the request's own, or `Sec-Fetch-Site: same-origin`).
 *
 * @example
 * if (!isSameOriginRequest(c)) return problem(c, { status: 403, … });
 */
export function isSameOriginRequest(c: Context): boolean {
  if (SAFE_METHODS.has(c.req.method)) return true;
  const origin = c.req.header("Origin");
  if (origin !== undefined) return origin === new URL(c.req.url).origin;
  return c.req.header("Sec-Fetch-Site") === "same-origin";
}
