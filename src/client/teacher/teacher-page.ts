/**
 * @module
 * The teacher page's script (bundled to /teacher.js; the page is src/pages/teacher-page.tsx).
 * Signing in and out are form posts to the server, which keeps the session in an HttpOnly
 * cookie: the code itself never reaches this script or page storage. Signed in, the script
 * calls the JSON API, which the cookie opens, through Hono's typed client — the list of
 * quizzes, creating one from a pasted article, reviewing its questions, its class results and
 * exports, deleting it, listing it; assignments and their live results. Each part is a module
 * of this folder; this one wires them together.
 */
import { apiClient, call, type SuccessBody, succeeded } from "./api-client";
import { assignmentsSection } from "./assignments";
import { createQuizForm } from "./create-quiz";
import { quizHistory } from "./history";
import { liveResults } from "./live-results";
import { sayRefusal } from "./messages";
import { quizDetail } from "./quiz-detail";
import { quizList } from "./quiz-list";
import { quizResults } from "./quiz-results";
import { reviewSection } from "./review";
import type { TeacherPage } from "./teacher-context";

start();

function start(): void {
  const root = document.getElementById("teacher");
  if (!root || typeof window.fetch !== "function") return;
  // Signed out, the server's sign-in form works on its own.
  if (root.getAttribute("data-signed-in") !== "true") return;
  const api = apiClient();
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

  list.load();
  assignments.load();

  /** The session ended (expired, or the code changed on the server): the sign-in form again. */
  function signOut(): void {
    detail.reset();
    assignments.reset();
    create.reset();
    list.reset();
    review.reset();
    window.location.assign("/teacher");
  }
}
