/**
 * @module
 * The list of every quiz, each linking to its page.
 */
import type { QuizSummary } from "../storage/quiz-store";
import { Layout } from "./layout";

/**
 * Every quiz by title, with its number of questions.
 *
 * @example
 * renderPage(c, <QuizListPage quizzes={await listQuizzes(c.env.DB)} />);
 */
export function QuizListPage({ quizzes }: { quizzes: readonly QuizSummary[] }) {
  return (
    <Layout title="Tous les quiz">
      <h1>Tous les quiz</h1>
      {quizzes.length === 0 ? (
        <p>Aucun quiz pour l'instant.</p>
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
    </Layout>
  );
}
