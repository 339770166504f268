/**
 * @module
 * The list of quizzes, a page at a time, each linking to its page.
 */
import type { QuizSummary } from "../storage/quiz-store";
import { Layout } from "../views/layout";

export interface QuizListPageProps {
  quizzes: readonly QuizSummary[];
  /** The address of the next page; absent on the last one. */
  nextHref?: string;
  /** Whether this page is not the first, which then offers a way back to it. */
  later?: boolean;
}

/**
 * A page of quizzes by title, with their number of questions, and links to the next page and
 * back to the first.
 *
 * @example
 * renderPage(c, <QuizListPage quizzes={page.quizzes} nextHref="/quizzes?cursor=…" />);
 */
export function QuizListPage({ quizzes, nextHref, later = false }: QuizListPageProps) {
  return (
    <Layout title="Tous les quiz">
      <h1>Tous les quiz</h1>
      {quizzes.length === 0 ? (
        <p>{later ? "Il n'y a pas d'autre quiz." : "Aucun quiz pour l'instant."}</p>
      ) : (
        <ul class="quiz-list">
          {quizzes.map((quiz) => (
            <li>
              <a href={`/quizzes/${encodeURIComponent(quiz.id)}`}>{quiz.title}</a>
              <span class="quiz-list-count">
                {` · ${quiz.questionCount} ${quiz.questionCount > 1 ? "questions" : "question"}`}
              </span>
            </li>
          ))}
        </ul>
      )}
      {nextHref || later ? (
        <nav class="pager" aria-label="Pages de la liste">
          {later ? <a href="/quizzes">Début de la liste</a> : null}
          {nextHref ? (
            <a href={nextHref} rel="next">
              Quiz suivants
            </a>
          ) : null}
        </nav>
      ) : null}
    </Layout>
  );
}
