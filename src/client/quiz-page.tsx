/**
 * @module
 * The quiz page's script (bundled to /quiz.js): counts answered questions as the student goes,
 * keeps the answers in sessionStorage (a reload or a failed request loses nothing), sends them
 * to the JSON API and shows the results in place. Without it the form posts to the server,
 * which answers with the same page, results included.
 *
 * The results and the evidence marks are the server's own views (ResultsView, ArticleBody),
 * rendered here by hono/jsx/dom from the API's answer, then set in the pages' French
 * typography (typesetPageHtml, as renderPage does): one view, two renderers, same page.
 *
 * As on the server's page, Enter in a field moves to the next one (a phone's « OK » is
 * Enter), and a sheet with unanswered questions is handed in only once the student says so.
 *
 * Nothing here knows an answer: the key only arrives in the API's reply, after submitting.
 */

import { render } from "hono/jsx/dom";
import type { MarkedSheet } from "../core/marking/mark-sheet";
import type { StudentQuestion } from "../core/quiz/to-student-view";
import { frenchSpacing } from "../core/text/french-typography";
import { ArticleBody } from "../views/article-view";
import { toHighlights } from "../views/highlight-evidence";
import { ResultsView, type ShownSheet } from "../views/results-view";
import { typesetPageHtml } from "../views/typeset-page";
import { newIdempotencyKey } from "./idempotency-key";

/** A question of the form: what the results view needs, and its fieldset. */
interface PageQuestion extends StudentQuestion {
  fieldset: HTMLFieldSetElement;
}

/** What an assignment's refusals (409) mean for the student, by problem type. */
const REFUSALS: Record<string, string> = {
  "/problems/already-handed-in":
    "Une copie a déjà été rendue sous ce nom pour ce devoir : la première est gardée, celle-ci n'a pas été enregistrée. Si ce n'est pas la vôtre, ajoutez l'initiale de votre nom, ou parlez-en à votre enseignant.",
  "/problems/assignment-closed":
    "Ce devoir est fermé : il ne prend plus de copies, vos réponses n'ont pas été enregistrées. Parlez-en à votre enseignant.",
};

/** How often a sheet still being stored (409 without a refusal) is sent again, a second apart. */
const BUSY_RETRIES = 5;

start();

function start(): void {
  const form = document.querySelector<HTMLFormElement>("form.quiz-form[data-quiz-id]");
  if (form?.getAttribute("data-state") !== "open") return;
  // Older browsers keep the plain form post, which works everywhere.
  if (typeof window.fetch !== "function" || typeof window.Promise !== "function") return;
  const submitBar = form.querySelector<HTMLElement>(".submit-bar");
  const progress = form.querySelector<HTMLElement>("#progress");
  const errorBox = form.querySelector<HTMLElement>("#submit-error");
  const results = document.getElementById("results");
  if (!submitBar || !progress || !errorBox || !results) return;
  quizForm(form, { submitBar, progress, errorBox, results });
}

function quizForm(
  form: HTMLFormElement,
  parts: {
    submitBar: HTMLElement;
    progress: HTMLElement;
    errorBox: HTMLElement;
    results: HTMLElement;
  },
): void {
  const { submitBar, progress, errorBox, results } = parts;
  const quizId = form.getAttribute("data-quiz-id") ?? "";
  // An assignment's page (/j/<code>) sends to its own route and offers no second try.
  const submitUrl =
    form.getAttribute("data-submit-url") ||
    `/api/quizzes/${encodeURIComponent(quizId)}/submissions`;
  const restart = form.hasAttribute("data-restart")
    ? null
    : `/quizzes/${encodeURIComponent(quizId)}`;
  const storageKey = `ardoise:answers:${quizId}:${submitUrl}`;
  const questions = [...form.querySelectorAll<HTMLFieldSetElement>("fieldset.question")].map(
    readQuestion,
  );
  const student = form.querySelector<HTMLInputElement>("#student");
  let sending = false;
  /**
   * The Idempotency-Key of the sheet being sent, kept across retries of the same sheet: however
   * many times it reaches the server (a lost answer, a retry), it is stored once. A sheet the
   * student changed since is a new sheet, with a new key.
   */
  let sheet: { body: string; key: string } | null = null;

  /** Whether the student said to hand in this sheet with its unanswered questions. */
  let confirmed = false;
  const confirmBox = document.createElement("div");
  confirmBox.className = "hand-in-check";
  confirmBox.id = "hand-in-confirm";

  restoreAnswers();
  showProgress();
  form.addEventListener("input", onEdit);
  form.addEventListener("change", onEdit);
  form.addEventListener("keydown", (event) => nextFieldOnEnter(form, event));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    // The server's « Rendre quand même » (a sheet sent back without the script) is the answer.
    const submitter = event.submitter as HTMLButtonElement | null;
    if (submitter?.name === "hand-in") confirmed = true; // HAND_IN_ANYWAY_FIELD
    const unanswered = questions.filter((question) => !isAnswered(question));
    if (unanswered.length > 0 && !confirmed) askFirst(unanswered);
    else send();
  });
  emphasiseInFocus(results);

  function onEdit(): void {
    // A changed sheet is asked about again.
    confirmed = false;
    confirmBox.remove();
    saveAnswers();
    showProgress();
  }

  /**
   * Asks before handing in a sheet with unanswered questions, as the server does without a
   * script: « 3 questions sans réponse — rendre quand même ? ». « Rendre quand même » sends it,
   * « Compléter mes réponses » goes to the first question left.
   */
  function askFirst(unanswered: readonly PageQuestion[]): void {
    if (!confirmBox.parentNode) submitBar.prepend(confirmBox);
    render(
      <HandInConfirm
        count={unanswered.length}
        onAnyway={() => {
          confirmBox.remove();
          confirmed = true;
          send();
        }}
        onBack={() => {
          confirmBox.remove();
          unanswered[0]?.fieldset.querySelector("input")?.focus();
        }}
      />,
      confirmBox,
    );
    confirmBox.setAttribute("role", "group");
    confirmBox.setAttribute("aria-labelledby", "hand-in-question");
    document.getElementById("hand-in-question")?.focus();
  }

  function showProgress(): void {
    const answered = questions.filter(isAnswered).length;
    progress.textContent = `${answered} / ${questions.length} questions répondues`;
  }

  /** The body for POST …/submissions: blanks left out, true/false as booleans. */
  function submission(): { answers: Record<string, string | boolean>; student?: string } {
    const answers: Record<string, string | boolean> = {};
    for (const question of questions) {
      if (!isAnswered(question)) continue;
      const value = fieldValue(question);
      answers[question.id] = question.type === "true_false" ? value === "true" : value;
    }
    const name = student ? student.value.trim() : "";
    return name === "" ? { answers } : { answers, student: name };
  }

  function saveAnswers(): void {
    const fields: Record<string, string> = {};
    for (const question of questions) fields[question.id] = fieldValue(question);
    try {
      sessionStorage.setItem(
        storageKey,
        JSON.stringify({ fields, student: student ? student.value : "" }),
      );
    } catch {
      // Storage full or disabled (private browsing): the answers are still on the page.
    }
  }

  function restoreAnswers(): void {
    let saved: { fields?: unknown; student?: unknown } | null = null;
    try {
      saved = JSON.parse(sessionStorage.getItem(storageKey) || "null");
    } catch {
      return;
    }
    if (!saved || typeof saved.fields !== "object" || saved.fields === null) return;
    const fields = saved.fields as Record<string, unknown>;
    for (const question of questions) {
      const value = fields[question.id];
      if (typeof value !== "string" || value === "") continue;
      if (question.type === "short_answer") {
        const input = question.fieldset.querySelector<HTMLInputElement>("input[type=text]");
        if (input && input.value === "") input.value = value;
      } else {
        for (const radio of question.fieldset.querySelectorAll<HTMLInputElement>(
          "input[type=radio]",
        )) {
          if (radio.value === value) radio.checked = true;
        }
      }
    }
    if (student && student.value === "" && typeof saved.student === "string") {
      student.value = saved.student;
    }
  }

  function send(busyRetries = 0): void {
    if (sending) return;
    sending = true;
    form.setAttribute("aria-busy", "true");
    errorBox.textContent = "";
    progress.textContent = "Envoi des réponses…";
    saveAnswers();
    const body = JSON.stringify(submission());
    if (!sheet || sheet.body !== body) sheet = { body, key: newIdempotencyKey() };
    fetch(submitUrl, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        Accept: "application/json",
        "Idempotency-Key": sheet.key,
      },
      credentials: "same-origin",
      body,
    })
      .then(async (response) => {
        if (response.status === 201) {
          showResults((await response.json()) as ShownSheet);
          return;
        }
        if (response.status === 409) {
          const problem = (await response.json().catch(() => ({}))) as { type?: unknown };
          const refusal = typeof problem.type === "string" ? REFUSALS[problem.type] : undefined;
          if (refusal) {
            showError(refusal, false);
            return;
          }
          // The same sheet is still being stored (a double click, a retry too early): ask again.
          if (busyRetries < BUSY_RETRIES) {
            setTimeout(() => send(busyRetries + 1), 1000);
            return;
          }
          showError(
            "Le serveur n'a pas pu enregistrer vos réponses pour le moment. Elles sont conservées : réessayez dans un instant.",
          );
          return;
        }
        showError(
          response.status >= 500
            ? "Le serveur n'a pas pu corriger vos réponses pour le moment. Elles sont conservées : réessayez dans un instant."
            : `Le serveur a refusé ces réponses (erreur ${response.status}). Elles sont conservées : rechargez la page, puis réessayez.`,
        );
      })
      .catch(() => {
        showError(
          "Impossible d'envoyer vos réponses : la connexion a échoué. Elles sont conservées sur cette page ; vérifiez votre connexion, puis réessayez.",
        );
      })
      .then(() => {
        sending = false;
        form.removeAttribute("aria-busy");
        if (form.getAttribute("data-state") === "open") showProgress();
      });
  }

  function showError(message: string, canRetry = true): void {
    errorBox.textContent = "";
    const text = document.createElement("p");
    text.textContent = message;
    errorBox.append(text);
    if (!canRetry) return;
    const retry = document.createElement("button");
    retry.type = "button";
    retry.className = "button button-secondary";
    retry.textContent = "Réessayer";
    retry.addEventListener("click", () => send());
    errorBox.append(retry);
  }

  /** Locks the form, marks the evidence in the article and shows the results panel. */
  function showResults(reply: ShownSheet): void {
    form.setAttribute("data-state", "marked");
    for (const question of questions) question.fieldset.disabled = true;
    if (student) student.disabled = true;
    submitBar.hidden = true;
    // As the server renders a marked page: the progress line is empty (and hidden).
    progress.textContent = "";
    // An after-close assignment still open sends neither expected answers nor evidence.
    const withheld = !isComplete(reply);
    if (!withheld) markEvidence(reply, questions);
    render(
      <ResultsView
        quiz={{ id: quizId, questions }}
        sheet={reply}
        restart={restart}
        withholdKey={withheld}
      />,
      results,
    );
    typeset(results);
    results.setAttribute("autofocus", "");
    document.title = `Résultats · ${document.title}`;
    try {
      sessionStorage.removeItem(storageKey);
    } catch {
      // Nothing to clean up when storage is unavailable.
    }
    results.focus();
  }
}

/** A question as the page's form shows it: id, type, prompt and options (ids and labels). */
function readQuestion(fieldset: HTMLFieldSetElement): PageQuestion {
  const id = fieldset.getAttribute("data-question-id") ?? "";
  const type = fieldset.getAttribute("data-type") as StudentQuestion["type"];
  const prompt = fieldset.querySelector(".question-prompt")?.textContent ?? "";
  if (type !== "single_choice") return { id, type, prompt, fieldset };
  const options = [...fieldset.querySelectorAll<HTMLInputElement>("input[type=radio]")].map(
    (radio) => ({
      id: radio.value,
      text: fieldset.querySelector(`label[for="${radio.id}"]`)?.textContent ?? radio.value,
    }),
  );
  return { id, type, prompt, options, fieldset };
}

/** What the field of a question holds: text, option id or "true"/"false"; "" when empty. */
function fieldValue(question: PageQuestion): string {
  if (question.type === "short_answer") {
    return question.fieldset.querySelector<HTMLInputElement>("input[type=text]")?.value ?? "";
  }
  return (
    question.fieldset.querySelector<HTMLInputElement>("input[type=radio]:checked")?.value ?? ""
  );
}

function isAnswered(question: PageQuestion): boolean {
  return fieldValue(question).trim() !== "";
}

/** Whether the reply carries the key (expected answers and evidence): not while withheld. */
function isComplete(reply: ShownSheet): reply is MarkedSheet {
  return reply.results.every((result) => result.evidence !== undefined);
}

/** The article's paragraphs again, as the server renders them on a marked page. */
function markEvidence(sheet: MarkedSheet, questions: readonly PageQuestion[]): void {
  const body = document.querySelector<HTMLElement>(".article-body");
  if (!body) return;
  const paragraphs = [...body.querySelectorAll("p[data-offset]")].map(
    (paragraph) => paragraph.textContent ?? "",
  );
  render(
    <ArticleBody paragraphs={paragraphs} highlights={toHighlights(sheet.results, questions)} />,
    body,
  );
  typeset(body);
}

/**
 * What a view rendered into `container`, in the French typography renderPage gives the
 * server's pages (once rendered, without handlers to keep: its HTML is set again).
 */
function typeset(container: HTMLElement): void {
  container.innerHTML = typesetPageHtml(container.innerHTML);
}

/** The question asked before handing in a sheet with unanswered questions. */
function HandInConfirm({
  count,
  onAnyway,
  onBack,
}: {
  count: number;
  onAnyway: () => void;
  onBack: () => void;
}) {
  const questions = count > 1 ? `${count} questions` : "1 question";
  return (
    <>
      <p id="hand-in-question" tabindex={-1}>
        <strong>{frenchSpacing(`${questions} sans réponse — rendre quand même ?`)}</strong>
      </p>
      <p class="hand-in-actions">
        <button type="button" class="button" onClick={onAnyway}>
          Rendre quand même
        </button>{" "}
        <button type="button" class="button button-secondary" onClick={onBack}>
          Compléter mes réponses
        </button>
      </p>
    </>
  );
}

/**
 * Enter in a field moves to the next one rather than handing in the sheet (a phone's « OK »
 * is Enter): only the button hands it in. A group of radio buttons is entered at its checked
 * one, or its first.
 */
function nextFieldOnEnter(form: HTMLFormElement, event: KeyboardEvent): void {
  const field = event.target;
  if (event.key !== "Enter" || event.isComposing) return;
  if (!(field instanceof HTMLInputElement) || (field.type !== "text" && field.type !== "radio")) {
    return;
  }
  event.preventDefault();
  const fields = [
    ...form.querySelectorAll<HTMLInputElement | HTMLButtonElement>(
      "input[type=text], input[type=radio], button[type=submit]",
    ),
  ].filter(
    (candidate) =>
      !candidate.disabled && (candidate.type !== "radio" || candidate.name !== field.name),
  );
  const after = fields.find(
    (candidate) => field.compareDocumentPosition(candidate) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
  if (!after) return;
  const checked =
    after.type === "radio"
      ? form.querySelector<HTMLInputElement>(`input[type=radio][name="${after.name}"]:checked`)
      : null;
  (checked ?? after).focus();
}

/**
 * The question in focus in the results is the one whose passage stands out in the article
 * (the stylesheet fades the others).
 */
function emphasiseInFocus(results: HTMLElement): void {
  results.addEventListener("focusin", (event) => {
    const item = event.target instanceof Element ? event.target.closest("li.result") : null;
    emphasise(item ? item.id.replace(/^result-/, "") : null);
  });
  results.addEventListener("focusout", (event) => {
    if (!(event.relatedTarget instanceof Node && results.contains(event.relatedTarget))) {
      emphasise(null);
    }
  });
}

function emphasise(questionId: string | null): void {
  // Looked up each time: the script renders the article body again once marked.
  const body = document.querySelector<HTMLElement>(".article-body");
  if (!body) return;
  if (questionId) body.setAttribute("data-focus-question", questionId);
  else body.removeAttribute("data-focus-question");
  for (const mark of body.querySelectorAll("mark.evidence")) {
    mark.classList.toggle("evidence-focus", mark.getAttribute("data-question-id") === questionId);
  }
}
