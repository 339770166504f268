/**
 * @module
 * The teacher's side of the API: Hono's typed client (`hc<AppType>`), whose same-origin
 * requests carry the session cookie (no Authorization header: the script never holds the
 * code), and `call`, which turns the two answers every request may get — no answer at all, or
 * a refused session — into what the page does about them.
 */
import { hc } from "hono/client";
import type { ClientErrorStatusCode, ServerErrorStatusCode } from "hono/utils/http-status";
import type { AppType } from "../../index";
import { say } from "./messages";

/** The routes under /api, typed from the server's own (type only: no server code here). */
export type Api = ReturnType<typeof hc<AppType>>["api"];

/**
 * The API, opened by the session cookie that same-origin requests carry.
 *
 * @example
 * const api = apiClient();
 * const response = await api.assignments.$get();
 */
export function apiClient(): Api {
  return hc<AppType>(window.location.origin, {
    headers: { Accept: "application/json" },
    init: { credentials: "same-origin" },
  }).api;
}

/**
 * Sends a teacher request. A refused session (401: it expired, or the code changed on the
 * server) signs out; no answer at all is said. Resolves to the response, or null when already handled.
 *
 * @example
 * const response = await call(() => api.quizzes[":id"].$delete({ param: { id } }), signOut);
 * if (!response) return;
 */
export async function call<R extends { status: number }>(
  request: () => Promise<R>,
  signOut: () => void,
): Promise<R | null> {
  let response: R;
  try {
    response = await request();
  } catch {
    say("Le serveur ne répond pas. Vérifiez la connexion et réessayez.");
    return null;
  }
  if (response.status === 401) {
    signOut();
    return null;
  }
  return response;
}

/** The statuses of a refusal (problem+json). */
type RefusedStatus = ClientErrorStatusCode | ServerErrorStatusCode;

/**
 * Whether the API accepted the request. Narrows a response of the typed client to the route's
 * successful answers, whose bodies are typed, leaving out its refusals (problem+json).
 *
 * @example
 * if (!succeeded(response)) return say((await readProblem(response)).detail);
 * const quiz = await response.json(); // typed
 */
export function succeeded<R extends { ok: boolean; status: number }>(
  response: R,
): response is Exclude<R, { status: RefusedStatus }> {
  return response.ok;
}

/** The body of a successful answer to a typed request. */
export type SuccessBody<R> = Awaited<
  ReturnType<Extract<Exclude<R, { status: RefusedStatus }>, { json(): Promise<unknown> }>["json"]>
>;
