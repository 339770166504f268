/**
 * @module
 * The `Idempotency-Key` header of `POST /api/quizzes/:id/submissions`: a client that retries a
 * submission (a lost answer, a dropped connection, a double click) with the same key gets the
 * first response back, and the sheet is stored once.
 *
 * - first request with a key: claims it, marks the sheet, stores submission, marks and response
 *   in one D1 batch → 201;
 * - same key, same request, already stored → the same 201 and body (`Idempotency-Replayed`);
 * - same key while the first request is still running → 409 with `Retry-After`;
 * - same key with another quiz or another body → 422.
 *
 * A claim whose request died before its batch (the Worker was stopped) is taken over once it is
 * `STALE_CLAIM_MS` old; a taken-over request can no longer write (see idempotency-store.ts).
 */
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import { problem } from "../problem";
import {
  claimKey,
  completeKey,
  type KeyClaim,
  releaseKey,
  storedResponse,
} from "../storage/idempotency-store";
import type { Submission } from "../storage/submission-store";

/** What clients may use as a key: a UUID, or any 1 to 255 visible ASCII characters. */
const KEY_FORMAT = /^[!-~]{1,255}$/;

/** Far longer than any submission takes: a claim this old belongs to a request that died. */
export const STALE_CLAIM_MS = 10_000;

/** Seconds a client should wait before retrying a key that is being handled. */
const RUNNING_RETRY_AFTER_SECONDS = 1;

/** What `idempotencyKey` gives the handler. */
export type IdempotencyEnv = { Variables: { idempotencyKey: string | undefined } };

/**
 * Reads the `Idempotency-Key` header into `c.var.idempotencyKey` (undefined without one);
 * 400 when it is not 1 to 255 visible ASCII characters. A quoted key (`"…"`, as the IETF draft
 * writes it) is taken without its quotes.
 *
 * @example
 * app.post("/:id/submissions", idempotencyKey, …, (c) => c.var.idempotencyKey);
 */
export const idempotencyKey = createMiddleware<IdempotencyEnv>(async (c, next) => {
  const header = c.req.header("Idempotency-Key");
  const key = header?.trim().replace(/^"(.*)"$/, "$1");
  if (key !== undefined && !KEY_FORMAT.test(key)) {
    return problem(c, {
      type: "/problems/invalid-idempotency-key",
      title: "Invalid Idempotency-Key",
      status: 400,
      detail:
        "Idempotency-Key must be 1 to 255 visible ASCII characters: send a new UUID " +
        "(crypto.randomUUID()) per answer sheet, the same one on every retry of it.",
    });
  }
  c.set("idempotencyKey", key);
  await next();
});

/** The request a key stands for. */
export interface KeyedRequest {
  key: string;
  quizId: string;
  /** The assignment the sheet is for: the same answers for another class are another request. */
  assignmentId?: string;
  /** The validated body: what must be the same on every retry. */
  body: { answers: Readonly<Record<string, string | boolean>>; student?: string | undefined };
}

/** What a claimed request stores and answers. */
export interface KeyedWork {
  submission: Submission;
  /** The 201 body. */
  body: unknown;
}

/**
 * Answers a keyed submission exactly once: claims the key, runs `work` (marking) only when the
 * key is this request's, stores its submission with the response, and answers 201; or answers
 * as the key's state says (201 replayed, 409, 422). D1 errors propagate (503 in onError): the
 * batch is atomic, so nothing is half-written, and the claim is released for the retry.
 *
 * @example
 * return respondOnce(c, { key, quizId: quiz.id, body }, () => ({ submission, body: response }));
 */
export async function respondOnce<E extends { Bindings: Env }>(
  c: Context<E>,
  request: KeyedRequest,
  work: () => KeyedWork,
): Promise<Response> {
  const now = Date.now();
  const claim: KeyClaim = {
    key: request.key,
    quizId: request.quizId,
    requestHash: await hashRequest(request.body, request.assignmentId),
    token: crypto.randomUUID(),
    now: new Date(now).toISOString(),
    staleBefore: new Date(now - STALE_CLAIM_MS).toISOString(),
  };
  const outcome = await claimKey(c.env.DB, claim);
  if (outcome.kind === "done") return created(c, outcome.response, true);
  if (outcome.kind === "running") return stillRunning(c);
  if (outcome.kind === "mismatch") {
    return problem(c, {
      type: "/problems/idempotency-key-reused",
      title: "Idempotency-Key reused for another request",
      status: 422,
      detail:
        "This Idempotency-Key was first sent with another quiz or other answers. Send a new key " +
        "for a new answer sheet; resend a sheet only exactly as it was first sent.",
    });
  }

  const { submission, body } = work();
  const response = JSON.stringify(body);
  let stored: boolean;
  try {
    stored = await completeKey(c.env.DB, claim, submission, response);
  } catch (error) {
    // Nothing of the batch was written: free the key so that the client's retry can proceed.
    await releaseKey(c.env.DB, claim).catch(() => {});
    throw error;
  }
  if (stored) return created(c, response, false);
  // Presumed dead and taken over by a retry: that retry's outcome is the answer.
  const theirs = await storedResponse(c.env.DB, claim.key);
  return theirs === undefined ? stillRunning(c) : created(c, theirs, true);
}

/**
 * SHA-256 (hex) of the body in a canonical form: answers sorted by question id, so that the
 * order of the JSON object's keys does not make another request.
 *
 * @example
 * await hashRequest({ answers: { q2: true, q1: "a" } }) ===
 *   await hashRequest({ answers: { q1: "a", q2: true } }); // true
 */
export async function hashRequest(
  body: KeyedRequest["body"],
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

function created(c: Context, response: string, replayed: boolean): Response {
  return c.body(response, 201, {
    "Content-Type": "application/json",
    ...(replayed ? { "Idempotency-Replayed": "true" } : {}),
  });
}

function stillRunning(c: Context): Response {
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
}
