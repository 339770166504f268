/**
 * @module
 * The students' assignment pages, in French: `/j/<code>` shows the quiz for the class (a name
 * required) and takes its form post without JavaScript, as the quiz page does; `/j?code=…` is
 * where the home page's join form goes. A closed assignment says so and stores nothing.
 */
import type { Context } from "hono";
import { Hono } from "hono/tiny";
import { type Assignment, isClosed, joinPath, showsKey } from "../core/assignment/assignment";
import { JOIN_CODE_LENGTH } from "../core/assignment/join-code";
import { markSheet } from "../core/marking/mark-sheet";
import type { Quiz } from "../core/quiz/quiz";
import { toStudentView } from "../core/quiz/to-student-view";
import { lookUpJoinCode } from "../middleware/join-code-lookup";
import { LIMIT_PERIOD_SECONDS } from "../middleware/teacher-auth-limiter";
import { ErrorPage } from "../views/error-page";
import { renderPage } from "../views/layout";
import { handInPage } from "./hand-in-page";
import { JoinCodeForm } from "./join-code-form";
import { onPageError } from "./page-errors";
import { limitFormBody, sameOriginFormPost } from "./page-guards";
import { QuizPage } from "./quiz-page";

function unknownCode(c: Context, typed: string) {
  return renderPage(
    c,
    <ErrorPage title="Code inconnu">
      <p>
        Aucun devoir n'a le code « {typed.slice(0, 20)} ». Vérifiez-le : {JOIN_CODE_LENGTH}{" "}
        caractères, sans 0 ni O, sans 1, I ni L.
      </p>
      <JoinCodeForm value={typed.slice(0, 20)} />
    </ErrorPage>,
    404,
  );
}

function tooManyCodes(c: Context) {
  c.header("Retry-After", String(LIMIT_PERIOD_SECONDS));
  return renderPage(
    c,
    <ErrorPage title="Trop de codes erronés">
      <p>
        Trop de codes erronés ont été envoyés depuis cette connexion. Attendez une minute, puis
        tapez le code donné par votre enseignant.
      </p>
    </ErrorPage>,
    429,
  );
}

/** The page of a closed assignment: it says so, and with `after-close`, gives the corrections. */
function ClosedPage({ assignment, quiz }: { assignment: Assignment; quiz: Quiz }) {
  // Marking an empty sheet gives every question's expected answer and evidence.
  const key = markSheet(quiz, {}).results;
  const prompts = new Map(quiz.questions.map((question) => [question.id, question.prompt]));
  return (
    <ErrorPage title="Devoir fermé">
      <p>
        Le devoir « {assignment.label} » ({quiz.title}) est fermé : il ne prend plus de copies. Si
        vous n'avez pas rendu la vôtre, parlez-en à votre enseignant.
      </p>
      {assignment.feedback === "after-close" ? (
        <section aria-labelledby="corrections-title">
          <h2 id="corrections-title">Corrigé</h2>
          <ol class="corrections">
            {key.map((result) => (
              <li>
                <p class="result-prompt">{prompts.get(result.questionId)}</p>
                <p class="result-expected">
                  {"Réponse attendue : "}
                  <span class="answer-text">{result.expected}</span>
                </p>
                <p class="hint">
                  {"Dans l'article : « "}
                  {result.evidence.text}
                  {" »"}
                </p>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </ErrorPage>
  );
}

function closedPage(c: Context, assignment: Assignment, quiz: Quiz, status: 200 | 409) {
  return renderPage(c, <ClosedPage assignment={assignment} quiz={quiz} />, status);
}

function pageAssignment(code: string, assignment: Assignment) {
  return { code, label: assignment.label, withholdKey: !showsKey(assignment) };
}

/**
 * The assignment pages, to mount at the root.
 *
 * @example
 * app.route("/", joinPages);
 */
export const joinPages = new Hono<{ Bindings: Env }>()
  .get("/j", (c) => {
    const typed = c.req.query("code")?.trim() ?? "";
    if (typed === "") return c.redirect("/");
    return c.redirect(`/j/${encodeURIComponent(typed)}`);
  })
  .get("/j/:code", async (c) => {
    const typed = c.req.param("code");
    const found = await lookUpJoinCode(c, typed);
    if (found.kind === "refused") return tooManyCodes(c);
    if (found.kind === "unknown") return unknownCode(c, typed);
    const { code, assignment, quiz } = found;
    // One address per assignment: `k7q x2m` and `K7QX2M` are the same page.
    if (typed !== code) return c.redirect(joinPath(code), 301);
    if (isClosed(assignment)) return closedPage(c, assignment, quiz, 200);
    return renderPage(
      c,
      <QuizPage quiz={toStudentView(quiz)} assignment={pageAssignment(code, assignment)} />,
    );
  })
  .post("/j/:code", sameOriginFormPost, limitFormBody, async (c) => {
    const typed = c.req.param("code");
    const found = await lookUpJoinCode(c, typed);
    if (found.kind === "refused") return tooManyCodes(c);
    if (found.kind === "unknown") return unknownCode(c, typed);
    const { code, assignment, quiz } = found;
    if (isClosed(assignment)) return closedPage(c, assignment, quiz, 409);
    const view = toStudentView(quiz);
    return handInPage(c, {
      quiz,
      view,
      assignment,
      back: joinPath(code),
      page: (state) => (
        <QuizPage quiz={view} assignment={pageAssignment(code, assignment)} {...state} />
      ),
    });
  });

joinPages.onError(onPageError);
