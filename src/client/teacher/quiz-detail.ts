/**
 * @module
 * The detail section of one quiz: its title and link, exports, visibility (listed to students
 * or not), deletion; its review and its results are parts of their own.
 */

import { succeeded } from "./api-client";
import { byId, onButton } from "./dom";
import { download } from "./downloads";
import { say, sayRefusal } from "./messages";
import { studentPath } from "./quiz-list";
import type { TeacherPage } from "./teacher-context";

/** Wires the section; returns what the other parts call and what signing out resets. */
export function quizDetail(
  page: TeacherPage,
  parts: {
    loadReview(id: string): Promise<void>;
    results: { load(id: string): Promise<void>; reset(): void };
  },
) {
  const detail = byId("detail");
  const detailTitle = byId("detail-title");
  /** The quiz shown in the detail section. */
  let current: { id: string; title: string; public: boolean } | null = null;

  onButton(detail, "data-format", (format) => {
    if (!current) return;
    // The route reads ?format= itself (no validator), so its type does not list the query.
    const args = { param: { id: current.id }, query: { format } };
    download(() => page.request(() => page.api.quizzes[":id"].export.$get(args)));
  });
  byId("delete-quiz").addEventListener("click", deleteQuiz);
  byId("toggle-public").addEventListener("click", togglePublic);

  async function open(id: string, title: string, isPublic = false): Promise<void> {
    current = { id, title, public: isPublic };
    detailTitle.textContent = title;
    byId("detail-link").setAttribute("href", studentPath(id));
    const removable = !page.shipped.has(id);
    byId("delete-box").hidden = !removable;
    byId("visibility-box").hidden = !removable;
    showVisibility();
    byId("shipped-note").hidden = removable;
    parts.results.reset();
    detail.hidden = false;
    detailTitle.focus();
    await parts.loadReview(id);
    await parts.results.load(id);
  }

  async function deleteQuiz(): Promise<void> {
    if (!current) return;
    const { id, title } = current;
    const sure = window.confirm(
      `Supprimer le quiz « ${title} » et toutes ses copies ? Cette action est définitive.`,
    );
    if (!sure) return;
    const response = await page.request(() => page.api.quizzes[":id"].$delete({ param: { id } }));
    if (!response) return;
    if (!succeeded(response)) {
      await sayRefusal("Le quiz n'a pas été supprimé", response);
      return;
    }
    current = null;
    detail.hidden = true;
    await page.list.load();
    byId("list-title").focus();
    say(`Quiz « ${title} » supprimé.`);
  }

  function showVisibility(): void {
    if (!current) return;
    byId("visibility-state").textContent = current.public
      ? "Publié : le quiz figure dans la liste des quiz des élèves."
      : "Non publié : les élèves n'atteignent le quiz que par son lien ou le code d'un devoir.";
    byId("toggle-public").textContent = current.public
      ? "Retirer de la liste"
      : "Publier dans la liste";
  }

  async function togglePublic(): Promise<void> {
    if (!current) return;
    const shown = current;
    const wanted = !shown.public;
    const response = await page.request(() =>
      page.api.quizzes[":id"].visibility.$post({
        param: { id: shown.id },
        json: { public: wanted },
      }),
    );
    if (!response) return;
    if (!succeeded(response)) {
      await sayRefusal("La visibilité n'a pas changé", response);
      return;
    }
    shown.public = wanted;
    showVisibility();
    await page.list.load();
    say(wanted ? "Quiz publié dans la liste." : "Quiz retiré de la liste.");
  }

  return {
    open,
    current: () => current,
    reset(): void {
      current = null;
      detail.hidden = true;
      parts.results.reset();
    },
  };
}
