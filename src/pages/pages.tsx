/**
 * @module
 * The student pages, server-rendered in French: `/` (the shipped quiz), `/quizzes` (the list),
 * `/quizzes/:id` (a quiz) and its form post, which marks and stores the sheet as the JSON API
 * does and answers with the same page, results included.
 */
import { Hono } from "hono/tiny";
import { serveQuizPage } from "../cached-views";
import { shippedQuizzes } from "../content/shipped-quizzes";
import { toStudentView } from "../core/quiz/to-student-view";
import {
  decodeQuizListCursor,
  encodeQuizListCursor,
  findQuiz,
  listQuizzes,
  QUIZ_PAGE_SIZE,
} from "../quiz-catalog";
import { ErrorPage } from "../views/error-page";
import { renderPage } from "../views/layout";
import { handInPage } from "./hand-in-page";
import { JoinCodeForm } from "./join-code-form";
import { onPageError } from "./page-errors";
import { limitFormBody, sameOriginFormPost, withPageQuiz } from "./page-guards";
import { QuizListPage } from "./quiz-list-page";
import { QuizPage } from "./quiz-page";

/** The quiz the home page shows: the first shipped one. */
const HOME_QUIZ_ID = shippedQuizzes[0]?.id;

/**
 * The page routes, to mount at the root.
 *
 * @example
 * app.route("/", pages);
 */
export const pages = new Hono<{ Bindings: Env }>()
  .get("/", async (c) => {
    const quiz = HOME_QUIZ_ID ? await findQuiz(c.env.DB, HOME_QUIZ_ID) : undefined;
    if (!quiz) return c.redirect("/quizzes");
    return serveQuizPage(c, quiz, "home-page", (formKey) =>
      renderPage(
        c,
        <QuizPage quiz={toStudentView(quiz)} lead={<JoinCodeForm />} formKey={formKey} />,
      ),
    );
  })
  .get("/quizzes", async (c) => {
    const cursor = c.req.query("cursor");
    const after = cursor === undefined ? undefined : decodeQuizListCursor(cursor);
    if (cursor !== undefined && !after) {
      return renderPage(
        c,
        <ErrorPage title="Page de la liste introuvable">
          <p>
            Cette adresse ne mène à aucune page de la liste des quiz. Reprenez la{" "}
            <a href="/quizzes">liste depuis le début</a>.
          </p>
        </ErrorPage>,
        400,
      );
    }
    const page = await listQuizzes(c.env.DB, {
      limit: QUIZ_PAGE_SIZE,
      fresh: true,
      ...(after ? { after } : {}),
    });
    const nextHref = page.next
      ? `/quizzes?cursor=${encodeURIComponent(encodeQuizListCursor(page.next))}`
      : undefined;
    return renderPage(
      c,
      <QuizListPage
        quizzes={page.quizzes}
        later={after !== undefined}
        {...(nextHref ? { nextHref } : {})}
      />,
    );
  })
  .get("/quizzes/:id", withPageQuiz, (c) =>
    serveQuizPage(c, c.var.quiz, "page", (formKey) =>
      renderPage(c, <QuizPage quiz={toStudentView(c.var.quiz)} formKey={formKey} />),
    ),
  )
  // Posted from this site only (CSRF), and no bigger than a sheet can be.
  .post("/quizzes/:id", sameOriginFormPost, limitFormBody, withPageQuiz, async (c) => {
    const quiz = c.var.quiz;
    const view = toStudentView(quiz);
    return handInPage(c, {
      quiz,
      view,
      back: `/quizzes/${encodeURIComponent(quiz.id)}`,
      page: (state) => <QuizPage quiz={view} {...state} />,
    });
  });

pages.onError(onPageError);
