/**
 * @module
 * The request guards of the student pages, answering in French HTML: the form post must come
 * from this site (CSRF) and stay under the size limit, and a quiz id no quiz can have is a 404
 * without a database lookup.
 */
import type { Context } from "hono";
import { formatKiB, limitBody, SUBMISSION_BODY_LIMIT } from "../middleware/body-limits";
import { guardQuizId, MAX_QUIZ_ID_LENGTH, shortenId } from "../middleware/quiz-id-guard";
import { sameOriginForm } from "../middleware/same-origin-form";
import { withQuiz } from "../middleware/with-quiz";
import { ErrorPage } from "../views/error-page";
import { renderPage } from "../views/layout";

/** The quiz's page, to go back to; `/quizzes` when the id is not usable. */
function backTo(c: Context): string {
  const id = c.req.param("id");
  return id ? `/quizzes/${encodeURIComponent(id)}` : "/quizzes";
}

/**
 * 403 for a quiz form posted from another site.
 *
 * @example
 * pages.post("/quizzes/:id", sameOriginFormPost, limitFormBody, withPageQuiz, …);
 */
export const sameOriginFormPost = sameOriginForm((c) =>
  renderPage(
    c,
    <ErrorPage title="Envoi refusé">
      <p>
        Ces réponses ont été envoyées depuis un autre site que celui du quiz ; elles n'ont pas été
        enregistrées. Ouvrez le <a href={backTo(c)}>quiz</a> sur ce site et répondez-y directement.
      </p>
    </ErrorPage>,
    403,
  ),
);

/**
 * 413 for a form post over the submission limit (64 KiB, as the JSON API).
 *
 * @example
 * pages.post("/quizzes/:id", sameOriginFormPost, limitFormBody, withPageQuiz, …);
 */
export const limitFormBody = limitBody(SUBMISSION_BODY_LIMIT, (c) =>
  renderPage(
    c,
    <ErrorPage title="Formulaire trop volumineux">
      <p>
        Le formulaire envoyé dépasse {formatKiB(SUBMISSION_BODY_LIMIT).replace("KiB", "Kio")} : il
        ne peut pas venir de la page du quiz. Revenez au <a href={backTo(c)}>quiz</a> et validez à
        nouveau.
      </p>
    </ErrorPage>,
    413,
  ),
);

/** The French 404 of a quiz address that leads to no quiz. */
function quizPageNotFound(c: Context, id: string) {
  return renderPage(
    c,
    <ErrorPage title="Quiz introuvable">
      <p>
        Il n'y a pas de quiz « {id} ». Vérifiez l'adresse donnée par votre enseignant, ou choisissez
        un quiz dans la liste.
      </p>
    </ErrorPage>,
    404,
  );
}

/**
 * Finds the quiz named by `:id` (`c.var.quiz`), or shows a French 404 page.
 *
 * @example
 * pages.get("/quizzes/:id", withPageQuiz, (c) => …);
 */
export const withPageQuiz = withQuiz(quizPageNotFound);

/**
 * 404 at once for an id longer than any quiz's, on `/quizzes/:id`.
 *
 * @example
 * app.use("/quizzes/:id", guardPageQuizId);
 */
export const guardPageQuizId = guardQuizId((c, id) =>
  renderPage(
    c,
    <ErrorPage title="Quiz introuvable">
      <p>
        Il n'y a pas de quiz « {shortenId(id)} » : les adresses de quiz ont au plus{" "}
        {MAX_QUIZ_ID_LENGTH} caractères après /quizzes/. Vérifiez l'adresse donnée par votre
        enseignant, ou choisissez un quiz dans la liste.
      </p>
    </ErrorPage>,
    404,
  ),
);
