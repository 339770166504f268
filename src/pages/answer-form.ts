/**
 * @module
 * Reads the quiz form as a browser posts it without JavaScript: one field per question, named
 * by its id, plus the optional student name. Checked with a valibot schema built from the quiz.
 */
import * as v from "valibot";
import type { AnswerSheet } from "../core/marking/mark-sheet";
import { MAX_ANSWER_LENGTH, MAX_STUDENT_LENGTH, RESERVED_KEYS } from "../core/marking/sheet-limits";
import type { StudentQuestion, StudentQuiz } from "../core/quiz/to-student-view";
import { KEY_FORMAT } from "../middleware/idempotency";

/** Name of the form field for the student's name; question ids are `q1`, `q2`… */
export const STUDENT_FIELD = "student";
/** Name of the hidden field that holds the page's idempotency key (see src/hand-in.ts). */
export const KEY_FIELD = "idempotency-key";

/**
 * Name of the « Rendre quand même » button's field: a sheet with unanswered questions is only
 * marked and stored once the student sends it with this button.
 */
export const HAND_IN_ANYWAY_FIELD = "hand-in";
/** Its value. */
export const HAND_IN_ANYWAY = "anyway";

/** A parsed form body: `c.req.parseBody({ all: true })`. Repeated fields come as arrays. */
export type FormBody = Record<string, string | File | (string | File)[]>;

/** The answers as the JSON API would receive them for the same sheet: blanks left out. */
export interface AnswerForm {
  answers: AnswerSheet;
  student?: string;
  /** The page's idempotency key: the same form sent again is stored once. */
  key?: string;
  /** Sent with « Rendre quand même »: unanswered questions are meant. */
  anyway?: true;
}

/** What is wrong with one field, in French, for the student or teacher who sent it. */
export interface FormError {
  field: string;
  message: string;
}

export type ReadAnswerFormResult =
  | { success: true; form: AnswerForm }
  | { success: false; errors: FormError[] };

/**
 * Checks a posted quiz form and turns it into answers: empty fields are unanswered questions,
 * true/false fields become booleans (as the page's script sends them to the JSON API, so both
 * ways store the same sheet). Unknown fields, repeated fields and impossible values are errors.
 *
 * @example
 * readAnswerForm(quiz, { q1: "Jambon", q2: "", q3: "false", student: " Léa " });
 * // { success: true, form: { answers: { q1: "Jambon", q3: false }, student: "Léa" } }
 * readAnswerForm(quiz, { q99: "x" });
 * // { success: false, errors: [{ field: "q99", message: "Champ inconnu « q99 »…" }] }
 */
export function readAnswerForm(quiz: StudentQuiz, body: FormBody): ReadAnswerFormResult {
  const result = v.safeParse(answerFormSchema(quiz), body);
  // valibot skips the names objects inherit: refused here, as the JSON API refuses them.
  const inherited = RESERVED_KEYS.filter((key) => Object.hasOwn(body, key)).map((field) => ({
    field,
    message: unknownField(field, quiz),
  }));
  if (!result.success || inherited.length > 0) {
    const issues = result.issues ?? [];
    return {
      success: false,
      errors: [
        ...inherited,
        ...issues.map((issue) => {
          const field = v.getDotPath(issue) ?? "";
          // The rest schema cannot know the field's name when it words its message.
          const message = issue.type === "never" ? unknownField(field, quiz) : issue.message;
          return { field, message };
        }),
      ],
    };
  }
  const fields = result.output as Record<string, string | undefined>;
  const answers: Record<string, string | boolean> = {};
  for (const question of quiz.questions) {
    const value = fields[question.id];
    if (value === undefined || value.trim() === "") continue;
    answers[question.id] = question.type === "true_false" ? value === "true" : value;
  }
  const student = fields[STUDENT_FIELD];
  const key = fields[KEY_FIELD];
  return {
    success: true,
    form: {
      answers,
      ...(student ? { student } : {}),
      ...(key ? { key } : {}),
      ...(fields[HAND_IN_ANYWAY_FIELD] === HAND_IN_ANYWAY ? { anyway: true as const } : {}),
    },
  };
}

/**
 * The schema of the quiz's form: every question optional, nothing else but the name.
 *
 * @example
 * v.safeParse(answerFormSchema(quiz), { q1: "a" }).success; // true
 */
export function answerFormSchema(quiz: StudentQuiz) {
  const entries: v.ObjectEntries = {};
  quiz.questions.forEach((question, index) => {
    entries[question.id] = v.optional(questionField(question, index + 1));
  });
  entries[STUDENT_FIELD] = v.optional(
    v.pipe(
      v.string(repeated(STUDENT_FIELD)),
      v.trim(),
      v.maxLength(
        MAX_STUDENT_LENGTH,
        `Le nom ne doit pas dépasser ${MAX_STUDENT_LENGTH} caractères.`,
      ),
    ),
  );
  entries[KEY_FIELD] = v.optional(
    v.pipe(
      v.string(repeated(KEY_FIELD)),
      v.regex(KEY_FORMAT, "Le formulaire envoyé n'est pas celui de la page du quiz."),
    ),
  );
  entries[HAND_IN_ANYWAY_FIELD] = v.optional(
    v.picklist(
      [HAND_IN_ANYWAY],
      `Le champ « ${HAND_IN_ANYWAY_FIELD} » ne peut valoir que « ${HAND_IN_ANYWAY} ».`,
    ),
  );
  // Not strictObject: it stops at the first unknown field, and the page should list them all.
  // Its message is unknownField's: the rest schema does not know the field's name.
  return v.objectWithRest(entries, v.never(), "Le formulaire envoyé n'est pas celui de ce quiz.");
}

/** « Champ inconnu « q99 » : ce formulaire n'a que les champs q1, …, student. » */
function unknownField(field: string, quiz: StudentQuiz): string {
  const known = [
    ...quiz.questions.map((question) => question.id),
    STUDENT_FIELD,
    HAND_IN_ANYWAY_FIELD,
  ].join(", ");
  return `Champ inconnu « ${field} » : ce formulaire n'a que les champs ${known}.`;
}

function questionField(question: StudentQuestion, number: number) {
  const notString = repeated(question.id);
  switch (question.type) {
    case "short_answer":
      return v.pipe(
        v.string(notString),
        v.maxLength(
          MAX_ANSWER_LENGTH,
          `La réponse à la question ${number} ne doit pas dépasser ${MAX_ANSWER_LENGTH} caractères.`,
        ),
      );
    case "single_choice": {
      const ids = (question.options ?? []).map((option) => option.id);
      return v.pipe(
        v.string(notString),
        v.picklist(
          ["", ...ids],
          (issue) =>
            `« ${String(issue.input)} » n'est pas un choix de la question ${number} (choix : ${ids.join(", ")}).`,
        ),
      );
    }
    case "true_false":
      return v.pipe(
        v.string(notString),
        v.picklist(
          ["", "true", "false"],
          (issue) =>
            `La question ${number} attend « true » (Vrai) ou « false » (Faux), pas « ${String(issue.input)} ».`,
        ),
      );
  }
}

/** The message for a field that is not one string: sent twice, or as a file. */
function repeated(field: string): string {
  return `Le champ « ${field} » doit être envoyé une seule fois, comme texte.`;
}

/**
 * The questions a sheet leaves unanswered, with their numbers in the quiz.
 *
 * @example
 * unansweredQuestions(quiz, { q1: "Jambon" }); // [{ id: "q2", number: 2 }, …]
 */
export function unansweredQuestions(
  quiz: StudentQuiz,
  answers: AnswerSheet,
): { id: string; number: number }[] {
  return quiz.questions
    .map((question, index) => ({ id: question.id, number: index + 1 }))
    .filter(({ id }) => answers[id] === undefined);
}
