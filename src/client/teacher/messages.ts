/**
 * @module
 * What the teacher page says: the status line read out by screen readers, the problem details
 * of a refused request, and error boxes.
 */
import { byId, clear, element } from "./dom";

/** A refused request's problem details, in the language the server wrote them in. */
export interface Problem {
  detail: string;
  errors: { path: string; message: string }[];
  lang: string;
}

/** What a failed response offers to read its problem from (a Response or Hono's client one). */
interface FailedResponse {
  status: number;
  headers: Headers;
  json(): Promise<unknown>;
}

/** The API's fields as the teacher knows them, for its errors[].path. */
const FIELD_NAMES: Record<string, string> = {
  text: "Texte de l'article",
  title: "Titre",
  questionCount: "Nombre de questions",
  language: "Langue",
};

/**
 * Says `message` in the status line (role="status"). Emptied first, so that the same message
 * twice is announced twice.
 */
export function say(message: string): void {
  const status = byId("status");
  status.textContent = "";
  window.setTimeout(() => {
    status.textContent = message;
  }, 50);
}

/**
 * The problem details of a failed response, or what can be said without them. Their language
 * is the response's Content-Language: English unless the server says otherwise (it writes a
 * refused article's language in French).
 */
export async function readProblem(response: FailedResponse): Promise<Problem> {
  const type = response.headers.get("Content-Type") || "";
  if (type.includes("json")) {
    try {
      const body = (await response.json()) as { detail?: unknown; errors?: unknown };
      return {
        detail: typeof body.detail === "string" ? body.detail : "",
        errors: Array.isArray(body.errors) ? body.errors : [],
        lang: response.headers.get("Content-Language") || "en",
      };
    } catch {
      // Not JSON after all: fall through.
    }
  }
  return { detail: `Erreur ${response.status}.`, errors: [], lang: "fr" };
}

/**
 * Says why a request was refused: `what` (in French), then the server's detail.
 *
 * @example
 * await sayRefusal("Le quiz n'a pas été supprimé", response);
 * // « Le quiz n'a pas été supprimé : There is no quiz with id "x". »
 */
export async function sayRefusal(what: string, response: FailedResponse): Promise<void> {
  say(`${what} : ${(await readProblem(response)).detail}`);
}

/**
 * Shows messages in an error box (role="alert"): French ones first, then the server's own
 * problem details, marked with their language for screen readers.
 */
export function showErrors(
  box: HTMLElement,
  messages: string[],
  problem: (Pick<Problem, "detail" | "errors"> & { lang?: string }) | null = null,
): void {
  clear(box);
  const panel = element("div", { class: "form-error-panel" });
  for (const message of messages) panel.append(element("p", {}, message));
  if (problem) {
    if (problem.detail) {
      panel.append(element("p", problem.lang ? { lang: problem.lang } : {}, problem.detail));
    }
    if (problem.errors.length > 0) {
      const items = element("ul");
      for (const error of problem.errors) {
        const field = FIELD_NAMES[error.path.split(".")[0] ?? ""];
        const item = element("li");
        if (field) item.append(element("strong", {}, `${field} : `));
        item.append(element("span", { lang: "en" }, error.message));
        items.append(item);
      }
      panel.append(items);
    }
  }
  box.append(panel);
}
