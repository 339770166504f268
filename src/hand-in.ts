/**
 * @module
 * Taking an answer sheet, whichever door it comes in by: the JSON API (`POST
 * /api/quizzes/:id/submissions`, `POST /api/join/:code/submissions`) or a page's form post
 * (`/quizzes/:id`, `/j/:code`). The sheet is marked once and stored once: with a key (the API's
 * `Idempotency-Key` header, the form's hidden field), once however often the request is retried,
 * a retry getting the first answer back. Each door only reads its request and words the outcome
 * (problem+json or a French page).
 *
 * Keyed sheets: the sheet is marked, then the key's claim, the submission, its marks and the
 * receipt go to D1 in one batch, one transaction (one round trip); the same key and sheet again
 * gets the stored receipt; the same key while a first request holds it is `key-in-use`; with
 * another quiz or other answers, `key-reused`. A claim left `running` (by a request that died
 * between claim and batch, as requests did before claim and batch were one) is taken over once
 * it is `STALE_CLAIM_MS` old; a taken-over request can no longer write (see
 * storage/idempotency-store.ts).
 */
import { type Assignment, showsKey } from "./core/assignment/assignment";
import { type AnswerSheet, type MarkedSheet, markSheet } from "./core/marking/mark-sheet";
import type { Quiz } from "./core/quiz/quiz";
import { claimAndStore, type KeyClaim } from "./storage/idempotency-store";
import { DuplicateStudentError, type Submission, saveSubmission } from "./storage/submission-store";

/** Far longer than any submission takes: a claim this old belongs to a request that died. */
export const STALE_CLAIM_MS = 10_000;

/** A sheet to take: checked against the quiz already (each door has its own schema). */
export interface SheetToTake {
  quiz: Quiz;
  /** The assignment it is handed in for: one sheet per name, feedback as the teacher chose. */
  assignment?: Assignment;
  answers: AnswerSheet;
  student?: string | undefined;
  /** The idempotency key the client sent with it, if any. */
  key?: string | undefined;
}

/** What came of a sheet. */
export type TakenSheet =
  /** Stored (now, or by the first request with its key: `replayed`). `receipt` is the JSON the API answers. */
  | { kind: "stored"; sheet: MarkedSheet; receipt: string; replayed: boolean }
  /** The assignment already has a sheet under this name; the first one is kept. */
  | { kind: "already-handed-in"; student: string | null }
  /** The first request with this key is still being handled. */
  | { kind: "key-in-use" }
  /** The key was first sent with another quiz or other answers. */
  | { kind: "key-reused" };

/**
 * Marks and stores a sheet, once; see the module's comment. D1 errors propagate (503 in the
 * doors' onError): the batch is atomic, so nothing is half-written, and a claim is released for
 * the retry.
 *
 * @example
 * const taken = await takeSheet(env.DB, { quiz, answers: { q1: "b" }, student: "Léa", key });
 * if (taken.kind === "stored") taken.sheet.score; // 1
 */
export async function takeSheet(db: D1Database, take: SheetToTake): Promise<TakenSheet> {
  try {
    if (take.key === undefined) {
      const { submission, sheet, receipt } = markSubmission(take);
      await saveSubmission(db, submission);
      return { kind: "stored", sheet, receipt, replayed: false };
    }
    return await takeKeyedSheet(db, take, take.key);
  } catch (error) {
    if (error instanceof DuplicateStudentError) {
      return { kind: "already-handed-in", student: error.student };
    }
    throw error;
  }
}

async function takeKeyedSheet(db: D1Database, take: SheetToTake, key: string): Promise<TakenSheet> {
  const now = Date.now();
  const claim: KeyClaim = {
    key,
    quizId: take.quiz.id,
    requestHash: await hashRequest(take, take.assignment?.id),
    token: crypto.randomUUID(),
    now: new Date(now).toISOString(),
    staleBefore: new Date(now - STALE_CLAIM_MS).toISOString(),
  };
  // Marked before the key is claimed, so that claim and sheet go to D1 in one batch. Marking is
  // pure: a replay (same key, same answers) gets the same marks, with the first receipt.
  const { submission, sheet, receipt } = markSubmission(take);
  const outcome = await claimAndStore(db, claim, submission, receipt);
  switch (outcome.kind) {
    case "stored":
      return { kind: "stored", sheet, receipt, replayed: false };
    case "done":
      return { kind: "stored", sheet, receipt: outcome.response, replayed: true };
    case "running":
      return { kind: "key-in-use" };
    case "mismatch":
      return { kind: "key-reused" };
  }
}

/**
 * Marks a sheet and makes the submission to store (a new id, the time, the marks) and the
 * receipt the API answers with.
 *
 * @example
 * const { submission, sheet } = markSubmission({ quiz, answers: { q1: "b" }, student: "Léa" });
 */
export function markSubmission({ quiz, assignment, answers, student }: SheetToTake): {
  submission: Submission;
  sheet: MarkedSheet;
  receipt: string;
} {
  const sheet = markSheet(quiz, answers);
  const submission: Submission = {
    id: crypto.randomUUID(),
    quizId: quiz.id,
    ...(assignment ? { assignmentId: assignment.id } : {}),
    student: student ?? null,
    answers: { ...answers },
    score: sheet.score,
    maxScore: sheet.maxScore,
    createdAt: new Date().toISOString(),
    marks: sheet.results,
  };
  const receipt = JSON.stringify({
    id: submission.id,
    quizId: quiz.id,
    ...(assignment ? { assignmentId: assignment.id, feedback: assignment.feedback } : {}),
    score: sheet.score,
    maxScore: sheet.maxScore,
    results: studentResults(sheet, assignment),
  });
  return { submission, sheet, receipt };
}

/**
 * The marks a student may see now: all of them, or, while an `after-close` assignment is open,
 * each question's verdict and given answer without the expected answer and evidence.
 *
 * @example
 * studentResults(sheet, assignment); // [{ questionId: "q1", correct: true, given: "b" }, …]
 */
export function studentResults(sheet: MarkedSheet, assignment?: Assignment) {
  if (!assignment || showsKey(assignment)) return sheet.results;
  return sheet.results.map(({ questionId, correct, given }) => ({ questionId, correct, given }));
}

/**
 * SHA-256 (hex) of the sheet in a canonical form: answers sorted by question id, so that the
 * order of the JSON object's keys does not make another request.
 *
 * @example
 * await hashRequest({ answers: { q2: true, q1: "a" } }) ===
 *   await hashRequest({ answers: { q1: "a", q2: true } }); // true
 */
export async function hashRequest(
  body: { answers: Readonly<AnswerSheet>; student?: string | undefined },
  assignmentId?: string,
): Promise<string> {
  const answers = Object.entries(body.answers).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const request = [answers, body.student ?? null];
  // Plain quiz sheets keep the hash they always had (keys stored before assignments existed).
  const canonical = JSON.stringify(
    assignmentId === undefined ? request : [...request, assignmentId],
  );
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(canonical));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}
