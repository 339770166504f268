/**
 * @module
 * The quiz page's script (bundled to /quiz.js): counts answered questions as the student goes,
 * keeps the answers in sessionStorage (a reload or a failed request loses nothing), sends them
 * to the JSON API and shows the results in place. Without it the form posts to the server,
 * which answers with the same page, results included.
 *
 * The results and the evidence marks are the server's own views (ResultsView, ArticleBody),
 * rendered here by hono/jsx/dom from the API's answer: one view, two renderers.
 *
 * Nothing here knows an answer: the key only arrives in the API's reply, after submitting.
 */
import { render } from "hono/jsx/dom";
import type { MarkedSheet } from "../core/marking/mark-sheet";
import type { StudentQuestion } from "../core/quiz/to-student-view";
import { ArticleBody } from "../views/article-view";
import { toHighlights } from "../views/highlight-evidence";
import { ResultsView, type ShownSheet } from "../views/results-view";
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

  restoreAnswers();
  showProgress();
  form.addEventListener("input", onEdit);
  form.addEventListener("change", onEdit);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    send();
  });

  function onEdit(): void {
    saveAnswers();
    showProgress();
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
    if (!withheld) markEvidence(reply);
    render(
      <ResultsView
        quiz={{ id: quizId, questions }}
        sheet={reply}
        restart={restart}
        withholdKey={withheld}
      />,
      results,
    );
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
function markEvidence(sheet: MarkedSheet): void {
  const body = document.querySelector<HTMLElement>(".article-body");
  if (!body) return;
  const paragraphs = [...body.querySelectorAll("p[data-offset]")].map(
    (paragraph) => paragraph.textContent ?? "",
  );
  render(
    <ArticleBody paragraphs={paragraphs} highlights={toHighlights(sheet.results, [])} />,
    body,
  );
}
