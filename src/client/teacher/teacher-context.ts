/**
 * @module
 * What the parts of the teacher page share: the API, the quizzes shipped with Ardoise, and
 * each part's entry points, for the others to call (opening a quiz from the list, reloading the
 * list after a change…). teacher-page.ts builds it and wires the parts together.
 */
import type { InferResponseType } from "hono/client";
import type { Api, SuccessBody } from "./api-client";

/** A quiz with its answer key, as the review routes answer it. */
export type ReviewedQuiz = InferResponseType<Api["quizzes"][":id"]["key"]["$get"], 200>;
/** A question of it. */
export type ReviewedQuestion = ReviewedQuiz["questions"][number];
/** A quiz's class results (`GET /api/quizzes/:id/results`). */
export type QuizResults = InferResponseType<Api["quizzes"][":id"]["results"]["$get"], 200>;
/** An assignment's results, as `/live` streams them. */
export type AssignmentResults = InferResponseType<
  Api["assignments"][":id"]["results"]["$get"],
  200
>;

/** A response of the typed client. */
export interface Answer {
  ok: boolean;
  status: number;
  headers: Headers;
  json(): Promise<unknown>;
}

export interface TeacherPage {
  api: Api;
  /** Sends a teacher request: null when there was no answer or the session was refused (said). */
  request<R extends { status: number }>(send: () => Promise<R>): Promise<R | null>;
  /** Sends a change: the body of the answer, or null once the refusal is said. */
  change<R extends Answer>(send: () => Promise<R>): Promise<SuccessBody<R> | null>;
  /** The ids of the quizzes shipped with Ardoise: they cannot be changed or deleted. */
  shipped: ReadonlySet<string>;
  /** The session ended: back to the sign-in form. */
  signOut(): void;
  list: {
    /** Shows the first page of the list (the search shown by default); how many, or null. */
    load(search?: string): Promise<number | null>;
  };
  detail: {
    /** The quiz shown in the detail section. */
    current(): { id: string; title: string; public: boolean } | null;
    open(id: string, title: string, isPublic?: boolean): Promise<void>;
    loadResults(id: string): Promise<void>;
  };
  review: {
    /** The quiz under review, when loaded. */
    current(): { quiz: ReviewedQuiz; shipped: boolean } | null;
    /** Shows the quiz changed by a request (a key edit from the results table). */
    show(quiz: ReviewedQuiz): void;
  };
}
