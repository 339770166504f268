/**
 * @module
 * The student pages, server-rendered in French: `/` (the shipped quiz), `/quizzes` (the list),
 * `/quizzes/:id` (a quiz) and its form post, which marks and stores the sheet as the JSON API
 * does and answers with the same page, results included.
 */
import { type Context, Hono } from "hono";
import { seedQuizzes } from "../content/seed-quizzes";
import { type StudentQuiz, toStudentView } from "../core/quiz/to-student-view";
import { markSubmission } from "../hand-in";
import {
  decodeQuizListCursor,
  encodeQuizListCursor,
  findQuiz,
  listQuizzes,
  QUIZ_PAGE_SIZE,
} from "../quiz-catalog";
import { saveSubmission } from "../storage/submission-store";
import { ErrorPage } from "../views/error-page";
import { renderPage } from "../views/layout";
import { type AnswerForm, type FormBody, readAnswerForm } from "./answer-form";
import { JoinCodeForm } from "./join-code-form";
import { onPageError } from "./page-errors";
import { limitFormBody, sameOriginFormPost, withPageQuiz } from "./page-guards";
import { QuizListPage } from "./quiz-list-page";
import { QuizPage } from "./quiz-page";

/** The quiz the home page shows: the first shipped one. */
const HOME_QUIZ_ID = seedQuizzes[0]?.id;

/** What browsers send for `<form method="post">`, with or without `enctype`. */
const FORM_MEDIA_TYPES = new Set(["application/x-www-form-urlencoded", "multipart/form-data"]);

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
    return renderPage(c, <QuizPage quiz={toStudentView(quiz)} lead={<JoinCodeForm />} />);
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
    renderPage(c, <QuizPage quiz={toStudentView(c.var.quiz)} />),
  )
  // Posted from this site only (CSRF), and no bigger than a sheet can be.
  .post("/quizzes/:id", sameOriginFormPost, limitFormBody, withPageQuiz, async (c) => {
    const quiz = c.var.quiz;
    const view = toStudentView(quiz);
    const read = await readPostedSheet(c, view, `/quizzes/${encodeURIComponent(quiz.id)}`);
    if (read instanceof Response) return read;
    const { answers, student } = read;
    const { submission, sheet } = markSubmission(quiz, answers, student);
    await saveSubmission(c.env.DB, submission);
    // The results are this student's: no cache may keep or share them.
    c.header("Cache-Control", "no-store");
    return renderPage(
      c,
      <QuizPage quiz={view} marked={{ answers, sheet, ...(student ? { student } : {}) }} />,
    );
  });

/**
 * The answer form a student posted, checked against the quiz; or the French error page to
 * answer with (400 unreadable or not this quiz's form, 415 not a form).
 *
 * @example
 * const read = await readPostedSheet(c, view, "/quizzes/belgique-maroc-dsiti-2016");
 * if (read instanceof Response) return read;
 */
export async function readPostedSheet(
  c: Context,
  view: StudentQuiz,
  back: string,
): Promise<AnswerForm | Response> {
  const mediaType = c.req.header("Content-Type")?.split(";")[0]?.trim().toLowerCase() ?? "";
  let body: FormBody | undefined;
  if (FORM_MEDIA_TYPES.has(mediaType)) {
    // A truncated or hand-made multipart body makes the parser throw: that is the sender's fault.
    body = await c.req.parseBody({ all: true }).catch(() => undefined);
  }
  if (!body) {
    return renderPage(
      c,
      <ErrorPage title="Formulaire illisible">
        <p>
          Les réponses doivent être envoyées par le formulaire de la page du quiz. Revenez au{" "}
          <a href={back}>quiz</a> et validez à nouveau.
        </p>
      </ErrorPage>,
      FORM_MEDIA_TYPES.has(mediaType) ? 400 : 415,
    );
  }
  const read = readAnswerForm(view, body);
  if (!read.success) {
    return renderPage(
      c,
      <ErrorPage title="Réponses refusées">
        <p>
          Le formulaire envoyé ne correspond pas à ce quiz, les réponses n'ont donc pas été
          corrigées :
        </p>
        <ul class="form-errors">
          {read.errors.map((error) => (
            <li>{error.message}</li>
          ))}
        </ul>
        <p>
          Revenez au <a href={back}>quiz</a> et répondez avec le formulaire de la page.
        </p>
      </ErrorPage>,
      400,
    );
  }
  return read.form;
}

pages.onError(onPageError);
