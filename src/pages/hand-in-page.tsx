/**
 * @module
 * The pages' door for answer sheets (`POST /quizzes/:id`, `POST /j/:code`, forms posted without
 * JavaScript): reads the form, hands the sheet to src/hand-in.ts, and answers with a French
 * page: the quiz marked, or why nothing was stored. The form's hidden key makes a resent form
 * (a reload of the results, a double click) store the sheet once, as the API's header does.
 */
import type { Context } from "hono";
import type { Child } from "hono/jsx";
import type { Assignment } from "../core/assignment/assignment";
import { MAX_ASSIGNMENT_NAME_LENGTH } from "../core/assignment/assignment";
import type { Quiz } from "../core/quiz/quiz";
import type { StudentQuiz } from "../core/quiz/to-student-view";
import { takeSheet } from "../hand-in";
import { ErrorPage } from "../views/error-page";
import { renderPage } from "../views/layout";
import { type AnswerForm, type FormBody, readAnswerForm, unansweredQuestions } from "./answer-form";
import type { QuizPageProps } from "./quiz-page";

/** What browsers send for `<form method="post">`, with or without `enctype`. */
const FORM_MEDIA_TYPES = new Set(["application/x-www-form-urlencoded", "multipart/form-data"]);

/** Seconds to wait before reloading while the first post of the same form is being stored. */
const RUNNING_RETRY_AFTER_SECONDS = 1;

/** A handed-in sheet as the quiz page shows it. */
type MarkedForm = NonNullable<QuizPageProps["marked"]>;
/** A sheet sent back before storing: unanswered questions not confirmed. */
type PendingForm = NonNullable<QuizPageProps["pending"]>;

/**
 * Reads, checks, marks and stores a posted sheet and answers with `page({ marked })`; or, for a
 * sheet with unanswered questions not sent with « Rendre quand même », `page({ pending })`
 * (422, nothing stored); or the French error page of what went wrong (400 unreadable, not this
 * quiz's form or no name for an assignment, 409 name already handed in, 415 not a form).
 *
 * @example
 * return handInPage(c, { quiz, view, back: "/quizzes/x", page: (state) => <QuizPage {...state} … /> });
 */
export async function handInPage<E extends { Bindings: Env }>(
  c: Context<E>,
  target: {
    quiz: Quiz;
    view: StudentQuiz;
    assignment?: Assignment;
    /** The page to go back to, for the error pages' links. */
    back: string;
    page: (state: { marked: MarkedForm } | { pending: PendingForm }) => Child;
  },
): Promise<Response> {
  const { quiz, assignment, back } = target;
  const read = await readPostedSheet(c, target.view, back);
  if (read instanceof Response) return read;
  const { answers, student, key } = read;
  if (assignment && (student === undefined || student.length > MAX_ASSIGNMENT_NAME_LENGTH)) {
    return renderPage(
      c,
      <ErrorPage title="Nom manquant">
        <p>
          Pour ce devoir, écrivez votre nom (de 1 à {MAX_ASSIGNMENT_NAME_LENGTH} caractères) : votre
          enseignant reçoit une copie par élève. Revenez au <a href={back}>devoir</a> et validez à
          nouveau.
        </p>
      </ErrorPage>,
      400,
    );
  }
  const missing = unansweredQuestions(target.view, answers);
  if (missing.length > 0 && !read.anyway) {
    c.header("Cache-Control", "no-store");
    return renderPage(
      c,
      target.page({ pending: { answers, missing, ...(student ? { student } : {}) } }),
      422,
    );
  }
  const sheet = {
    quiz,
    ...(assignment ? { assignment } : {}),
    answers,
    student,
  };
  let taken = await takeSheet(c.env.DB, { ...sheet, key });
  // The key is the page's, not the sheet's: a student who went back and changed answers hands
  // in another sheet, as the form always allowed.
  if (taken.kind === "key-reused") taken = await takeSheet(c.env.DB, sheet);
  switch (taken.kind) {
    case "stored":
      // The results are this student's: no cache may keep or share them.
      c.header("Cache-Control", "no-store");
      return renderPage(
        c,
        target.page({
          marked: { answers, sheet: taken.sheet, ...(student ? { student } : {}) },
        }),
      );
    case "already-handed-in":
      return renderPage(
        c,
        <ErrorPage title="Copie déjà rendue">
          <p>
            Une copie a déjà été rendue sous le nom « {student} » pour ce devoir. La première est
            gardée ; celle-ci n'a pas été enregistrée.
          </p>
          <p>
            Si ce n'est pas votre copie (deux élèves du même nom), revenez au{" "}
            <a href={back}>devoir</a> et ajoutez l'initiale de votre nom, ou parlez-en à votre
            enseignant.
          </p>
        </ErrorPage>,
        409,
      );
    case "key-in-use":
    case "key-reused":
      c.header("Retry-After", String(RUNNING_RETRY_AFTER_SECONDS));
      return renderPage(
        c,
        <ErrorPage title="Envoi en cours">
          <p>
            Ces réponses sont en train d'être enregistrées. Rechargez cette page dans un instant
            pour voir vos résultats.
          </p>
        </ErrorPage>,
        409,
      );
  }
}

/**
 * The answer form a student posted, checked against the quiz; or the French error page to
 * answer with (400 unreadable or not this quiz's form, 415 not a form).
 *
 * @example
 * const read = await readPostedSheet(c, view, "/quizzes/belgique-maroc-dsiti-2016");
 * if (read instanceof Response) return read;
 */
async function readPostedSheet(
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
