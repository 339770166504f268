/**
 * @module
 * The results of a marked sheet: the score, then per question right or wrong, the answer given,
 * the right spelling when it was accepted despite typos, the expected one when wrong, and a link
 * to the evidence in the article. Rendered by the server after a form post, and by the quiz
 * page's script (src/client/quiz-page.tsx, hono/jsx/dom) from the JSON API's answer.
 */
import type { MarkedSheet, QuestionResult } from "../core/marking/mark-sheet";
import type { StudentQuestion, StudentQuiz } from "../core/quiz/to-student-view";
import { scoreComment } from "./score-comment";

export interface ResultsViewProps {
  /** The quiz's id and questions (the script reads them from the page's form). */
  quiz: Pick<StudentQuiz, "id" | "questions">;
  sheet: ShownSheet;
  /** Where "Recommencer" leads; `null`: no such button (an assignment takes one sheet). */
  restart?: string | null;
  /** Show no expected answer and no evidence (an `after-close` assignment still open). */
  withholdKey?: boolean;
}

/**
 * A marked sheet as the results show it: the API leaves out the expected answers and the
 * evidence while the key is withheld, and the view does not need them then.
 */
export interface ShownSheet extends Omit<MarkedSheet, "results"> {
  results: ShownResult[];
}

/** A question's result, its expected answer and evidence left out while the key is withheld. */
export type ShownResult = Omit<QuestionResult, "expected" | "evidence"> &
  Partial<Pick<QuestionResult, "expected" | "evidence">>;

/** What replaces the corrections while an `after-close` assignment is open. */
export const WITHHELD_NOTE =
  "Votre copie est enregistrée. Les réponses attendues seront visibles quand votre enseignant fermera le devoir.";

/**
 * The results panel, to put inside the page's `aria-live` results region.
 *
 * @example
 * <ResultsView quiz={toStudentView(quiz)} sheet={markSheet(quiz, answers)} />
 * // <section class="results-panel">… <p class="score">7 / 10</p> … <ol class="result-list">…
 */
export function ResultsView({
  quiz,
  sheet,
  restart = `/quizzes/${encodeURIComponent(quiz.id)}`,
  withholdKey = false,
}: ResultsViewProps) {
  const questions = new Map(
    quiz.questions.map((question, index) => [question.id, { question, number: index + 1 }]),
  );
  return (
    <section class="results-panel" aria-labelledby="results-title">
      <h2 id="results-title">Résultats</h2>
      <p class="score">{`${sheet.score} / ${sheet.maxScore}`}</p>
      <p class="score-comment">
        {withholdKey ? WITHHELD_NOTE : scoreComment(sheet.score, sheet.maxScore)}
      </p>
      <ol class="result-list">
        {sheet.results.map((result) => {
          const entry = questions.get(result.questionId);
          return entry ? (
            <ResultItem
              result={result}
              question={entry.question}
              number={entry.number}
              withholdKey={withholdKey}
            />
          ) : null;
        })}
      </ol>
      {restart ? (
        <p class="results-actions">
          <a class="button" href={restart}>
            Recommencer
          </a>
        </p>
      ) : null}
    </section>
  );
}

function ResultItem({
  result,
  question,
  number,
  withholdKey,
}: {
  result: ShownResult;
  question: StudentQuestion;
  number: number;
  withholdKey: boolean;
}) {
  const given = describeGiven(question, result.given);
  return (
    <li
      class={`result ${result.correct ? "result-right" : "result-wrong"}`}
      id={`result-${question.id}`}
    >
      <h3 class="result-heading">
        {`Question ${number} : `}
        <span class="verdict">
          <span aria-hidden="true">{result.correct ? "✓" : "✗"}</span>
          {result.correct ? " Juste" : " Faux"}
        </span>
      </h3>
      <p class="result-prompt">{question.prompt}</p>
      <p class="result-given">
        {"Votre réponse : "}
        {given === undefined ? (
          <span class="answer-text answer-none">sans réponse</span>
        ) : (
          <span class="answer-text">{given}</span>
        )}
      </p>
      {result.correct && result.spelling !== undefined && !withholdKey ? (
        <p class="result-spelling">
          {"Accepté — orthographe : "}
          <span class="answer-text">{result.spelling}</span>
        </p>
      ) : null}
      {result.correct || withholdKey ? null : (
        <p class="result-expected">
          {"Réponse attendue : "}
          <span class="answer-text">{result.expected}</span>
        </p>
      )}
      {withholdKey ? null : (
        <p class="result-evidence">
          <a href={`#evidence-${question.id}`}>
            Voir dans l'article
            <span class="visually-hidden">{` (question ${number})`}</span>
          </a>
        </p>
      )}
    </li>
  );
}

/**
 * The given answer as the student saw it: the option's text, Vrai / Faux, or the text typed;
 * `undefined` when unanswered.
 *
 * @example
 * describeGiven({ id: "q9", type: "true_false", prompt: "…" }, false); // "Faux"
 */
export function describeGiven(
  question: StudentQuestion,
  given: string | boolean | null,
): string | undefined {
  if (given === null || (typeof given === "string" && given.trim() === "")) return undefined;
  if (question.type === "true_false") {
    const truth = typeof given === "boolean" ? given : given.trim().toLowerCase();
    if (truth === true || truth === "true" || truth === "vrai") return "Vrai";
    if (truth === false || truth === "false" || truth === "faux") return "Faux";
    return String(given);
  }
  if (question.type === "single_choice") {
    const option = question.options?.find((candidate) => candidate.id === String(given).trim());
    return option?.text ?? String(given);
  }
  return String(given);
}
