/**
 * @module
 * What a browser shows when a page cannot be served: what happened and where to go, in French.
 */
import type { Child } from "hono/jsx";
import { Layout } from "./layout";

export interface ErrorPageProps {
  title: string;
  /** What happened and what to do, for the student. */
  children?: Child;
}

/**
 * An error page with a way back to the quizzes. The caller chooses the status.
 *
 * @example
 * renderPage(c, <ErrorPage title="Quiz introuvable"><p>…</p></ErrorPage>, 404);
 */
export function ErrorPage({ title, children }: ErrorPageProps) {
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      {children}
      <p>
        <a href="/quizzes">Voir tous les quiz</a>
      </p>
    </Layout>
  );
}
