/**
 * @module
 * The API's door for answer sheets (`POST /api/quizzes/:id/submissions`, `POST
 * /api/join/:code/submissions`): checks the answers against the quiz, hands the sheet to
 * src/hand-in.ts, and words what came of it: 201 with the marks (`Idempotency-Replayed` on a
 * retry), 400, 409 (name already handed in, or the key's first request still running, with
 * `Retry-After`), 422 (key reused for another sheet).
 */
import type { Context } from "hono";
import type { Assignment } from "../core/assignment/assignment";
import type { Quiz } from "../core/quiz/quiz";
import { takeSheet } from "../hand-in";
import { invalidInput, problem } from "../problem";
import { findAnswerErrors, findRawAnswerErrors, type SubmissionBody } from "./submission-body";

/** Seconds a client should wait before retrying a key that is being handled. */
const RUNNING_RETRY_AFTER_SECONDS = 1;

/**
 * Checks, marks, stores and answers one sheet (201), for a quiz or one of its assignments. With
 * `c.var.idempotencyKey`, a retried sheet is stored once and answered as the first time.
 *
 * @example
 * return handIn(c, { quiz, body: c.req.valid("json"), raw: await c.req.json() });
 */
export async function handIn<E extends { Bindings: Env }>(
  c: Context<E & { Variables: { idempotencyKey?: string | undefined } }>,
  target: { quiz: Quiz; assignment?: Assignment; body: SubmissionBody; raw: unknown },
): Promise<Response> {
  const { quiz, assignment, body } = target;
  // An array of answers, or `__proto__` as an id, which validation lets by: refused too.
  const rawErrors = findRawAnswerErrors(target.raw);
  const errors = rawErrors.length > 0 ? rawErrors : findAnswerErrors(quiz, body.answers);
  if (errors.length > 0) return invalidInput(c, errors);

  const taken = await takeSheet(c.env.DB, {
    quiz,
    ...(assignment ? { assignment } : {}),
    answers: body.answers,
    student: body.student,
    key: c.var.idempotencyKey,
  });
  switch (taken.kind) {
    case "stored":
      return c.body(taken.receipt, 201, {
        "Content-Type": "application/json",
        ...(taken.replayed ? { "Idempotency-Replayed": "true" } : {}),
      });
    case "already-handed-in":
      return problem(c, {
        type: "/problems/already-handed-in",
        title: "Copie déjà rendue · Already handed in",
        status: 409,
        detail:
          `Une copie a déjà été rendue sous le nom « ${taken.student} » pour ce devoir : elle est gardée, ` +
          "celle-ci n'a pas été enregistrée. Si ce n'est pas la vôtre, ajoutez l'initiale de votre " +
          "nom ou parlez-en à votre enseignant. · A sheet was already handed in under this name; " +
          "the first one is kept.",
      });
    case "key-in-use":
      return problem(
        c,
        {
          type: "/problems/idempotency-key-in-use",
          title: "A request with this Idempotency-Key is in progress",
          status: 409,
          detail: `The first request sent with this Idempotency-Key is still being handled; retry in ${RUNNING_RETRY_AFTER_SECONDS} second (Retry-After) to get its result.`,
        },
        { "Retry-After": String(RUNNING_RETRY_AFTER_SECONDS) },
      );
    case "key-reused":
      return problem(c, {
        type: "/problems/idempotency-key-reused",
        title: "Idempotency-Key reused for another request",
        status: 422,
        detail:
          "This Idempotency-Key was first sent with another quiz or other answers. Send a new key " +
          "for a new answer sheet; resend a sheet only exactly as it was first sent.",
      });
  }
}
