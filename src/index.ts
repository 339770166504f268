/**
 * @module
 * The Worker entry: mounts the student pages and the API, and turns every API error into a
 * problem details response (the pages answer errors with French HTML pages of their own).
 */
import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { pages } from "./pages/pages";
import { problem } from "./routes/problem";
import { quizTeacherTools } from "./routes/quiz-teacher-tools";
import { quizzes } from "./routes/quizzes";

const app = new Hono<{ Bindings: Env }>();

app.route("/", pages);
app.route("/api/quizzes", quizzes);
app.route("/api/quizzes", quizTeacherTools);

app.notFound((c) =>
  problem(c, {
    type: "about:blank",
    title: "Not Found",
    status: 404,
    detail: `Nothing at ${c.req.method} ${c.req.path}; the API starts at /api/quizzes.`,
  }),
);

app.onError((error, c) => {
  // Middleware may throw HTTPException for a client error (4xx): report it as such.
  if (error instanceof HTTPException && error.status < 500) {
    return problem(c, {
      type: "about:blank",
      title: "Request refused",
      status: error.status,
      detail: error.message || "The request could not be handled.",
    });
  }
  console.error(error);
  return problem(c, {
    type: "about:blank",
    title: "Internal Server Error",
    status: 500,
    detail: "Something went wrong on our side; the error has been logged.",
  });
});

export default app;
