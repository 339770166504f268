/**
 * @module
 * Assignments: handing a quiz to a class (a join code), the list of them, one followed live
 * (live-results.ts), closed, reopened or deleted, and its class sheet downloaded.
 */

import type { InferResponseType } from "hono/client";
import { type Api, succeeded } from "./api-client";
import { byId, clear, element, onButton, plural } from "./dom";
import { download } from "./downloads";
import { readProblem, say, sayRefusal, showErrors } from "./messages";
import type { TeacherPage } from "./teacher-context";

/** An assignment as the API answers it. */
type Assignment = InferResponseType<Api["assignments"][":id"]["$get"], 200>;

/** A short date and time: 30/11/2026 09:30. */
export const dateTime = new Intl.DateTimeFormat("fr-FR", {
  dateStyle: "short",
  timeStyle: "short",
});

/** Wires the assignments' section; `live` follows the one opened. */
export function assignmentsSection(
  page: TeacherPage,
  live: {
    follow(id: string): void;
    stop(): void;
    clear(): void;
  },
) {
  const assignForm = byId<HTMLFormElement>("assign-form");
  const assignError = byId("assign-error");
  const assignmentList = byId("assignment-list");
  const panel = byId("assignment");
  /** The assignment shown. */
  let shown: { id: string; label: string } | null = null;
  let assigning = false;

  assignForm.addEventListener("submit", (event) => {
    event.preventDefault();
    create();
  });
  onButton(assignmentList, "data-assignment-id", (id) => open(id));
  byId("close-assignment").addEventListener("click", () => change("close"));
  byId("reopen-assignment").addEventListener("click", () => change("reopen"));
  byId("delete-assignment").addEventListener("click", remove);
  onButton(panel, "data-sheet", (format) => {
    if (!shown) return;
    // The route reads ?format= itself (no validator), so its type does not list the query.
    const args = { param: { id: shown.id }, query: { format } };
    download(() => page.request(() => page.api.assignments[":id"].sheet.$get(args)));
  });

  function stateOf(item: { closed: boolean; closesAt?: string | null }): string {
    if (item.closed) return "fermé";
    return item.closesAt ? `ouvert jusqu'au ${dateTime.format(new Date(item.closesAt))}` : "ouvert";
  }

  async function load(): Promise<void> {
    const response = await page.request(() => page.api.assignments.$get());
    if (!response) return;
    if (!succeeded(response)) {
      say("La liste des devoirs n'a pas pu être chargée.");
      return;
    }
    const { assignments } = await response.json();
    clear(assignmentList);
    byId("assignments-empty").hidden = assignments.length > 0;
    for (const item of assignments) {
      const entry = element("li", { "data-assignment-id": item.id });
      const text = element("p", { class: "teacher-quiz-title" });
      text.append(
        element("strong", {}, item.label),
        element(
          "span",
          { class: "hint" },
          ` · ${item.quizTitle} · code ${item.joinCode} · ${plural(item.submissions, "copie")} · ${stateOf(item)}`,
        ),
      );
      const button = element("button", {
        type: "button",
        class: "button button-secondary",
        "data-assignment-id": item.id,
        "aria-controls": "assignment",
      });
      button.append("Suivre", element("span", { class: "visually-hidden" }, ` : ${item.label}`));
      entry.append(text, button);
      assignmentList.append(entry);
    }
  }

  async function create(): Promise<void> {
    if (assigning) return;
    const label = byId<HTMLInputElement>("assign-label").value.trim();
    const closes = byId<HTMLInputElement>("assign-closes").value;
    const feedback = assignForm.querySelector<HTMLInputElement>(
      "input[name=feedback]:checked",
    )?.value;
    clear(assignError);
    const errors: string[] = [];
    if (label === "") errors.push("Indiquez la classe ou la séance (par exemple « 4e B »).");
    let closesAt: string | undefined;
    if (closes) {
      // datetime-local is the teacher's local time; the API wants an instant.
      const date = new Date(closes);
      if (Number.isNaN(date.getTime()) || date.getTime() <= Date.now()) {
        errors.push("L'heure de fermeture doit être dans le futur.");
      } else closesAt = date.toISOString();
    }
    if (errors.length > 0) {
      showErrors(assignError, errors);
      return;
    }
    assigning = true;
    try {
      const response = await page.request(() =>
        page.api.assignments.$post({
          json: {
            quizId: byId<HTMLSelectElement>("assign-quiz").value,
            label,
            feedback: feedback as "immediate" | "after-close",
            ...(closesAt ? { closesAt } : {}),
          },
        }),
      );
      if (!response) return;
      if (!succeeded(response)) {
        showErrors(assignError, ["Le devoir n'a pas été créé :"], await readProblem(response));
        return;
      }
      const created = await response.json();
      assignForm.reset();
      await load();
      say(`Devoir créé : code ${created.joinCode}.`);
      await open(created.id);
    } finally {
      assigning = false;
    }
  }

  async function open(id: string): Promise<void> {
    const response = await page.request(() => page.api.assignments[":id"].$get({ param: { id } }));
    if (!response) return;
    if (!succeeded(response)) {
      await sayRefusal("Le devoir n'a pas pu être ouvert", response);
      return;
    }
    const item = await response.json();
    live.stop();
    shown = { id: item.id, label: item.label };
    show(item);
    live.clear();
    panel.hidden = false;
    byId("assignment-title").focus();
    live.follow(item.id);
  }

  function show(item: Assignment): void {
    byId("assignment-title").textContent = `Devoir « ${item.label} »`;
    byId("assignment-quiz").textContent = `${item.quizTitle} · correction ${
      item.feedback === "immediate" ? "tout de suite" : "à la fermeture"
    }`;
    byId("assignment-code").textContent = item.joinCode;
    const link = byId("assignment-link");
    link.textContent = new URL(item.joinUrl, window.location.href).href;
    link.setAttribute("href", item.joinUrl);
    byId("assignment-state").textContent = item.closed
      ? "Fermé : le devoir ne prend plus de copies."
      : item.closesAt
        ? `Ouvert jusqu'au ${dateTime.format(new Date(item.closesAt))}.`
        : "Ouvert : les élèves peuvent rendre leur copie.";
    showClosed(item.closed);
  }

  async function change(action: "close" | "reopen"): Promise<void> {
    if (!shown) return;
    const param = { id: shown.id };
    const response = await page.request(() =>
      action === "close"
        ? page.api.assignments[":id"].close.$post({ param })
        : page.api.assignments[":id"].reopen.$post({ param }),
    );
    if (!response) return;
    if (!succeeded(response)) {
      await sayRefusal("Le devoir n'a pas changé", response);
      return;
    }
    // The same body as GET /:id; Hono cannot infer it here, as the two routes share a handler
    // that may also answer c.notFound().
    show((await response.json()) as Assignment);
    await load();
    say(action === "close" ? "Devoir fermé." : "Devoir rouvert.");
  }

  async function remove(): Promise<void> {
    if (!shown) return;
    const { id, label } = shown;
    const sure = window.confirm(
      `Supprimer le devoir « ${label} » et toutes ses copies ? Cette action est définitive.`,
    );
    if (!sure) return;
    const response = await page.request(() =>
      page.api.assignments[":id"].$delete({ param: { id } }),
    );
    if (!response) return;
    if (!succeeded(response)) {
      await sayRefusal("Le devoir n'a pas été supprimé", response);
      return;
    }
    live.stop();
    shown = null;
    panel.hidden = true;
    await load();
    byId("assignments-title").focus();
    say(`Devoir « ${label} » supprimé.`);
  }

  /** Close or reopen, whichever applies. */
  function showClosed(closed: boolean): void {
    byId("close-assignment").hidden = closed;
    byId("reopen-assignment").hidden = !closed;
  }

  return {
    load,
    showClosed,
    /** The assignment was deleted elsewhere (the live stream says so). */
    gone(): void {
      live.stop();
      panel.hidden = true;
      load();
      say("Ce devoir a été supprimé.");
    },
    reset(): void {
      live.stop();
      shown = null;
      panel.hidden = true;
      clear(assignmentList);
    },
  };
}
