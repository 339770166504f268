/**
 * @module
 * The teacher's side of the API: Hono's typed client (`hc<AppType>`), which sends the teacher
 * token, and `call`, which turns the two answers every request may get — no answer at all, or
 * a refused token — into what the page does about them.
 */
import { hc } from "hono/client";
import type { ClientErrorStatusCode, ServerErrorStatusCode } from "hono/utils/http-status";
import type { AppType } from "../../index";
import { say } from "./messages";

/** The routes under /api, typed from the server's own (type only: no server code here). */
export type Api = ReturnType<typeof hc<AppType>>["api"];

/**
 * The API, sending `Authorization: Bearer <token>` while there is a token.
 *
 * @example
 * const api = apiClient(() => sessionStorage.getItem("ardoise:teacher-token"));
 * const response = await api.assignments.$get();
 */
export function apiClient(token: () => string | null): Api {
  return hc<AppType>(window.location.origin, {
    headers: (): Record<string, string> => {
      const value = token();
      return value === null
        ? { Accept: "application/json" }
        : { Authorization: `Bearer ${value}`, Accept: "application/json" };
    },
  }).api;
}

/**
 * Sends a teacher request. A refused token signs out (it changed on the server, or was wrong);
 * no answer at all is said. Resolves to the response, or null when already handled.
 *
 * @example
 * const response = await call(() => api.quizzes[":id"].$delete({ param: { id } }), signOut);
 * if (!response) return;
 */
export async function call<R extends { status: number }>(
  request: () => Promise<R>,
  signOut: (message: string) => void,
): Promise<R | null> {
  let response: R;
  try {
    response = await request();
  } catch {
    say("Le serveur ne répond pas. Vérifiez la connexion et réessayez.");
    return null;
  }
  if (response.status === 401) {
    signOut("Le jeton a été refusé : reconnectez-vous.");
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
