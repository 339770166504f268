/**
 * @module
 * The review of one quiz: its state (draft or published), the article beside the questions,
 * each question with its key and evidence and its tools — edit, move, swap for another of the
 * generator's proposals, delete — adding a question, publishing, copying; the history of its
 * changes (history.ts) and the editor (question-editor.ts) are parts of their own.
 */
import { succeeded } from "./api-client";
import { byId, clear, element } from "./dom";
import { say, sayRefusal } from "./messages";
import { questionEditor } from "./question-editor";
import type { ReviewedQuestion, ReviewedQuiz, TeacherPage } from "./teacher-context";

/** The names of the question types, in French. */
export const TYPE_LABELS: Record<ReviewedQuestion["type"], string> = {
  single_choice: "Choix unique",
  true_false: "Vrai ou faux",
  short_answer: "Réponse courte",
};

/** A question the generator proposed instead of one of the quiz's. */
type Alternative = ReviewedQuestion;

/** The quiz under review. */
interface Review {
  quiz: ReviewedQuiz;
  shipped: boolean;
  /** How many sheets were handed in: once any, the questions no longer change shape. */
  sheets: number;
  alternatives: Alternative[] | null;
}

/** Wires the review; returns what the other parts call and what signing out resets. */
export function reviewSection(page: TeacherPage, loadHistory: (id: string) => void) {
  const reviewList = byId("review-list");
  const addEditor = byId("add-editor");
  const addButton = byId("add-question");
  let review: Review | null = null;
  const editor = questionEditor(page, {
    canRestructure,
    review: () => review,
    saved(quiz, focusSelector) {
      if (!review) return;
      review.quiz = quiz;
      render(focusSelector);
    },
    closeAdd() {
      addEditor.hidden = true;
      clear(addEditor);
      addButton.setAttribute("aria-expanded", "false");
    },
    reviewList,
    addButton,
  });

  byId("publish").addEventListener("click", publish);
  byId("copy-quiz").addEventListener("click", copy);
  addButton.addEventListener("click", () => {
    const open = addEditor.hidden;
    addEditor.hidden = !open;
    addButton.setAttribute("aria-expanded", String(open));
    clear(addEditor);
    if (open) {
      const form = editor.form(null);
      addEditor.append(form);
      form.querySelector<HTMLElement>("select, textarea, input")?.focus();
    }
  });
  const history = byId<HTMLDetailsElement>("history");
  history.addEventListener("toggle", () => {
    if (history.open && review) loadHistory(review.quiz.id);
  });

  async function load(id: string): Promise<void> {
    const param = { id };
    const [key, results] = await Promise.all([
      page.request(() => page.api.quizzes[":id"].key.$get({ param })),
      page.request(() => page.api.quizzes[":id"].results.$get({ param, query: { limit: "1" } })),
    ]);
    if (!key || !results || page.detail.current()?.id !== id) return;
    if (!succeeded(key) || !succeeded(results)) {
      await sayRefusal("Le quiz n'a pas pu être chargé", succeeded(key) ? results : key);
      return;
    }
    review = {
      quiz: await key.json(),
      shipped: page.shipped.has(id),
      sheets: (await results.json()).submissions,
      alternatives: null,
    };
    render();
  }

  /** Structural changes are possible on a created quiz nobody has answered yet. */
  function canRestructure(): boolean {
    return review !== null && !review.shipped && review.sheets === 0;
  }

  function render(focusSelector?: string): void {
    if (!review) return;
    const { quiz, shipped: isShipped, sheets } = review;
    const state = byId("review-state");
    state.textContent = quiz.published
      ? "Publié : les élèves peuvent ouvrir ce quiz."
      : "Brouillon : les élèves ne peuvent pas encore ouvrir ce quiz.";
    state.className = quiz.published ? "state state-published" : "state state-draft";
    byId("publish").hidden = quiz.published || isShipped;
    const locked = isShipped || sheets > 0;
    byId("review-locked").hidden = !locked;
    byId("review-locked-text").textContent = isShipped
      ? "Ce quiz est fourni avec Ardoise : il ne peut pas être modifié. Copiez-le pour en faire un brouillon modifiable."
      : `${sheets > 1 ? `${sheets} élèves ont` : "Un élève a"} déjà répondu : les énoncés, les choix, l'ordre et la liste des questions ne changent plus. Vous pouvez encore corriger les réponses attendues (les copies sont alors recorrigées), ou copier le quiz pour le modifier.`;
    byId("add-box").hidden = !canRestructure();

    const articleBox = byId("review-article");
    clear(articleBox);
    articleBox.append(element("p", { class: "review-article-title" }, quiz.article.title));
    for (const paragraph of quiz.article.paragraphs) articleBox.append(element("p", {}, paragraph));

    clear(reviewList);
    quiz.questions.forEach((question, index) => {
      reviewList.append(questionItem(question, index));
    });
    if (focusSelector) reviewList.querySelector<HTMLElement>(focusSelector)?.focus();
  }

  function questionItem(question: ReviewedQuestion, index: number): HTMLLIElement {
    const current = review as Review;
    const count = current.quiz.questions.length;
    const item = element("li", { class: "review-question", "data-question-id": question.id });
    const heading = element("h5", { id: `rq-${question.id}` });
    heading.append(
      `Question ${index + 1}`,
      element("span", { class: "hint" }, ` · ${TYPE_LABELS[question.type]} · ${question.id}`),
    );
    item.append(heading, element("p", { class: "review-prompt" }, question.prompt));
    item.append(keyDescription(question));
    const quote = element("blockquote", { class: "review-evidence" });
    quote.append(
      element("span", { class: "visually-hidden" }, "Justification : "),
      question.evidence.text,
    );
    item.append(quote);

    const name = ` la question ${index + 1}`;
    const tools = element("div", {
      class: "review-tools",
      role: "group",
      "aria-labelledby": `rq-${question.id}`,
    });
    const tool = (label: string, action: string, extra: Record<string, string> = {}) => {
      const button = element("button", {
        type: "button",
        class: "button button-secondary",
        "data-action": action,
        ...extra,
      });
      button.append(label, element("span", { class: "visually-hidden" }, name));
      button.addEventListener("click", () => runTool(action, question, item));
      tools.append(button);
    };
    if (!current.shipped) tool("Modifier", "edit");
    if (canRestructure()) {
      if (index > 0) tool("Monter", "up");
      if (index < count - 1) tool("Descendre", "down");
      tool("Remplacer", "swap", { "aria-expanded": "false" });
      tool("Supprimer", "delete");
    }
    item.append(tools, element("div", { class: "review-panel", hidden: "" }));
    return item;
  }

  async function runTool(action: string, question: ReviewedQuestion, item: HTMLElement) {
    if (!review) return;
    const panel = item.querySelector<HTMLElement>(".review-panel");
    if (!panel) return;
    const id = review.quiz.id;
    if (action === "edit") {
      clear(panel);
      panel.hidden = false;
      const form = editor.form(question);
      panel.append(form);
      form.querySelector<HTMLElement>("textarea, input, select")?.focus();
    } else if (action === "up" || action === "down") {
      const ids = review.quiz.questions.map((entry) => entry.id);
      const index = ids.indexOf(question.id);
      const other = action === "up" ? index - 1 : index + 1;
      [ids[index], ids[other]] = [ids[other] as string, ids[index] as string];
      const changed = await page.change(() =>
        page.api.quizzes[":id"].order.$put({ param: { id }, json: { questionIds: ids } }),
      );
      if (changed) {
        review.quiz = changed;
        // Keyboard users keep their place: on the same button of the moved question, or the
        // other one when it has gone (first or last place).
        const selector = `li[data-question-id="${question.id}"] button[data-action="${action}"]`;
        const fallback = `li[data-question-id="${question.id}"] button[data-action="${action === "up" ? "down" : "up"}"]`;
        render();
        (
          reviewList.querySelector<HTMLElement>(selector) ||
          reviewList.querySelector<HTMLElement>(fallback)
        )?.focus();
        say(`Question déplacée en position ${other + 1}.`);
      }
    } else if (action === "delete") {
      const sure = window.confirm(`Supprimer la question « ${question.prompt} » ?`);
      if (!sure) return;
      const changed = await page.change(() =>
        page.api.quizzes[":id"].questions[":questionId"].$delete({
          param: { id, questionId: question.id },
        }),
      );
      if (changed) {
        review.quiz = changed;
        render();
        const title = byId("review-questions-title");
        title.setAttribute("tabindex", "-1");
        title.focus();
        say("Question supprimée.");
        page.detail.loadResults(id);
      }
    } else if (action === "swap") {
      const button = item.querySelector('button[data-action="swap"]');
      const open = panel.hidden || !panel.classList.contains("swap-panel");
      clear(panel);
      panel.classList.toggle("swap-panel", open);
      panel.hidden = !open;
      button?.setAttribute("aria-expanded", String(open));
      if (open) await showAlternatives(question, panel);
    }
  }

  async function showAlternatives(question: ReviewedQuestion, panel: HTMLElement): Promise<void> {
    if (!review) return;
    if (!review.alternatives) {
      const id = review.quiz.id;
      const response = await page.request(() =>
        page.api.quizzes[":id"].alternatives.$get({ param: { id } }),
      );
      if (!response) return;
      if (!succeeded(response)) {
        await sayRefusal("Les autres questions n'ont pas pu être chargées", response);
        return;
      }
      review.alternatives = (await response.json()).alternatives;
    }
    const titleId = `alt-title-${question.id}`;
    panel.append(
      element(
        "h6",
        { id: titleId, tabindex: "-1" },
        "Autres questions proposées par le générateur",
      ),
    );
    if (review.alternatives.length === 0) {
      panel.append(element("p", {}, "Le générateur n'a pas d'autre question à proposer."));
    }
    const list = element("ol", { class: "alternative-list", "aria-labelledby": titleId });
    for (const alternative of review.alternatives) {
      const entry = element("li");
      entry.append(
        element("p", { class: "review-prompt" }, alternative.prompt),
        keyDescription(alternative),
        element("blockquote", { class: "review-evidence" }, alternative.evidence.text),
      );
      const choose = element(
        "button",
        { type: "button", class: "button" },
        "Utiliser cette question",
      );
      choose.append(element("span", { class: "visually-hidden" }, ` : ${alternative.prompt}`));
      choose.addEventListener("click", () => swap(question, alternative));
      entry.append(choose);
      list.append(entry);
    }
    panel.append(list);
    panel.querySelector("h6")?.focus();
  }

  async function swap(question: ReviewedQuestion, alternative: Alternative): Promise<void> {
    if (!review) return;
    const id = review.quiz.id;
    const changed = await page.change(() =>
      page.api.quizzes[":id"].questions[":questionId"].swap.$post({
        param: { id, questionId: question.id },
        json: { alternativeId: alternative.id },
      }),
    );
    if (!changed) return;
    const index = review.quiz.questions.findIndex((entry) => entry.id === question.id);
    review.quiz = changed;
    review.alternatives = (review.alternatives ?? []).filter(
      (entry) => entry.id !== alternative.id,
    );
    const placed = changed.questions[index];
    render(placed ? `li[data-question-id="${placed.id}"] button[data-action="edit"]` : undefined);
    say(`Question ${index + 1} remplacée.`);
    page.detail.loadResults(id);
  }

  async function publish(): Promise<void> {
    if (!review) return;
    const id = review.quiz.id;
    const changed = await page.change(() =>
      page.api.quizzes[":id"].publish.$post({ param: { id } }),
    );
    if (!changed) return;
    review.quiz = changed;
    render();
    const state = byId("review-state");
    state.setAttribute("tabindex", "-1");
    state.focus();
    say("Quiz publié : les élèves peuvent l'ouvrir.");
    await page.list.load();
  }

  async function copy(): Promise<void> {
    if (!review) return;
    const id = review.quiz.id;
    const copied = await page.change(() => page.api.quizzes[":id"].copy.$post({ param: { id } }));
    if (!copied) return;
    await page.list.load();
    await page.detail.open(copied.id, copied.title);
    say(`Copie créée en brouillon : « ${copied.title} ».`);
  }

  return {
    load,
    current: () => review,
    show(quiz: ReviewedQuiz): void {
      if (!review) return;
      review.quiz = quiz;
      render();
    },
    reset(): void {
      review = null;
    },
  };
}

/** The key in words: the options with the right one marked, Vrai/Faux, or the forms. */
export function keyDescription(question: ReviewedQuestion): HTMLElement {
  if (question.type === "single_choice") {
    const list = element("ul", { class: "review-options" });
    for (const option of question.options ?? []) {
      const right = option.id === question.answer;
      const entry = element("li", right ? { class: "right" } : {}, option.text);
      if (right) entry.append(element("strong", {}, " — bonne réponse"));
      list.append(entry);
    }
    return list;
  }
  if (question.type === "true_false") {
    return element("p", {}, `Réponse attendue : ${question.answer ? "Vrai" : "Faux"}`);
  }
  const box = element("p", {}, `Réponse attendue : ${question.answer}`);
  const others = (question.accepted || []).filter((form) => form !== question.answer);
  if (others.length > 0) box.append(element("br"), `Aussi acceptées : ${others.join(" ; ")}`);
  return box;
}
