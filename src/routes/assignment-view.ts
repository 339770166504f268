/**
 * @module
 * The JSON of an assignment for the teacher: its state and join link, and its results (the
 * quiz results' figures for this class only, plus one line per student).
 */
import { type Assignment, isClosed, joinPath } from "../core/assignment/assignment";
import { sortByName } from "../core/export/to-class-sheet";
import type { Quiz } from "../core/quiz/quiz";
import { getQuizResults, listResultSheets, type RecentPosition } from "../storage/results-store";
import { pageOf, toResultsBody } from "./quiz-teacher-tools";

/**
 * An assignment as the API shows it to the teacher.
 *
 * @example
 * toAssignmentJson(assignment, quiz.title, 12); // { id, joinCode: "K7QX2M", joinUrl: "/j/K7QX2M", closed: false, … }
 */
export function toAssignmentJson(assignment: Assignment, quizTitle: string, submissions: number) {
  return {
    ...assignment,
    quizTitle,
    joinUrl: joinPath(assignment.joinCode),
    closed: isClosed(assignment),
    submissions,
  };
}

/**
 * An assignment's results: the figures of `GET /api/quizzes/:id/results` over this class's
 * sheets only, and `students`, one per sheet, sorted by name.
 *
 * @example
 * await assignmentResults(env.DB, assignment, quiz, { limit: 20 });
 * // { submissions: 28, meanScore: 6.4, …, students: [{ name: "Léa", score: 7, … }] }
 */
export async function assignmentResults(
  db: D1Database,
  assignment: Assignment,
  quiz: Quiz,
  page: { limit?: number; after?: RecentPosition },
) {
  const [results, sheets] = await Promise.all([
    getQuizResults(db, {
      ...pageOf(quiz, page.limit),
      assignmentId: assignment.id,
      ...(page.after ? { after: page.after } : {}),
    }),
    listResultSheets(db, quiz.id, assignment.id),
  ]);
  return {
    ...toResultsBody(quiz, results),
    assignmentId: assignment.id,
    label: assignment.label,
    closed: isClosed(assignment),
    students: sortByName(sheets).map((sheet) => ({
      name: sheet.student ?? "",
      score: sheet.score,
      maxScore: sheet.maxScore,
      submittedAt: sheet.createdAt,
      marks: sheet.marks,
    })),
  };
}
