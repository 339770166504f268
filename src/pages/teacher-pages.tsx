/**
 * @module
 * `/teacher`: the teacher page, public like any page (it holds nothing private; the token and
 * what it unlocks stay in the browser), with the student pages' security headers.
 */
import { Hono } from "hono";
import { shippedQuizzes } from "../content/shipped-quizzes";
import { renderPage } from "../views/layout";
import { TeacherPage } from "./teacher-page";

const SHIPPED_IDS = shippedQuizzes.map((quiz) => quiz.id);

/**
 * The teacher page route, to mount at the root.
 *
 * @example
 * app.route("/", teacherPages);
 */
export const teacherPages = new Hono<{ Bindings: Env }>().get("/teacher", (c) =>
  renderPage(c, <TeacherPage shippedIds={SHIPPED_IDS} />),
);
