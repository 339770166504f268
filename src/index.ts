/**
 * @module
 * The Worker entry: mounts the student pages, the teacher page, the API and its documentation,
 * and turns every API error into a problem details response (the pages answer errors with
 * French HTML pages of their own).
 */

import { HTTPException } from "hono/http-exception";
// hono/tiny (PatternRouter) instead of hono's SmartRouter: 2.2 KiB less gzipped Worker, room the
// generator needs under the 300 KiB budget; with 183 routes an unmatched request measured 0.73 ms
// against 0.69 ms in Node (the 404 page dominates), so routing is not where CPU goes.
import { Hono } from "hono/tiny";
import { privateWhenAuthorized } from "./middleware/http-cache";
import { guardQuizId } from "./middleware/quiz-id-guard";
import { replayShippedView, replayShippedViews } from "./middleware/replay-views";
import { securityHeaders } from "./middleware/security-headers";
import { joinPages } from "./pages/join-pages";
import { pageNotFound, wantsPage } from "./pages/page-errors";
import { guardPageQuizId } from "./pages/page-guards";
import { pages } from "./pages/pages";
import { teacherPages } from "./pages/teacher-pages";
import { isClientError, problem } from "./problem";
import { allowedMethods } from "./routes/allowed-methods";
import { assignments } from "./routes/assignments";
import { join } from "./routes/join";
import { quizReview } from "./routes/quiz-review";
import { quizTeacherTools } from "./routes/quiz-teacher-tools";
import { quizzes } from "./routes/quizzes";
import { isTransientD1Error } from "./storage/transient-errors";

const app = new Hono<{ Bindings: Env }>();

// First, the views of shipped quizzes already served once in this isolate, answered from memory
// with the headers the chain below gave them. Then, before every route: security headers on
// every response (errors included; a 304 keeps only its validators, RFC 9110 15.4.5), nothing
// unlocked by a token kept by shared caches, and quiz ids too long to exist answered 404 before
// any database lookup.
app.use(replayShippedViews);
app.use(securityHeaders);
app.use(privateWhenAuthorized);
app.use("/api/quizzes/:id/*", guardQuizId());
app.on(["GET", "POST"], "/quizzes/:id", guardPageQuizId);

// Chained, so that the routes' types add up into AppType.
const routes = app
  .route("/", pages)
  .route("/", teacherPages)
  .route("/", joinPages)
  .route("/api/quizzes", quizzes)
  .route("/api/quizzes", quizTeacherTools)
  .route("/api/assignments", assignments)
  .route("/api/join", join)
  .route("/api/quizzes", quizReview);

/**
 * Every route with its input and output types, for Hono's typed client in the browser code
 * (src/client): a type only, so that nothing of the server lands in the client's bundle.
 *
 * @example
 * const api = hc<AppType>("/", { headers: { Authorization: `Bearer ${token}` } });
 * const response = await api.api.quizzes.$get({ query: { limit: "20" } });
 */
export type AppType = typeof routes;
// /openapi.json and /docs, which describe the routes above, are static files built from this
// app ahead of time (scripts/build-api-docs.mjs), served without running the Worker.

// An address that leads nowhere: 404, or 405 when it takes other methods. Browsers get a French
// page with a way home, API clients problem details.
app.notFound((c) => {
  const allowed = allowedMethods(app.routes, c.req.path);
  const wrongMethod = allowed.length > 0 && !allowed.includes(c.req.method);
  if (wantsPage(c)) return pageNotFound(c, wrongMethod ? allowed : []);
  if (wrongMethod) {
    return problem(
      c,
      {
        type: "about:blank",
        title: "Method Not Allowed",
        status: 405,
        detail: `${c.req.path} does not take ${c.req.method}; it takes ${allowed.join(", ")}.`,
      },
      { Allow: allowed.join(", ") },
    );
  }
  return problem(c, {
    type: "about:blank",
    title: "Not Found",
    status: 404,
    detail: `Nothing at ${c.req.method} ${c.req.path}; the API starts at /api/quizzes.`,
  });
});

app.onError((error, c) => {
  // Middleware may throw HTTPException for a client error (4xx): report it as such.
  if (error instanceof HTTPException && isClientError(error.status)) {
    return problem(c, {
      type: "about:blank",
      title: "Request refused",
      status: error.status,
      detail: error.message || "The request could not be handled.",
    });
  }
  console.error(error);
  // The database restarting or overloaded: a batch is atomic, so nothing was half-written.
  if (isTransientD1Error(error)) {
    return problem(
      c,
      {
        type: "/problems/storage-unavailable",
        title: "Storage unavailable",
        status: 503,
        detail:
          "The database did not answer and nothing was stored; retry in a few seconds " +
          "(Retry-After). A submission resent with the same Idempotency-Key is stored once.",
      },
      { "Retry-After": "2" },
    );
  }
  return problem(c, {
    type: "about:blank",
    title: "Internal Server Error",
    status: 500,
    detail: "Something went wrong on our side; the error has been logged.",
  });
});

// The Worker's entry (and app.request's): a shipped view already served in this isolate is
// answered before Hono routes anything; everything else goes to the app.
const routeAndAnswer = app.fetch;
app.fetch = (request, env, executionCtx) =>
  replayShippedView(request) ?? routeAndAnswer(request, env, executionCtx);

export default app;
