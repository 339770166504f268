/**
 * @module
 * The teacher's screens rendered on the server, each on its own address, opened by the session
 * cookie and working without JavaScript: `/teacher/quizzes` (the list: title, date, sheets,
 * shipped or created, a search) and `/teacher/quizzes/:id` (a quiz's class results: the sheets
 * with their score out of the maximum and out of 20 and their time in Paris, the score
 * distribution, each question's right rate and most common wrong answers, the exports).
 */
import type { Child } from "hono/jsx";
import { describeAnswer } from "../core/export/describe-answer";
import { QUIZ_EXPORT_FORMATS } from "../core/export/export-quiz";
import { formatSheetTime, sortByName } from "../core/export/to-class-sheet";
import type { ResultSheet } from "../core/marking/result-sheet";
import type { Quiz } from "../core/quiz/quiz";
import type { QuizListFacts } from "../storage/quiz-list-facts";
import type { QuizSummary } from "../storage/quiz-store";
import type { QuizResults } from "../storage/results-store";
import { Layout } from "../views/layout";
import { EXPORT_LABELS } from "./teacher-page";

const DECIMAL = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 });
const PERCENT = new Intl.NumberFormat("fr-FR", { style: "percent", maximumFractionDigits: 0 });

/** A score out of 20, as French schools write marks: `13,5`. */
export function outOfTwenty(score: number, maxScore: number): string {
  return maxScore === 0 ? "—" : DECIMAL.format((score * 20) / maxScore);
}

function TeacherFrame({
  title,
  trail,
  children,
}: {
  title: string;
  trail: Child;
  children?: Child;
}) {
  return (
    <Layout title={title} wide styles={["/tools.css"]}>
      <nav class="trail" aria-label="Fil d'Ariane">
        <a href="/teacher">Espace enseignant</a>
        {" › "}
        {trail}
      </nav>
      {children}
    </Layout>
  );
}

export interface TeacherQuizListProps {
  quizzes: readonly QuizSummary[];
  facts: ReadonlyMap<string, QuizListFacts>;
  shippedIds: ReadonlySet<string>;
  search: string;
  nextHref?: string;
}

/**
 * The list of every quiz, drafts included, with a search by title.
 *
 * @example
 * renderPage(c, <TeacherQuizList quizzes={page.quizzes} facts={facts} shippedIds={…} search="" />);
 */
export function TeacherQuizList({
  quizzes,
  facts,
  shippedIds,
  search,
  nextHref,
}: TeacherQuizListProps) {
  return (
    <TeacherFrame title="Les quiz" trail={<span aria-current="page">Les quiz</span>}>
      <h1>Les quiz</h1>
      <search>
        <form class="teacher-form" method="get" action="/teacher/quizzes">
          <div class="field">
            <label for="list-search">Chercher un quiz par son titre</label>
            <p class="hint" id="list-search-hint">
              Les quiz dont le titre contient tous ces mots, avec ou sans majuscules ni accents.
            </p>
            <div class="copy-row">
              <input
                type="search"
                id="list-search"
                name="q"
                value={search}
                maxlength={200}
                aria-describedby="list-search-hint"
              />
              <button type="submit" class="button button-secondary">
                Chercher
              </button>
            </div>
          </div>
        </form>
      </search>
      {quizzes.length === 0 ? (
        <p>{search ? `Aucun quiz ne correspond à « ${search} ».` : "Aucun quiz pour l'instant."}</p>
      ) : (
        <div class="table-scroll">
          <table class="rates quiz-table">
            <caption>
              {search ? `Quiz dont le titre contient « ${search} »` : "Tous les quiz"}
            </caption>
            <thead>
              <tr>
                <th scope="col">Titre</th>
                <th scope="col">Créé le</th>
                <th scope="col">Copies</th>
                <th scope="col">Origine</th>
              </tr>
            </thead>
            <tbody>
              {quizzes.map((quiz) => {
                const fact = facts.get(quiz.id);
                const shipped = shippedIds.has(quiz.id);
                return (
                  <tr data-quiz-id={quiz.id}>
                    <th scope="row">
                      <a href={`/teacher/quizzes/${encodeURIComponent(quiz.id)}`}>{quiz.title}</a>
                      {quiz.published ? null : <span class="hint"> (brouillon)</span>}
                    </th>
                    <td>
                      {fact?.createdAt ? (
                        <time datetime={fact.createdAt}>{formatSheetTime(fact.createdAt)}</time>
                      ) : (
                        "—"
                      )}
                    </td>
                    <td class="rate">{String(fact?.sheets ?? 0)}</td>
                    <td>{shipped ? "fourni avec Ardoise" : "créé"}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {nextHref ? (
        <p>
          <a href={nextHref}>Quiz suivants</a>
        </p>
      ) : null}
    </TeacherFrame>
  );
}

export interface TeacherResultsProps {
  quiz: Quiz;
  results: QuizResults;
  sheets: readonly ResultSheet[];
}

/**
 * A quiz's class results and exports.
 *
 * @example
 * renderPage(c, <TeacherResults quiz={quiz} results={results} sheets={sheets} />);
 */
export function TeacherResults({ quiz, results, sheets }: TeacherResultsProps) {
  const max = quiz.questions.length;
  const stats = new Map(results.questions.map((entry) => [entry.questionId, entry]));
  const id = encodeURIComponent(quiz.id);
  const mark = (score: number | null) =>
    score === null ? "—" : `${DECIMAL.format(score)} / ${max} (${outOfTwenty(score, max)} / 20)`;
  return (
    <TeacherFrame
      title={`Résultats · ${quiz.title}`}
      trail={
        <>
          <a href="/teacher/quizzes">Les quiz</a>
          {" › "}
          <span aria-current="page">Résultats</span>
        </>
      }
    >
      <p class="kicker">Résultats de la classe</p>
      <h1>{quiz.title}</h1>
      <p>
        <a href={`/quizzes/${id}`}>Page des élèves</a>
      </p>
      <dl class="stats">
        <div>
          <dt>Copies rendues</dt>
          <dd id="results-submissions">{String(results.submissions)}</dd>
        </div>
        <div>
          <dt>Moyenne</dt>
          <dd>{mark(results.meanScore)}</dd>
        </div>
        <div>
          <dt>Médiane</dt>
          <dd>{mark(results.medianScore)}</dd>
        </div>
      </dl>

      <h2 id="sheets-title">Les copies</h2>
      {sheets.length === 0 ? (
        <p>Aucune copie rendue pour l'instant.</p>
      ) : (
        <section class="table-scroll" tabindex={0} aria-labelledby="sheets-title">
          <table id="class-table" class="rates">
            <caption>Copies par élève, dans l'ordre alphabétique (heure de Paris)</caption>
            <thead>
              <tr>
                <th scope="col">Élève</th>
                <th scope="col">Note</th>
                <th scope="col">Sur 20</th>
                <th scope="col">Rendue le</th>
              </tr>
            </thead>
            <tbody>
              {sortByName(sheets).map((sheet) => (
                <tr>
                  <th scope="row">{sheet.student ?? <span class="hint">(sans nom)</span>}</th>
                  <td class="rate">{`${sheet.score} / ${sheet.maxScore}`}</td>
                  <td class="rate">{outOfTwenty(sheet.score, sheet.maxScore)}</td>
                  <td>
                    <time datetime={sheet.createdAt}>{formatSheetTime(sheet.createdAt)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      <h2 id="distribution-title">Répartition des notes</h2>
      <div class="table-scroll">
        <table id="distribution" class="rates">
          <caption>Nombre de copies par note</caption>
          <thead>
            <tr>
              <th scope="col">Note</th>
              <th scope="col">Copies</th>
              <th scope="col">
                <span class="visually-hidden">Part des copies</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {results.distribution.map(({ score, count }) => (
              <tr>
                <th scope="row">{`${score} / ${max}`}</th>
                <td class="rate">{String(count)}</td>
                <td>
                  <meter
                    min={0}
                    max={Math.max(results.submissions, 1)}
                    value={count}
                    aria-label={`${score} / ${max} : ${count} copie${count > 1 ? "s" : ""}`}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>Les questions</h2>
      <div class="table-scroll">
        <table id="question-rates" class="rates">
          <caption>
            Bonnes réponses par question, et les réponses fausses les plus fréquentes
          </caption>
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col">Énoncé</th>
              <th scope="col">Bonnes réponses</th>
              <th scope="col">Réponses fausses fréquentes</th>
            </tr>
          </thead>
          <tbody>
            {quiz.questions.map((question, index) => {
              const entry = stats.get(question.id);
              const wrong = entry?.commonWrong ?? [];
              return (
                <tr data-question-id={question.id}>
                  <th scope="row">{`Q${index + 1}`}</th>
                  <td>{question.prompt}</td>
                  <td class="rate">
                    {entry?.correctRate == null ? "—" : PERCENT.format(entry.correctRate)}
                  </td>
                  <td>
                    {wrong.length === 0 ? (
                      "—"
                    ) : (
                      <ul class="wrong-answers">
                        {wrong.map(({ answer, count }) => (
                          <li>
                            <span class="answer-text">{describeAnswer(question, answer)}</span>
                            {` (${count})`}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <h2 id="exports-title">Exporter</h2>
      <ul class="export-links" aria-labelledby="exports-title">
        {QUIZ_EXPORT_FORMATS.map(({ name }) => (
          <li>
            <a href={`/api/quizzes/${id}/export?format=${name}`} download>
              {EXPORT_LABELS[name]}
            </a>
          </li>
        ))}
        <li>
          <a href={`/api/quizzes/${id}/export?format=results-csv`} download>
            Résultats en CSV (Excel, LibreOffice ; une ligne par élève)
          </a>
        </li>
      </ul>
      <p>
        Pour relire, modifier ou supprimer le quiz, ou le donner à une classe, ouvrez-le dans l'
        <a href="/teacher">espace enseignant</a>.
      </p>
    </TeacherFrame>
  );
}
