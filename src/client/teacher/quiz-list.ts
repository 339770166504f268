/**
 * @module
 * The teacher's list of quizzes: a page at a time (« Plus de quiz »), searched by title, each
 * with its button to the detail section; the same quizzes fill the assignment form's choices.
 */
import { byId, clear, element, onButton, plural } from "./dom";
import { say } from "./messages";
import type { TeacherPage } from "./teacher-context";

/** Quizzes per page of the list; « Plus de quiz » shows the next ones. */
const PAGE_SIZE = 20;

/** A quiz's page for students. */
export function studentPath(id: string): string {
  return `/quizzes/${encodeURIComponent(id)}`;
}

/**
 * Wires the list, its search and « Plus de quiz »; returns what the other parts call and what
 * signing out resets.
 */
export function quizList(page: TeacherPage) {
  const list = byId<HTMLUListElement>("quiz-list");
  const listEmpty = byId("list-empty");
  const searchInput = byId<HTMLInputElement>("search");
  const moreBox = byId("more-box");
  const select = byId<HTMLSelectElement>("assign-quiz");
  /** The list as shown: the search it answers and where its next page starts (null: none). */
  let listed: { search: string; nextCursor: string | null } = { search: "", nextCursor: null };

  byId("search-form").addEventListener("submit", (event) => {
    event.preventDefault();
    load(searchInput.value.trim()).then((shown) => {
      if (shown !== null) say(listSummary(shown));
    });
  });
  byId("more-quizzes").addEventListener("click", loadMore);
  onButton(list, "data-quiz-id", (id, button) => {
    page.detail.open(
      id,
      button.getAttribute("data-title") ?? "",
      button.getAttribute("data-public") === "true",
    );
  });

  /** A page of the list, or null when it could not be had (said). */
  async function fetchQuizzes({ search = "", cursor = null as string | null, limit = PAGE_SIZE }) {
    try {
      // Signed in, the list holds the quizzes not public, and the drafts, too.
      const response = await page.api.quizzes.$get({
        query: {
          limit: String(limit),
          ...(search ? { q: search } : {}),
          ...(cursor ? { cursor } : {}),
        },
      });
      if (response.ok) return await response.json();
    } catch {
      // Said below.
    }
    say("La liste des quiz n'a pas pu être chargée. Réessayez dans un instant.");
    return null;
  }

  /**
   * Shows the first page of the quizzes whose title holds every word of `search` (all of them
   * when empty). Resolves to how many are shown, or null when the list could not be loaded.
   */
  async function load(search = listed.search): Promise<number | null> {
    const found = await fetchQuizzes({ search });
    if (!found) return null;
    clear(list);
    listed = { search, nextCursor: found.nextCursor };
    listEmpty.textContent = search
      ? `Aucun quiz ne correspond à « ${search} ».`
      : "Aucun quiz pour l'instant.";
    listEmpty.hidden = found.quizzes.length > 0;
    const chosen = select.value;
    clear(select);
    appendQuizzes(found.quizzes, chosen);
    moreBox.hidden = found.nextCursor === null;
    return found.quizzes.length;
  }

  /** « Plus de quiz »: the next page, after those shown; the focus goes to the first one added. */
  async function loadMore(): Promise<void> {
    if (!listed.nextCursor) return;
    const found = await fetchQuizzes({ search: listed.search, cursor: listed.nextCursor });
    if (!found) return;
    listed = { ...listed, nextCursor: found.nextCursor };
    const added = appendQuizzes(found.quizzes);
    moreBox.hidden = found.nextCursor === null;
    added[0]?.querySelector("a")?.focus();
    // "quiz" is the same in the plural.
    const last = found.nextCursor === null;
    say(`${found.quizzes.length} quiz de plus${last ? " : ce sont les derniers." : "."}`);
  }

  function listSummary(count: number): string {
    if (count === 0) return listEmpty.textContent ?? "";
    const shown = count > 1 ? "trouvés" : "trouvé";
    return listed.nextCursor === null
      ? `${count} quiz ${shown}.`
      : `${count} premiers quiz affichés ; « Plus de quiz » montre les suivants.`;
  }

  /**
   * Adds the quizzes to the list, each with its button, and to the choices of the assignment
   * form (which offers the quizzes listed); returns the items added.
   */
  function appendQuizzes(
    quizzes: {
      id: string;
      title: string;
      questionCount: number;
      public: boolean;
      published?: boolean;
    }[],
    chosen = select.value,
  ): HTMLLIElement[] {
    for (const quiz of quizzes) {
      const option = element("option", { value: quiz.id }, quiz.title);
      if (quiz.id === chosen) option.selected = true;
      select.append(option);
    }
    return quizzes.map((quiz) => {
      const item = element("li", { "data-quiz-id": quiz.id });
      const text = element("p", { class: "teacher-quiz-title" });
      text.append(
        element("a", { href: studentPath(quiz.id) }, quiz.title),
        element(
          "span",
          { class: "hint" },
          ` · ${plural(quiz.questionCount, "question")}${quiz.public ? "" : " · non publié"}`,
        ),
      );
      if (quiz.published === false) {
        text.append(" ", element("span", { class: "badge" }, "brouillon"));
      }
      const button = element("button", {
        type: "button",
        class: "button button-secondary",
        "data-quiz-id": quiz.id,
        "data-title": quiz.title,
        "data-public": String(quiz.public),
        "aria-controls": "detail",
      });
      button.append(
        "Relecture, résultats et exports",
        element("span", { class: "visually-hidden" }, ` : ${quiz.title}`),
      );
      item.append(text, button);
      list.append(item);
      return item;
    });
  }

  return {
    load,
    reset(): void {
      clear(list);
      searchInput.value = "";
      moreBox.hidden = true;
    },
    /** After a quiz is created: the whole list again, so that it shows, first of those created. */
    showAll(): Promise<number | null> {
      searchInput.value = "";
      return load("");
    },
  };
}
