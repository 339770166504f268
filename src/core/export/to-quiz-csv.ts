/**
 * @module
 * A quiz and its answer key as a spreadsheet: one row per question.
 */
import type { Question, Quiz } from "../quiz/quiz";
import { acceptedForms } from "./accepted-forms";
import { toCsv } from "./to-csv";

/** The columns, in order. */
export const QUIZ_CSV_HEADER = [
  "id",
  "type",
  "prompt",
  "options",
  "answer",
  "accepted",
  "evidence",
] as const;

/**
 * A true/false answer as text no spreadsheet converts: a French spreadsheet reads a cell
 * `Vrai` or `Faux` as a boolean (LibreOffice shows `VRAI`, Excel likewise), which is no longer
 * the teacher's word.
 */
export const TRUTH_CELLS = { true: "Vrai (V)", false: "Faux (F)" } as const;

function row(question: Question): string[] {
  const { id, type, prompt, evidence } = question;
  switch (question.type) {
    case "single_choice": {
      const options = question.options.map((option) => `${option.id}) ${option.text}`);
      const right = question.options.find((option) => option.id === question.answer);
      const answer = right ? `${right.id}) ${right.text}` : question.answer;
      return [id, type, prompt, options.join("\n"), answer, "", evidence.text];
    }
    case "true_false":
      return [id, type, prompt, "", TRUTH_CELLS[`${question.answer}`], "", evidence.text];
    case "short_answer":
      return [
        id,
        type,
        prompt,
        "",
        question.answer,
        acceptedForms(question).join("\n"),
        evidence.text,
      ];
  }
}

/**
 * The quiz as CSV (see `toCsv`): a header row (`QUIZ_CSV_HEADER`), then per question its id,
 * type, prompt, options (`a) text`, one per line), the right answer (`b) text`, `Vrai (V)` /
 * `Faux (F)`, or the canonical short answer), every accepted form (one per line) and the
 * evidence.
 *
 * @example
 * toQuizCsv(quiz);
 * // '\uFEFFid;type;prompt;options;answer;accepted;evidence\r\nq1;short_answer;Qui est ministre ?;;…'
 */
export function toQuizCsv(quiz: Quiz): string {
  return toCsv([[...QUIZ_CSV_HEADER], ...quiz.questions.map(row)]);
}
