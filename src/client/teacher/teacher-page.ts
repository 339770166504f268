/**
 * @module
 * The teacher page's script (bundled to /teacher.js; the page is src/pages/teacher-page.tsx):
 * signs in with the teacher token and calls the JSON API with it through Hono's typed client —
 * the list of quizzes, creating one from a pasted article, reviewing its questions, its class
 * results and exports, deleting it, listing it; assignments and their live results. Each part
 * is a module of this folder; this one signs in and out and wires them together.
 */
import { apiClient, call, type SuccessBody, succeeded } from "./api-client";
import { assignmentsSection } from "./assignments";
import { createQuizForm } from "./create-quiz";
import { byId } from "./dom";
import { quizHistory } from "./history";
import { liveResults } from "./live-results";
import { readProblem, say, sayRefusal, showErrors } from "./messages";
import { quizDetail } from "./quiz-detail";
import { quizList } from "./quiz-list";
import { quizResults } from "./quiz-results";
import { reviewSection } from "./review";
import type { TeacherPage } from "./teacher-context";
import { keepToken, readToken } from "./teacher-token";

start();

function start(): void {
  const root = document.getElementById("teacher");
  if (!root || typeof window.fetch !== "function") return;
  let token = readToken();
  const api = apiClient(() => token);
  // The parts call each other through `page`, bound to them once they are all built.
  const page: TeacherPage = {
    api,
    request: (send) => call(send, signOut),
    async change(send) {
      const response = await call(send, signOut);
      if (!response) return null;
      if (!succeeded(response)) {
        await sayRefusal("La modification a été refusée", response);
        return null;
      }
      return (await response.json()) as SuccessBody<typeof response>;
    },
    shipped: new Set<string>(JSON.parse(root.getAttribute("data-shipped-ids") || "[]")),
    signOut,
    list: { load: (search) => list.load(search) },
    detail: {
      current: () => detail.current(),
      open: (id, title, isPublic) => detail.open(id, title, isPublic),
      loadResults: (id) => results.load(id),
    },
    review: { current: () => review.current(), show: (quiz) => review.show(quiz) },
  };

  const list = quizList(page);
  const results = quizResults(page);
  const history = quizHistory(page);
  const review = reviewSection(page, (id) => history.load(id));
  const detail = quizDetail(page, { loadReview: review.load, results });
  const create = createQuizForm(page, list);
  const live = liveResults(page, () => assignments);
  const assignments = assignmentsSection(page, live);

  const login = byId("login");
  const tokenInput = byId<HTMLInputElement>("token");
  const loginError = byId("login-error");
  const workspace = byId("workspace");

  if (token) showWorkspace();
  else showLogin();

  byId("login-form").addEventListener("submit", (event) => {
    event.preventDefault();
    signIn();
  });
  byId("logout").addEventListener("click", () => signOut("Vous êtes déconnecté·e."));

  function showLogin(): void {
    workspace.hidden = true;
    login.hidden = false;
  }

  function showWorkspace(): void {
    login.hidden = true;
    workspace.hidden = false;
    list.load();
    assignments.load();
  }

  async function signIn(): Promise<void> {
    const given = tokenInput.value.trim();
    loginError.textContent = "";
    if (given === "") {
      showErrors(loginError, ["Saisissez le jeton enseignant."]);
      tokenInput.setAttribute("aria-invalid", "true");
      tokenInput.focus();
      return;
    }
    tokenInput.removeAttribute("aria-invalid");
    // Any teacher route tells whether the token is right: the results of the first quiz.
    const first = await list.first();
    if (!first) return;
    const quiz = first.quizzes[0];
    if (quiz) {
      const response = await api.quizzes[":id"].results
        .$get(
          { param: { id: quiz.id }, query: { limit: "1" } },
          { headers: { Authorization: `Bearer ${given}` } },
        )
        .catch(() => null);
      if (!response) {
        showErrors(loginError, ["Le serveur ne répond pas. Réessayez dans un instant."]);
        return;
      }
      if (!succeeded(response)) {
        const problem = await readProblem(response);
        const message =
          response.status === 401
            ? "Ce jeton est refusé : vérifiez-le et réessayez."
            : "Le serveur refuse la connexion :";
        showErrors(loginError, [message], response.status === 401 ? null : problem);
        tokenInput.setAttribute("aria-invalid", "true");
        tokenInput.focus();
        return;
      }
    }
    token = given;
    keepToken(token);
    tokenInput.value = "";
    showWorkspace();
    say("Vous êtes connecté·e.");
    byId("create-title").focus();
  }

  function signOut(message: string): void {
    token = null;
    keepToken(null);
    detail.reset();
    assignments.reset();
    create.reset();
    list.reset();
    review.reset();
    showLogin();
    say(message);
    tokenInput.focus();
  }
}
