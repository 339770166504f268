/**
 * @module
 * The student page: the article, then the questions in one form, then the results region,
 * filled on the server after a form post, or by src/client/quiz-page.tsx (with the same views)
 * after a JSON submission.
 */
import type { Child } from "hono/jsx";
import { joinPath, MAX_ASSIGNMENT_NAME_LENGTH } from "../core/assignment/assignment";
import type { AnswerSheet, MarkedSheet } from "../core/marking/mark-sheet";
import { MAX_STUDENT_LENGTH } from "../core/marking/sheet-limits";
import type { StudentQuiz } from "../core/quiz/to-student-view";
import { ArticleView } from "../views/article-view";
import { toHighlights } from "../views/highlight-evidence";
import { Layout } from "../views/layout";
import { QuestionFieldset } from "../views/question-fieldset";
import { ResultsView } from "../views/results-view";
import { HAND_IN_ANYWAY, HAND_IN_ANYWAY_FIELD, KEY_FIELD, STUDENT_FIELD } from "./answer-form";

/** The assignment a quiz page is for (`/j/<code>`): a name is required, one sheet per name. */
export interface PageAssignment {
  code: string;
  label: string;
  /** While an `after-close` assignment is open: no expected answer and no evidence shown. */
  withholdKey: boolean;
}

export interface QuizPageProps {
  /** Only the student's view: whatever is not in it cannot leak into the page. */
  quiz: StudentQuiz;
  /** After marking: the sheet as handed in and its marks. */
  marked?: { answers: AnswerSheet; student?: string; sheet: MarkedSheet };
  /**
   * A sheet handed in with unanswered questions, not stored: the answers back in the form, the
   * questions missing, and « Rendre quand même » to hand it in as it is.
   */
  pending?: { answers: AnswerSheet; student?: string; missing: { id: string; number: number }[] };
  /** For an assignment's page rather than the quiz's own. */
  assignment?: PageAssignment;
  /** Shown above the quiz (the home page's join code form). */
  lead?: Child;
  /** The form's key; a new one when left out (cached-views.ts renders a slot to fill instead). */
  formKey?: string;
}

/**
 * The quiz page, empty or marked.
 *
 * @example
 * renderPage(c, <QuizPage quiz={toStudentView(quiz)} />);
 * renderPage(c, <QuizPage quiz={view} marked={{ answers, sheet: markSheet(quiz, answers) }} />);
 */
export function QuizPage({ quiz, marked, pending, assignment, lead, formKey }: QuizPageProps) {
  const path = assignment ? joinPath(assignment.code) : `/quizzes/${encodeURIComponent(quiz.id)}`;
  const ownTitle = quiz.title !== quiz.article.title;
  const count = quiz.questions.length;
  const withhold = assignment?.withholdKey === true;
  // The evidence marks show where the answers are: none while the key is withheld.
  const highlights =
    withhold || !marked ? undefined : toHighlights(marked.sheet.results, quiz.questions);
  return (
    <Layout
      title={marked ? `Résultats · ${quiz.title}` : quiz.title}
      scripts={["/quiz.js"]}
      wide
      skipTo={{ href: "#questions-title", label: "Aller aux questions" }}
    >
      {lead}
      <div class="page-intro">
        <p class="kicker">
          {assignment ? `Devoir « ${assignment.label} » · ` : "Quiz de lecture · "}
          {`${count} ${count > 1 ? "questions" : "question"}`}
        </p>
        {ownTitle ? <h1>{quiz.title}</h1> : null}
        <p class="instructions">
          Lisez l'article, puis répondez aux questions. Après validation, vous verrez vos résultats
          et, pour chaque question, la phrase de l'article qui donne la réponse.
        </p>
      </div>
      {/* Side by side on wide screens (the article stays in view), one column on phones. */}
      <div class="quiz-layout">
        <ArticleView
          article={quiz.article}
          headingLevel={ownTitle ? 2 : 1}
          {...(highlights ? { highlights } : {})}
        />
        <div class="quiz-work">
          <form
            id="quiz-form"
            class="quiz-form"
            method="post"
            action={`${path}#results`}
            autocomplete="off"
            aria-labelledby="questions-title"
            data-quiz-id={quiz.id}
            data-state={marked ? "marked" : "open"}
            {...(assignment
              ? {
                  "data-submit-url": `/api/join/${assignment.code}/submissions`,
                  "data-restart": "",
                }
              : {})}
          >
            <h2 id="questions-title" tabindex={-1}>
              Questions
            </h2>
            <p class="hint">
              Une question laissée sans réponse compte comme fausse. Les majuscules, les accents et
              les petites fautes de frappe ne comptent pas.
            </p>
            {/* A new key per page shown: the same form sent twice is stored once (hand-in-page). Kept
            on the marked page too, which is then the same whether the server or the script marked. */}
            <input type="hidden" name={KEY_FIELD} value={formKey ?? crypto.randomUUID()} />
            <div class="student-field">
              <label for={STUDENT_FIELD}>
                Votre nom{" "}
                <span class="optional">{assignment ? "(obligatoire)" : "(facultatif)"}</span>
              </label>
              {assignment ? (
                <p class="hint" id="student-hint">
                  Une seule copie par nom : écrivez votre prénom et votre nom.
                </p>
              ) : null}
              <input
                type="text"
                id={STUDENT_FIELD}
                name={STUDENT_FIELD}
                value={marked?.student ?? pending?.student}
                maxlength={assignment ? MAX_ASSIGNMENT_NAME_LENGTH : MAX_STUDENT_LENGTH}
                autocomplete="name"
                required={Boolean(assignment)}
                aria-describedby={assignment ? "student-hint" : undefined}
                disabled={Boolean(marked)}
              />
            </div>
            {quiz.questions.map((question, index) => (
              <QuestionFieldset
                question={question}
                number={index + 1}
                value={toFieldValue((marked ?? pending)?.answers[question.id])}
                disabled={Boolean(marked)}
                missing={pending?.missing.some((missing) => missing.id === question.id)}
              />
            ))}
            <div class="submit-bar" hidden={Boolean(marked)}>
              <button type="submit" class="button">
                Valider mes réponses
              </button>
              <p class="progress" id="progress" role="status" />
              <div class="submit-error" id="submit-error" role="alert" />
            </div>
          </form>
          <div
            id="results"
            class="results"
            aria-live="polite"
            tabindex={-1}
            autofocus={Boolean(marked ?? pending)}
          >
            {marked ? (
              <ResultsView
                quiz={quiz}
                sheet={marked.sheet}
                {...(assignment ? { restart: null, withholdKey: withhold } : {})}
              />
            ) : pending ? (
              <HandInCheck missing={pending.missing} />
            ) : null}
          </div>
        </div>
      </div>
    </Layout>
  );
}

/**
 * What a sheet sent with unanswered questions gets back in the results region, where the
 * browser lands (nothing stored yet): which questions, each a link to its field, and the choice
 * between answering them and handing in as it is.
 */
function HandInCheck({ missing }: { missing: { id: string; number: number }[] }) {
  const count = missing.length;
  return (
    <section class="hand-in-check" id="hand-in-check" aria-labelledby="hand-in-title">
      <h2 id="hand-in-title">Copie pas encore rendue</h2>
      <p>
        <strong>{count > 1 ? `${count} questions sans réponse` : "1 question sans réponse"}</strong>
        {" : "}
        {missing.map(({ id, number }, index) => (
          <>
            {index === 0 ? "" : index === count - 1 ? " et " : ", "}
            <a href={`#question-${id}`}>{`question ${number}`}</a>
          </>
        ))}
        .
      </p>
      <p>
        Répondez-y puis validez, ou rendez la copie telle quelle : une question sans réponse compte
        comme fausse.
      </p>
      <p>
        {/* Outside the form, tied to it: this notice is where the browser lands (#results). */}
        <button
          type="submit"
          form="quiz-form"
          class="button button-secondary"
          name={HAND_IN_ANYWAY_FIELD}
          value={HAND_IN_ANYWAY}
        >
          Rendre quand même
        </button>
      </p>
    </section>
  );
}

/** A given answer as the value of its form field. */
function toFieldValue(given: string | boolean | undefined): string | undefined {
  return given === undefined ? undefined : String(given);
}
