/**
 * @module
 * The form to edit a question, or write a new one: type, prompt, options with the right one,
 * Vrai/Faux, answer and accepted forms, evidence. Each field has its error box, filled from the
 * API's errors[].path; a key edit regrades the sheets handed in.
 */
import { MAX_FORM_LENGTH } from "../../core/quiz/quiz-limits";
import { succeeded } from "./api-client";
import { clear, element, find, plural } from "./dom";
import { type Problem, readProblem, say, showErrors } from "./messages";
import { TYPE_LABELS } from "./review";
import type { ReviewedQuestion, ReviewedQuiz, TeacherPage } from "./teacher-context";

/** Where the API's errors[].path lands in an editor: the field it names. */
const EDITOR_FIELDS = ["type", "prompt", "options", "answer", "accepted", "evidence", "truth"];
/** Rows of options offered; empty ones are left out. */
const OPTION_ROWS = 5;

/** The controls of one editor. */
interface Fields {
  key: string;
  type: HTMLSelectElement;
  prompt: HTMLTextAreaElement;
  options: HTMLFieldSetElement;
  truth: HTMLFieldSetElement;
  answer: HTMLInputElement;
  accepted: HTMLTextAreaElement;
  evidence: HTMLTextAreaElement;
}

/** A question as the editor sends it (PATCH or POST …/questions). */
interface QuestionBody {
  type: ReviewedQuestion["type"];
  prompt: string;
  options?: { id: string; text: string }[];
  answer?: string | boolean;
  accepted?: string[];
  evidence?: { text: string };
}

/** What the editor needs of the review it edits. */
interface EditorHost {
  canRestructure(): boolean;
  review(): { quiz: ReviewedQuiz } | null;
  /** The quiz as changed; the focus goes to `focusSelector` in the list of questions. */
  saved(quiz: ReviewedQuiz, focusSelector?: string): void;
  /** Closes the « add a question » editor. */
  closeAdd(): void;
  reviewList: HTMLElement;
  addButton: HTMLElement;
}

/** The editor of the review; `form` builds one. */
export function questionEditor(page: TeacherPage, host: EditorHost) {
  let editorCount = 0;

  function form(question: ReviewedQuestion | null): HTMLFormElement {
    const key = `ed${++editorCount}`;
    const locked = question !== null && !host.canRestructure();
    const editor = element("form", { class: "teacher-form review-editor", novalidate: "" });
    const field = <T extends HTMLElement>(
      name: string,
      label: string,
      control: T,
      hint?: string,
    ) => {
      const box = element("div", { class: "field", "data-field": name });
      const controlId = `${key}-${name}`;
      const errorId = `${controlId}-error`;
      if (control.tagName === "FIELDSET") {
        control.prepend(element("legend", {}, label));
        control.setAttribute("aria-describedby", errorId);
        box.append(control);
      } else {
        control.id = controlId;
        box.append(element("label", { for: controlId }, label));
        if (hint) {
          box.append(element("p", { class: "hint", id: `${controlId}-hint` }, hint));
          control.setAttribute("aria-describedby", `${controlId}-hint ${errorId}`);
        } else control.setAttribute("aria-describedby", errorId);
        box.append(control);
      }
      box.append(element("div", { class: "field-error", id: errorId }));
      editor.append(box);
      return control;
    };

    const type = element("select", { name: "type" });
    for (const [value, label] of Object.entries(TYPE_LABELS)) {
      const option = element("option", { value }, label);
      if ((question?.type ?? "short_answer") === value) option.selected = true;
      type.append(option);
    }
    if (locked) type.disabled = true;
    field("type", "Type de question", type);

    const prompt = element("textarea", { name: "prompt", rows: "2" });
    prompt.value = question?.prompt ?? "";
    if (locked) prompt.readOnly = true;
    field(
      "prompt",
      "Énoncé",
      prompt,
      locked ? "Les élèves l'ont déjà lu : il ne change plus." : undefined,
    );

    // Options: five rows, empty ones left out; a radio marks the right one.
    const options = element("fieldset", { class: "options-field" });
    const given = (question?.type === "single_choice" && question.options) || [];
    for (let row = 0; row < OPTION_ROWS; row++) {
      const option = given[row];
      const line = element("div", { class: "option-row" });
      const radio = element("input", {
        type: "radio",
        name: `${key}-right`,
        id: `${key}-right-${row}`,
        value: String(row),
      });
      if (option && option.id === question?.answer) radio.checked = true;
      const text = element("input", {
        type: "text",
        id: `${key}-option-${row}`,
        "data-option-id": option?.id ?? `n${row}`,
        maxlength: String(MAX_FORM_LENGTH),
      });
      text.value = option?.text ?? "";
      if (locked) text.readOnly = true;
      line.append(
        radio,
        element(
          "label",
          { for: `${key}-right-${row}`, class: "visually-hidden" },
          `Option ${row + 1} est la bonne réponse`,
        ),
        element(
          "label",
          { for: `${key}-option-${row}`, class: "visually-hidden" },
          `Texte de l'option ${row + 1}`,
        ),
        text,
      );
      options.append(line);
    }
    field("options", "Options (3 à 5) : cochez la bonne réponse", options);

    const truth = element("fieldset", { class: "truth-field" });
    for (const [value, label] of [
      ["true", "Vrai"],
      ["false", "Faux"],
    ] as const) {
      const radio = element("input", {
        type: "radio",
        name: `${key}-truth`,
        id: `${key}-truth-${value}`,
        value,
      });
      if (question?.type === "true_false" && String(question.answer) === value) {
        radio.checked = true;
      }
      const line = element("div", { class: "option-row" });
      line.append(radio, element("label", { for: `${key}-truth-${value}` }, label));
      truth.append(line);
    }
    field("truth", "Réponse attendue", truth);

    const answer = element("input", {
      type: "text",
      name: "answer",
      maxlength: String(MAX_FORM_LENGTH),
    });
    answer.value = question?.type === "short_answer" ? String(question.answer) : "";
    field("answer", "Réponse attendue", answer);
    const accepted = element("textarea", { name: "accepted", rows: "3" });
    accepted.value =
      question?.type === "short_answer"
        ? (question.accepted ?? []).filter((form) => form !== question.answer).join("\n")
        : "";
    field("accepted", "Autres formes acceptées", accepted, "Une par ligne.");

    const evidence = element("textarea", { name: "evidence", rows: "3" });
    evidence.value = question?.evidence.text ?? "";
    field(
      "evidence",
      "Justification",
      evidence,
      "Le passage de l'article qui justifie la réponse, copié tel quel.",
    );

    const formError = element("div", { class: "form-error", role: "alert" });
    const actions = element("div", { class: "review-tools" });
    actions.append(
      element(
        "button",
        { type: "submit", class: "button" },
        question ? "Enregistrer" : "Ajouter la question",
      ),
      element(
        "button",
        { type: "button", class: "button button-secondary", "data-cancel": "" },
        "Annuler",
      ),
    );
    editor.append(formError, actions);

    const showType = () => {
      const value = type.value;
      find(editor, '[data-field="options"]').hidden = value !== "single_choice";
      find(editor, '[data-field="truth"]').hidden = value !== "true_false";
      find(editor, '[data-field="answer"]').hidden = value !== "short_answer";
      find(editor, '[data-field="accepted"]').hidden = value !== "short_answer";
    };
    type.addEventListener("change", showType);
    showType();

    find(editor, "[data-cancel]").addEventListener("click", () => close(editor, question));
    const fields: Fields = { key, type, prompt, options, truth, answer, accepted, evidence };
    editor.addEventListener("submit", (event) => {
      event.preventDefault();
      save(editor, question, fields);
    });
    return editor;
  }

  function close(editor: HTMLFormElement, question: ReviewedQuestion | null): void {
    const panel = editor.parentElement;
    if (panel) {
      clear(panel);
      panel.hidden = true;
    }
    if (question) {
      host.reviewList
        .querySelector<HTMLElement>(
          `li[data-question-id="${question.id}"] button[data-action="edit"]`,
        )
        ?.focus();
    } else {
      host.addButton.setAttribute("aria-expanded", "false");
      host.addButton.focus();
    }
  }

  async function save(
    editor: HTMLFormElement,
    question: ReviewedQuestion | null,
    fields: Fields,
  ): Promise<void> {
    const review = host.review();
    if (!review) return;
    for (const box of editor.querySelectorAll(".field-error")) clear(box);
    for (const control of editor.querySelectorAll("[aria-invalid]")) {
      control.removeAttribute("aria-invalid");
    }
    clear(find(editor, ".form-error"));
    const body = editorBody(question, fields);
    const id = review.quiz.id;
    const response = await page.request(() =>
      question
        ? page.api.quizzes[":id"].questions[":questionId"].$patch({
            param: { id, questionId: question.id },
            json: body,
          })
        : page.api.quizzes[":id"].questions.$post({ param: { id }, json: body }),
    );
    if (!response) return;
    if (!succeeded(response)) {
      showEditorErrors(editor, fields, await readProblem(response));
      return;
    }
    const answered = (await response.json()) as
      | ReviewedQuiz
      | { quiz: ReviewedQuiz; regraded: number; changed: { marks: number } };
    // A key edit answers { regraded, changed, quiz }.
    const quiz = "quiz" in answered ? answered.quiz : answered;
    if (question) {
      host.saved(quiz, `li[data-question-id="${question.id}"] button[data-action="edit"]`);
      say(
        "regraded" in answered && answered.regraded > 0
          ? `Question enregistrée : ${plural(answered.regraded, "copie")} recorrigée(s), ${plural(answered.changed.marks, "note")} modifiée(s).`
          : "Question enregistrée.",
      );
    } else {
      host.closeAdd();
      const added = quiz.questions.at(-1);
      host.saved(
        quiz,
        added ? `li[data-question-id="${added.id}"] button[data-action="edit"]` : undefined,
      );
      say("Question ajoutée.");
    }
    page.detail.loadResults(id);
  }

  return { form };
}

/** What the editor says, as the API's fields; unchanged evidence is not sent again. */
function editorBody(question: ReviewedQuestion | null, fields: Fields): QuestionBody {
  const { key, type, prompt, options, truth, answer, accepted, evidence } = fields;
  const body: QuestionBody = {
    type: type.value as QuestionBody["type"],
    prompt: prompt.value.trim(),
  };
  if (type.value === "single_choice") {
    const rows = [...options.querySelectorAll(".option-row")];
    body.options = [];
    for (const row of rows) {
      const text = find<HTMLInputElement>(row, 'input[type="text"]');
      if (text.value.trim() === "") continue;
      body.options.push({ id: text.getAttribute("data-option-id") ?? "", text: text.value.trim() });
    }
    const checked = options.querySelector<HTMLInputElement>(`input[name="${key}-right"]:checked`);
    const right = checked && rows[Number(checked.value)]?.querySelector('input[type="text"]');
    if (right) body.answer = right.getAttribute("data-option-id") ?? "";
  } else if (type.value === "true_false") {
    const checked = truth.querySelector<HTMLInputElement>(`input[name="${key}-truth"]:checked`);
    if (checked) body.answer = checked.value === "true";
  } else {
    if (answer.value.trim() !== "") body.answer = answer.value.trim();
    body.accepted = accepted.value
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line !== "");
  }
  const text = evidence.value.trim();
  if (!question || text !== question.evidence.text) body.evidence = { text };
  return body;
}

/** The API's errors next to the fields they name; anything else above the buttons. */
function showEditorErrors(editor: HTMLFormElement, { type }: Fields, problem: Problem): void {
  const general: Problem["errors"] = [];
  let first: HTMLElement | null = null;
  for (const error of problem.errors) {
    let name = error.path.split(".")[0] ?? "";
    if (name === "answer" && type.value === "single_choice") name = "options";
    if (name === "answer" && type.value === "true_false") name = "truth";
    const box = EDITOR_FIELDS.includes(name)
      ? editor.querySelector<HTMLElement>(`[data-field="${name}"]`)
      : null;
    if (!box || box.hidden) {
      general.push(error);
      continue;
    }
    find(box, ".field-error").append(element("p", { lang: "en" }, error.message));
    box.querySelector("fieldset, textarea, input, select")?.setAttribute("aria-invalid", "true");
    first = first || box.querySelector<HTMLElement>("textarea, input, select");
  }
  if (general.length > 0 || problem.errors.length === 0) {
    showErrors(find(editor, ".form-error"), ["La question n'a pas été enregistrée :"], {
      detail: problem.errors.length === 0 ? problem.detail : "",
      errors: general,
    });
  }
  (first || find<HTMLElement>(editor, "button[type=submit]")).focus();
  say("La question n'a pas été enregistrée : voyez les messages près des champs.");
}
