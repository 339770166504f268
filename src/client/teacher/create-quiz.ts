/**
 * @module
 * « Créer un quiz »: the form checked as the API would (its limits, from the same module), in
 * French, then sent; the quiz is created as a draft, to review and publish.
 */
import { formatFrenchNumber } from "../../core/french/grammar/format-french-number";
import {
  DEFAULT_QUESTION_COUNT,
  MAX_ARTICLE_LENGTH,
  MAX_QUESTION_COUNT,
  MAX_TITLE_LENGTH,
  MIN_ARTICLE_LENGTH,
  MIN_QUESTION_COUNT,
} from "../../core/quiz/quiz-limits";
import { succeeded } from "./api-client";
import { byId, clear, find, plural } from "./dom";
import { readProblem, say, showErrors } from "./messages";
import { studentPath } from "./quiz-list";
import type { TeacherPage } from "./teacher-context";

/** The form's fields, by the API's name for them. */
const FIELD_INPUTS = { text: "article", title: "quiz-title", questionCount: "question-count" };
type Field = keyof typeof FIELD_INPUTS;

/** What the form sends to POST /api/quizzes. */
interface NewQuiz {
  text: string;
  title?: string;
  questionCount: number;
  public?: boolean;
  published: boolean;
}

/**
 * The form's errors, checked as the API would, in French; the API checks again.
 *
 * @example
 * formErrors({ text: "Trop court.", questionCount: 10, published: false });
 * // [["text", "Le texte de l'article doit faire au moins 200 caractères (il en fait 11) : …"]]
 */
export function formErrors(body: NewQuiz): [Field, string][] {
  const errors: [Field, string][] = [];
  if (body.text.length < MIN_ARTICLE_LENGTH) {
    errors.push([
      "text",
      `Le texte de l'article doit faire au moins ${MIN_ARTICLE_LENGTH} caractères (il en fait ${body.text.length}) : collez l'article entier.`,
    ]);
  } else if (body.text.length > MAX_ARTICLE_LENGTH) {
    errors.push([
      "text",
      `Le texte de l'article doit faire au plus ${formatFrenchNumber(MAX_ARTICLE_LENGTH)} caractères.`,
    ]);
  }
  if (body.title !== undefined && body.title.length > MAX_TITLE_LENGTH) {
    errors.push(["title", `Le titre doit faire au plus ${MAX_TITLE_LENGTH} caractères.`]);
  }
  const count = body.questionCount;
  if (!Number.isInteger(count) || count < MIN_QUESTION_COUNT || count > MAX_QUESTION_COUNT) {
    errors.push([
      "questionCount",
      `Le nombre de questions doit être un nombre entier de ${MIN_QUESTION_COUNT} à ${MAX_QUESTION_COUNT}.`,
    ]);
  }
  return errors;
}

/** Wires the form; returns what signing out resets. */
export function createQuizForm(page: TeacherPage, list: { showAll(): Promise<unknown> }) {
  const createForm = byId<HTMLFormElement>("create-form");
  const createError = byId("create-error");
  const created = byId("created");
  let creating = false;
  /** The quiz just created, for « Relire les questions ». */
  let createdQuiz: { id: string; title: string } | null = null;

  createForm.addEventListener("submit", (event) => {
    event.preventDefault();
    createQuiz();
  });
  byId("copy-url").addEventListener("click", copyUrl);
  byId("review-created").addEventListener("click", () => {
    if (createdQuiz) page.detail.open(createdQuiz.id, createdQuiz.title);
  });

  function markInvalid(paths: string[]): void {
    for (const [path, id] of Object.entries(FIELD_INPUTS)) {
      const input = byId(id);
      if (paths.includes(path)) input.setAttribute("aria-invalid", "true");
      else input.removeAttribute("aria-invalid");
    }
    const first = (Object.keys(FIELD_INPUTS) as Field[]).find((path) => paths.includes(path));
    if (first) byId(FIELD_INPUTS[first]).focus();
  }

  async function createQuiz(): Promise<void> {
    if (creating) return;
    const title = byId<HTMLInputElement>("quiz-title").value.trim();
    const countText = byId<HTMLInputElement>("question-count").value.trim();
    const body: NewQuiz = {
      text: byId<HTMLTextAreaElement>("article").value.trim(),
      ...(title ? { title } : {}),
      questionCount: countText === "" ? DEFAULT_QUESTION_COUNT : Number(countText),
      ...(byId<HTMLInputElement>("quiz-public").checked ? { public: true } : {}),
      // A draft: students cannot open it until the teacher has reviewed and published it.
      published: false,
    };
    clear(createError);
    created.hidden = true;
    const errors = formErrors(body);
    if (errors.length > 0) {
      showErrors(
        createError,
        errors.map(([, message]) => message),
      );
      markInvalid(errors.map(([path]) => path));
      return;
    }
    markInvalid([]);
    creating = true;
    const submit = find<HTMLButtonElement>(createForm, "button[type=submit]");
    submit.disabled = true;
    say("Création du quiz en cours…");
    try {
      const response = await page.request(() => page.api.quizzes.$post({ json: body }));
      if (!response) return;
      if (!succeeded(response)) {
        const problem = await readProblem(response);
        showErrors(createError, ["Le quiz n'a pas été créé :"], problem);
        markInvalid(problem.errors.map((error) => error.path.split(".")[0] ?? ""));
        say("Le quiz n'a pas été créé.");
        return;
      }
      const quiz = await response.json();
      showCreated(quiz);
      createForm.reset();
      await list.showAll();
    } finally {
      creating = false;
      submit.disabled = false;
    }
  }

  function showCreated(quiz: { id: string; title: string; questions: unknown[] }): void {
    const path = studentPath(quiz.id);
    byId("created-summary").textContent =
      `Quiz créé en brouillon : « ${quiz.title} », ${plural(quiz.questions.length, "question")}. Relisez les questions, puis publiez-le : les élèves ne peuvent pas l'ouvrir avant.`;
    createdQuiz = { id: quiz.id, title: quiz.title };
    byId<HTMLInputElement>("created-url").value = new URL(path, window.location.href).href;
    byId("created-link").setAttribute("href", path);
    created.hidden = false;
    created.focus();
    say(`Quiz créé : « ${quiz.title} ».`);
  }

  async function copyUrl(): Promise<void> {
    const input = byId<HTMLInputElement>("created-url");
    try {
      await navigator.clipboard.writeText(input.value);
    } catch {
      // No clipboard API, or no permission: select the address for the teacher to copy.
      input.focus();
      input.select();
      say("Le lien est sélectionné : copiez-le avec Ctrl+C (ou Cmd+C).");
      return;
    }
    say("Lien copié.");
  }

  return {
    reset(): void {
      created.hidden = true;
      clear(createError);
    },
  };
}
