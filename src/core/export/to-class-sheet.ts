/**
 * @module
 * The class sheet of an assignment: one row per student, sorted by name, with the score, when
 * the sheet was handed in, and per question whether it was right and the answer given. The
 * same rows become the `;`-separated CSV French Excel opens with a double click, and the .xlsx.
 */

import type { ResultSheet } from "../marking/result-sheet";
import type { Quiz } from "../quiz/quiz";
import { describeAnswer } from "./describe-answer";

/** A spreadsheet cell: text, or a number the spreadsheet can sum. */
export type Cell = string | number;

/** Names sorted as a French class list is: accents and case do not change the order. */
const BY_NAME = new Intl.Collator("fr", { sensitivity: "base", numeric: true });

/**
 * Sheets sorted by student name (French order), anonymous ones last.
 *
 * @example
 * sortByName([{ student: "Émile", … }, { student: "andré", … }]).map((s) => s.student);
 * // ["andré", "Émile"]
 */
export function sortByName<T extends Pick<ResultSheet, "student">>(sheets: readonly T[]): T[] {
  return [...sheets].sort((a, b) => {
    if (a.student === null || b.student === null) return a.student === null ? 1 : -1;
    return BY_NAME.compare(a.student, b.student);
  });
}

/**
 * A time as a French teacher reads it, in Paris time: `02/03/2026 14:05`.
 *
 * @example
 * formatSheetTime("2026-03-02T13:05:00.000Z"); // "02/03/2026 14:05"
 */
export function formatSheetTime(iso: string): string {
  return new Intl.DateTimeFormat("fr-FR", {
    timeZone: "Europe/Paris",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  })
    .format(new Date(iso))
    .replace(",", "");
}

/**
 * The class sheet's rows, header first: `Nom`, `Note`, `Sur`, `Rendu le`, then for each question
 * `Q<n> juste` (1 or 0, so that a column sums to the number of right answers) and
 * `Q<n> réponse` (the answer as a teacher reads it: option text, Vrai/Faux, the text typed;
 * empty when skipped). Students sorted by name.
 *
 * @example
 * toClassSheet(quiz, sheets)[0]; // ["Nom", "Note", "Sur", "Rendu le", "Q1 juste", "Q1 réponse", …]
 * toClassSheet(quiz, sheets)[1]; // ["Léa", 7, 10, "02/03/2026 14:05", 1, "Jan Jambon", …]
 */
export function toClassSheet(quiz: Quiz, sheets: readonly ResultSheet[]): Cell[][] {
  const header: Cell[] = ["Nom", "Note", "Sur", "Rendu le"];
  quiz.questions.forEach((question, index) => {
    header.push(`Q${index + 1} juste`, `Q${index + 1} réponse : ${question.prompt}`);
  });
  const rows = sortByName(sheets).map((sheet) => {
    const marks = new Map(sheet.marks.map((mark) => [mark.questionId, mark]));
    const row: Cell[] = [
      sheet.student ?? "",
      sheet.score,
      sheet.maxScore,
      formatSheetTime(sheet.createdAt),
    ];
    for (const question of quiz.questions) {
      const mark = marks.get(question.id);
      const given = mark?.given ?? null;
      row.push(mark?.correct ? 1 : 0, given === null ? "" : describeAnswer(question, given));
    }
    return row;
  });
  return [header, ...rows];
}
