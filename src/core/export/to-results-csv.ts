/**
 * @module
 * Every submission to a quiz as a spreadsheet: one row per student sheet.
 */
import type { ResultSheet } from "../marking/result-sheet";
import type { Quiz } from "../quiz/quiz";
import { describeAnswer } from "./describe-answer";
import { formatSheetTime } from "./to-class-sheet";
import { toCsv } from "./to-csv";

/**
 * Submissions as CSV (see `toCsv`): `student; createdAt; score; maxScore`, then one column per
 * question headed `<id>: <prompt>`, each cell ✓ or ✗ then the answer as a teacher reads it
 * (option text, Vrai/Faux), as the results page shows it; a skipped question shows ✗ alone.
 * The verdict first also means a cell never starts with what a student typed: `-5` reads
 * `✗ -5`, never a formula to neutralise. Anonymous sheets have an empty student cell.
 *
 * @example
 * toResultsCsv(quiz, [{ student: "Léa", createdAt: "2026-01-02T03:04:05.678Z", score: 2,
 *   maxScore: 3, marks: [{ questionId: "q1", given: "jambon", correct: true }, …] }]);
 * // '\uFEFFstudent;createdAt;score;maxScore;q1: Qui est ministre ?;…\r\nLéa;02/01/2026 04:04;2;3;✓ jambon;…'
 */
export function toResultsCsv(quiz: Quiz, sheets: readonly ResultSheet[]): string {
  const header = [
    "student",
    "createdAt",
    "score",
    "maxScore",
    ...quiz.questions.map((question) => `${question.id}: ${question.prompt}`),
  ];
  const rows = sheets.map((sheet) => {
    const marks = new Map(sheet.marks.map((mark) => [mark.questionId, mark]));
    const cells = quiz.questions.map((question) => {
      const mark = marks.get(question.id);
      const verdict = mark?.correct ? "✓" : "✗";
      if (mark?.given === null || mark?.given === undefined) return verdict;
      const shown = describeAnswer(question, mark.given);
      return shown ? `${verdict} ${shown}` : verdict;
    });
    // Paris time as `02/01/2026 04:04`, which a French spreadsheet reads as a date (the JSON
    // keeps ISO 8601).
    return [
      sheet.student ?? "",
      formatSheetTime(sheet.createdAt),
      sheet.score,
      sheet.maxScore,
      ...cells,
    ];
  });
  return toCsv([header, ...rows]);
}
