/**
 * @module
 * Regrading: marks stored answer sheets again against a quiz's new key and says what changed.
 * Pure; the storage applies the changes (src/storage/regrade-store.ts).
 */
import { type AnswerSheet, markSheet } from "../marking/mark-sheet";
import type { Quiz } from "../quiz/quiz";

/** A stored sheet: its answers as sent, and how each question was marked. */
export interface StoredSheet {
  id: string;
  answers: AnswerSheet;
  score: number;
  marks: readonly { questionId: string; correct: boolean }[];
}

/** A sheet whose marks changed: its new score, and the marks that changed. */
export interface SheetChange {
  id: string;
  score: number;
  marks: { questionId: string; correct: boolean }[];
}

/** What a regrade did. */
export interface Regrade {
  /** How many sheets were marked again. */
  regraded: number;
  /** The sheets whose marks changed, in the order given. */
  changes: SheetChange[];
  /** How many marks changed, over all sheets. */
  changedMarks: number;
}

/**
 * Marks every sheet again against `quiz` with `markSheet`, exactly as a new sheet would be,
 * and lists the marks and scores that differ from the stored ones.
 *
 * @example
 * const { regraded, changes, changedMarks } = regradeSheets(quiz, sheets);
 * // regraded 3, changes [{ id: "…", score: 8, marks: [{ questionId: "q5", correct: true }] }]
 */
export function regradeSheets(quiz: Quiz, sheets: readonly StoredSheet[]): Regrade {
  const changes: SheetChange[] = [];
  let changedMarks = 0;
  for (const sheet of sheets) {
    const stored = new Map(sheet.marks.map((mark) => [mark.questionId, mark.correct]));
    const marked = markSheet(quiz, sheet.answers);
    const marks = marked.results
      .filter((result) => stored.get(result.questionId) !== result.correct)
      .map(({ questionId, correct }) => ({ questionId, correct }));
    if (marks.length === 0 && marked.score === sheet.score) continue;
    changedMarks += marks.length;
    changes.push({ id: sheet.id, score: marked.score, marks });
  }
  return { regraded: sheets.length, changes, changedMarks };
}
