/**
 * @module
 * CSRF protection of form posts with Hono's `csrf()`: a form may be posted from this origin
 * only, which browsers tell with `Origin` or `Sec-Fetch-Site`.
 *
 * Hono's `csrf()` also refuses a form post that has neither header. Current browsers send
 * `Origin` with every POST, and `Sec-Fetch-Site` too, so a request without either comes from a
 * program (curl, a test, a script): it holds no student's browser context and forges nothing,
 * so it is let through, as a direct request.
 * The JSON API needs none of this: it takes `application/json` only, which no form can send
 * and no other site can send without a CORS preflight that it would not pass.
 */
import type { Context, MiddlewareHandler } from "hono";
import { csrf } from "hono/csrf";
import { createMiddleware } from "hono/factory";
import { HTTPException } from "hono/http-exception";

/** Hono's check, same origin only (the default). */
const checkOrigin = csrf();

/**
 * Refuses form posts from another site with the response `onCrossSite` makes (403).
 *
 * @example
 * app.post("/quizzes/:id", sameOriginForm((c) => c.text("Interdit", 403)), …);
 */
export function sameOriginForm(
  onCrossSite: (c: Context) => Response | Promise<Response>,
): MiddlewareHandler {
  return createMiddleware(async (c, next) => {
    const fromBrowser =
      c.req.header("Origin") !== undefined || c.req.header("Sec-Fetch-Site") !== undefined;
    if (fromBrowser) {
      try {
        // Run alone, with a no-op `next`: it throws 403 or returns.
        await checkOrigin(c, async () => {});
      } catch (error) {
        if (error instanceof HTTPException && error.status === 403) return onCrossSite(c);
        throw error;
      }
    }
    await next();
  });
}
