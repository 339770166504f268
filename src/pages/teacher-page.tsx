/**
 * @module
 * The teacher page (`/teacher`), in French: the sign-in form (the « code enseignant », posted
 * to /teacher/session, which sets the session cookie), or, signed in, the shell that
 * its script (src/client/teacher) brings to life. The server sends no token, no answer key and no result:
 * everything private comes from the API, which the session cookie opens.
 */

import { QUIZ_EXPORT_FORMATS, type QuizExportFormat } from "../core/export/export-quiz";
import {
  DEFAULT_QUESTION_COUNT,
  MAX_QUESTION_COUNT,
  MAX_TITLE_LENGTH,
  MIN_QUESTION_COUNT,
} from "../core/quiz/quiz-limits";
import { Layout } from "../views/layout";

/** The export buttons, in the API's order of formats, then the per-student results. */
export const EXPORT_LABELS = {
  gift: "GIFT (Moodle)",
  "moodle-xml": "Moodle XML",
  qti: "QTI 3.0 (paquet zip)",
  csv: "Questions en CSV (Excel, LibreOffice)",
  json: "Corrigé en JSON",
} satisfies Record<QuizExportFormat, string>;

const EXPORTS = [
  ...QUIZ_EXPORT_FORMATS.map(({ name }) => ({ format: name, label: EXPORT_LABELS[name] })),
  { format: "results-csv", label: "Résultats en CSV (Excel, LibreOffice ; une ligne par élève)" },
];

/** The name of the sign-in form's field for the code (the server's TEACHER_TOKEN). */
export const TEACHER_CODE_FIELD = "code";

export interface TeacherPageProps {
  /** Quizzes that ship with Ardoise: the page offers no way to delete them. */
  shippedIds: readonly string[];
  /** Whether the browser holds a valid session cookie: the workspace, or the sign-in form. */
  signedIn?: boolean;
  /** Why the last sign-in was refused. */
  loginError?: string;
  /** Said once in the status line when the page opens (« Vous êtes déconnecté·e. »). */
  notice?: string;
}

/**
 * The page: sign-in form, quiz creation, the list of quizzes, and one quiz's results and
 * exports. The sections that need the token start hidden; the script shows them.
 *
 * @example
 * renderPage(c, <TeacherPage shippedIds={shippedQuizzes.map((quiz) => quiz.id)} />);
 */
export function TeacherPage({
  shippedIds,
  signedIn = false,
  loginError,
  notice,
}: TeacherPageProps) {
  return (
    <Layout title="Espace enseignant" styles={["/tools.css"]} scripts={["/teacher.js"]}>
      <h1>Espace enseignant</h1>
      <p class="instructions">
        Créez des quiz à partir de vos articles, suivez les résultats de la classe et exportez les
        quiz vers Moodle ou un autre outil.
      </p>
      <noscript>
        <p class="notice">
          Cette page a besoin de JavaScript : elle appelle l'API avec votre jeton. Sans JavaScript,
          utilisez l'API directement (voir la <a href="/docs">documentation</a>).
        </p>
      </noscript>
      <p id="status" class="status" role="status" aria-live="polite">
        {notice}
      </p>
      <div
        id="teacher"
        data-shipped-ids={JSON.stringify(shippedIds)}
        data-signed-in={signedIn ? "true" : "false"}
      >
        {signedIn ? null : <LoginSection {...(loginError ? { error: loginError } : {})} />}
        <div id="workspace" hidden={!signedIn}>
          <form class="session-bar" method="post" action="/teacher/logout">
            <p>Vous êtes connecté·e en tant qu'enseignant·e.</p>
            <button type="submit" id="logout" class="button button-secondary">
              Se déconnecter
            </button>
          </form>
          <CreateSection arrived={notice === "Vous êtes connecté·e."} />
          <section class="panel" aria-labelledby="list-title">
            <h2 id="list-title" tabindex={-1}>
              Les quiz
            </h2>
            <p>
              <a href="/teacher/quizzes">Tous les quiz, avec leurs copies et leurs résultats</a>,
              chacun sur sa page.
            </p>
            <search>
              <form id="search-form" class="teacher-form" novalidate>
                <div class="field">
                  <label for="search">Chercher un quiz par son titre</label>
                  <p class="hint" id="search-hint">
                    Les quiz dont le titre contient tous ces mots, avec ou sans majuscules ni
                    accents.
                  </p>
                  <div class="copy-row">
                    <input
                      type="search"
                      id="search"
                      name="q"
                      maxlength={200}
                      aria-describedby="search-hint"
                    />
                    <button type="submit" class="button button-secondary">
                      Chercher
                    </button>
                  </div>
                </div>
              </form>
            </search>
            <p id="list-empty" hidden />
            <ul id="quiz-list" class="teacher-quiz-list" />
            {/* Hidden as a whole: a .button's display would show it despite `hidden`. */}
            <p id="more-box" hidden>
              <button type="button" id="more-quizzes" class="button button-secondary">
                Plus de quiz
              </button>
            </p>
          </section>
          <DetailSection />
          <AssignSection />
          <section class="panel" aria-labelledby="assignments-title">
            <h2 id="assignments-title" tabindex={-1}>
              Les devoirs
            </h2>
            <p id="assignments-empty" hidden>
              Aucun devoir pour l'instant : donnez un quiz à une classe ci-dessus.
            </p>
            <ul id="assignment-list" class="teacher-quiz-list" />
          </section>
          <AssignmentSection />
        </div>
      </div>
    </Layout>
  );
}

function LoginSection({ error }: { error?: string }) {
  return (
    <section id="login" class="panel" aria-labelledby="login-title">
      <h2 id="login-title">Connexion</h2>
      {/* Posted to this site only; the answer is a session cookie, never the code in the page. */}
      <form id="login-form" class="teacher-form" method="post" action="/teacher/session">
        <div class="field">
          <label for="token">Code enseignant</label>
          <p class="hint" id="token-hint">
            Le code que l'administrateur d'Ardoise vous a donné. Une fois connecté·e, vous le restez
            12 heures sur ce navigateur, dans tous ses onglets, ou jusqu'à « Se déconnecter ».
          </p>
          <input
            type="password"
            id="token"
            name={TEACHER_CODE_FIELD}
            autocomplete="current-password"
            spellcheck={false}
            required
            aria-describedby={error ? "token-hint login-error" : "token-hint"}
            aria-invalid={error ? "true" : undefined}
            autofocus={Boolean(error)}
          />
        </div>
        <div id="login-error" class="form-error" role="alert">
          {error ? (
            <div class="form-error-panel">
              <p>{error}</p>
            </div>
          ) : null}
        </div>
        <button type="submit" class="button">
          Se connecter
        </button>
      </form>
    </section>
  );
}

/** `arrived`: just signed in, so the focus starts here. */
function CreateSection({ arrived }: { arrived: boolean }) {
  return (
    <section class="panel" aria-labelledby="create-title">
      <h2 id="create-title" tabindex={-1} autofocus={arrived}>
        Créer un quiz
      </h2>
      <form id="create-form" class="teacher-form" novalidate>
        <div class="field">
          <label for="article">Texte de l'article</label>
          <p class="hint" id="article-hint">
            Collez l'article entier, en français : le titre sur la première ligne, une ligne vide
            entre les paragraphes (de 200 à 50 000 caractères).
          </p>
          <textarea id="article" name="text" rows={12} aria-describedby="article-hint" />
        </div>
        <div class="field">
          <label for="quiz-title">
            Titre <span class="optional">(facultatif)</span>
          </label>
          <p class="hint" id="quiz-title-hint">
            Sans titre, le quiz prend la première ligne de l'article. Avec un titre, tout le texte
            collé est l'article (une première ligne qui répète le titre est omise).
          </p>
          <input
            type="text"
            id="quiz-title"
            name="title"
            maxlength={MAX_TITLE_LENGTH}
            aria-describedby="quiz-title-hint"
          />
        </div>
        <div class="field">
          <label for="question-count">Nombre de questions</label>
          <p class="hint" id="question-count-hint">
            {`De ${MIN_QUESTION_COUNT} à ${MAX_QUESTION_COUNT}.`}
          </p>
          <input
            type="number"
            id="question-count"
            name="questionCount"
            min={MIN_QUESTION_COUNT}
            max={MAX_QUESTION_COUNT}
            step={1}
            value={String(DEFAULT_QUESTION_COUNT)}
            inputmode="numeric"
            aria-describedby="question-count-hint"
          />
        </div>
        <div class="field">
          <input type="checkbox" id="quiz-public" name="public" />{" "}
          <label for="quiz-public">Publier dans la liste des quiz</label>
          <p class="hint">
            Sans cela, les élèves n'atteignent le quiz que par son lien ou le code d'un devoir.
          </p>
        </div>
        <div id="create-error" class="form-error" role="alert" />
        <button type="submit" class="button">
          Créer le quiz
        </button>
      </form>
      <div id="created" class="created" tabindex={-1} hidden>
        <p id="created-summary" class="created-summary" />
        <div class="field">
          <label for="created-url">Adresse du quiz pour les élèves</label>
          <div class="copy-row">
            <input type="text" id="created-url" readonly />
            <button type="button" id="copy-url" class="button button-secondary">
              Copier le lien
            </button>
          </div>
        </div>
        <p>
          <a id="created-link" href="/quizzes">
            Ouvrir la page des élèves
          </a>
        </p>
        <p>
          <button type="button" id="review-created" class="button">
            Relire les questions
          </button>
        </p>
      </div>
    </section>
  );
}

function DetailSection() {
  return (
    <section id="detail" class="panel" aria-labelledby="detail-title" hidden>
      <h2 id="detail-title" tabindex={-1}>
        Quiz
      </h2>
      <p>
        <a id="detail-link" href="/quizzes">
          Page des élèves
        </a>
      </p>
      <ReviewSection />
      <h3>Résultats de la classe</h3>
      <Stats prefix="stat" />
      <figure class="chart">
        <div id="chart-box" class="chart-box" />
        <figcaption>
          Taux de bonnes réponses par question ; le tableau qui suit donne les mêmes valeurs.
        </figcaption>
      </figure>
      <RatesTable id="rates" commonWrong />
      <p>
        <button type="button" id="refresh" class="button button-secondary">
          Actualiser les résultats
        </button>
      </p>
      <h3 id="export-title">Exporter</h3>
      <ul class="export-list" aria-labelledby="export-title">
        {EXPORTS.map(({ format, label }) => (
          <li>
            <button type="button" class="button button-secondary" data-format={format}>
              {label}
            </button>
          </li>
        ))}
      </ul>
      <div id="visibility-box">
        <h3>Visibilité</h3>
        <p id="visibility-state" />
        <button type="button" id="toggle-public" class="button button-secondary">
          Publier dans la liste
        </button>
      </div>
      <div id="delete-box">
        <h3>Supprimer</h3>
        <p>Le quiz et toutes ses copies seront supprimés définitivement.</p>
        <button type="button" id="delete-quiz" class="button button-danger">
          Supprimer ce quiz
        </button>
      </div>
      <p id="shipped-note" class="hint" hidden>
        Ce quiz est fourni avec Ardoise : il ne peut pas être supprimé.
      </p>
    </section>
  );
}

function AssignSection() {
  return (
    <section class="panel" aria-labelledby="assign-title">
      <h2 id="assign-title" tabindex={-1}>
        Donner un quiz à une classe
      </h2>
      <form id="assign-form" class="teacher-form" novalidate>
        <div class="field">
          <label for="assign-quiz">Quiz</label>
          <select id="assign-quiz" name="quizId" />
        </div>
        <div class="field">
          <label for="assign-label">Classe ou séance</label>
          <p class="hint" id="assign-label-hint">
            Par exemple « 4e B, mardi ». Les élèves le voient.
          </p>
          <input
            type="text"
            id="assign-label"
            name="label"
            maxlength={120}
            aria-describedby="assign-label-hint"
          />
        </div>
        <div class="field">
          <label for="assign-closes">
            Fermeture <span class="optional">(facultatif)</span>
          </label>
          <p class="hint" id="assign-closes-hint">
            Après cette heure, le devoir ne prend plus de copies. Vous pouvez aussi le fermer à la
            main.
          </p>
          <input
            type="datetime-local"
            id="assign-closes"
            name="closesAt"
            aria-describedby="assign-closes-hint"
          />
        </div>
        <fieldset class="field">
          <legend>Correction montrée aux élèves</legend>
          <div>
            <input type="radio" id="feedback-immediate" name="feedback" value="immediate" checked />{" "}
            <label for="feedback-immediate">
              Tout de suite : note, réponses attendues et passages
            </label>
          </div>
          <div>
            <input type="radio" id="feedback-after-close" name="feedback" value="after-close" />{" "}
            <label for="feedback-after-close">
              À la fermeture : la note seulement d'ici là, pour que les réponses ne circulent pas
            </label>
          </div>
        </fieldset>
        <div id="assign-error" class="form-error" role="alert" />
        <button type="submit" class="button">
          Donner le devoir
        </button>
      </form>
    </section>
  );
}

function AssignmentSection() {
  return (
    <section id="assignment" class="panel" aria-labelledby="assignment-title" hidden>
      <h2 id="assignment-title" tabindex={-1}>
        Devoir
      </h2>
      <p id="assignment-quiz" class="hint" />
      <div class="join-box">
        <p>
          Code à donner aux élèves :{" "}
          <strong id="assignment-code" class="join-code">
            ——————
          </strong>
        </p>
        <p>
          ou l'adresse{" "}
          <a id="assignment-link" href="/">
            —
          </a>
        </p>
      </div>
      <p id="assignment-state" />
      <p>
        <button type="button" id="close-assignment" class="button button-secondary">
          Fermer maintenant
        </button>{" "}
        <button type="button" id="reopen-assignment" class="button button-secondary" hidden>
          Rouvrir
        </button>
      </p>
      <h3>
        Résultats de la classe <span id="live-state" class="hint" />
      </h3>
      <Stats prefix="live" />
      <h4>Dernières copies</h4>
      <ul id="live-recent" class="live-recent" aria-live="polite" />
      <RatesTable id="live-rates" />
      <h3 id="sheet-title">Relevé de la classe</h3>
      {/* Wider than the page with many questions: scrollable, so reachable by keyboard. */}
      <section class="table-scroll" tabindex={0} aria-labelledby="sheet-title">
        <table id="class-sheet" class="rates class-sheet" aria-labelledby="sheet-title">
          <thead />
          <tbody />
        </table>
      </section>
      <p>
        <button type="button" class="button button-secondary" data-sheet="csv">
          Relevé pour Excel (CSV)
        </button>{" "}
        <button type="button" class="button button-secondary" data-sheet="xlsx">
          Relevé en classeur Excel (.xlsx)
        </button>
      </p>
      <div>
        <h3>Supprimer</h3>
        <p>Le devoir et toutes ses copies seront supprimés définitivement.</p>
        <button type="button" id="delete-assignment" class="button button-danger">
          Supprimer ce devoir
        </button>
      </div>
    </section>
  );
}

/** Copies, mean and median: `#<prefix>-submissions`, `-mean`, `-median`, filled by the script. */
function Stats({ prefix }: { prefix: string }) {
  return (
    <dl class="stats">
      <div>
        <dt>Copies rendues</dt>
        <dd id={`${prefix}-submissions`}>—</dd>
      </div>
      <div>
        <dt>Moyenne</dt>
        <dd id={`${prefix}-mean`}>—</dd>
      </div>
      <div>
        <dt>Médiane</dt>
        <dd id={`${prefix}-median`}>—</dd>
      </div>
    </dl>
  );
}

/**
 * The right-answer rate of each question, one row each, filled by the script; with
 * `commonWrong`, the commonest wrong answers too (with "accept this answer" buttons).
 */
function RatesTable({ id, commonWrong = false }: { id: string; commonWrong?: boolean }) {
  return (
    <div class="table-scroll">
      <table id={id} class="rates">
        <caption>Bonnes réponses par question</caption>
        <thead>
          <tr>
            <th scope="col">Question</th>
            <th scope="col">Énoncé</th>
            <th scope="col">Bonnes réponses</th>
            {commonWrong ? <th scope="col">Réponses fausses fréquentes</th> : null}
          </tr>
        </thead>
        <tbody />
      </table>
    </div>
  );
}

/**
 * The review screen: the quiz's state (draft or published) and how to publish it, the article
 * beside the questions, each with its tools (src/client/teacher/review.ts fills them in), a form to add a
 * question, and the revision history.
 */
function ReviewSection() {
  return (
    <section id="review" class="review" aria-labelledby="review-title">
      <h3 id="review-title" tabindex={-1}>
        Relecture des questions
      </h3>
      <div class="review-state">
        <p id="review-state" />
        <button type="button" id="publish" class="button" hidden>
          Publier le quiz
        </button>
      </div>
      <div id="review-locked" class="notice" hidden>
        <p id="review-locked-text" />
        <button type="button" id="copy-quiz" class="button button-secondary">
          Copier ce quiz pour le modifier
        </button>
      </div>
      <div class="review-layout">
        {/* Focusable: it scrolls on its own on wide screens, and keyboards must scroll it. */}
        <section class="review-article" aria-labelledby="review-article-title" tabindex={0}>
          <h4 id="review-article-title">Article</h4>
          <div id="review-article" />
        </section>
        <section class="review-questions" aria-labelledby="review-questions-title">
          <h4 id="review-questions-title">Questions</h4>
          <ol id="review-list" class="review-list" />
          <div id="add-box">
            <button
              type="button"
              id="add-question"
              class="button button-secondary"
              aria-expanded="false"
              aria-controls="add-editor"
            >
              Ajouter une question
            </button>
            <div id="add-editor" hidden />
          </div>
        </section>
      </div>
      <details id="history" class="history">
        <summary>Historique des modifications</summary>
        <ol id="history-list" class="history-list" />
      </details>
    </section>
  );
}
