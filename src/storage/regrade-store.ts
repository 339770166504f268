/**
 * @module
 * The SQL of a regrade: reading every stored sheet of a quiz with its marks, and the statements
 * that write the new marks and scores (run in the batch of the quiz's new revision, see
 * quiz-revision-store.ts). Tables in migrations/0001_submissions.sql.
 */
import type { Regrade, StoredSheet } from "../core/review/regrade";

interface SheetRow {
  id: string;
  answers: string;
  score: number;
  marks: string;
}

/**
 * Every stored sheet of the quiz: its answers as sent, its score and its marks.
 *
 * @example
 * const sheets = await loadSheets(env.DB, quizId);
 * regradeSheets(quiz, sheets);
 */
export async function loadSheets(db: D1Database, quizId: string): Promise<StoredSheet[]> {
  // One query, marks gathered per sheet by SQLite, rather than one query per sheet.
  const { results } = await db
    .prepare(
      `SELECT s.id, s.answers, s.score,
              json_group_array(json_object('questionId', m.question_id, 'correct', m.correct))
                AS marks
       FROM submissions s JOIN submission_marks m ON m.submission_id = s.id
       WHERE s.quiz_id = ?
       GROUP BY s.id`,
    )
    .bind(quizId)
    .all<SheetRow>();
  return results.map((row) => ({
    id: row.id,
    answers: JSON.parse(row.answers),
    score: row.score,
    marks: (JSON.parse(row.marks) as { questionId: string; correct: number }[]).map((mark) => ({
      questionId: mark.questionId,
      correct: mark.correct === 1,
    })),
  }));
}

/**
 * The statements that store a regrade's new marks and scores: a few statements whatever the
 * number of sheets (one per question and verdict, one for the scores), each naming its sheets
 * in a JSON array, so that a class of any size fits in one batch.
 *
 * @example
 * await db.batch([...otherStatements, ...regradeStatements(db, regrade)]);
 */
export function regradeStatements(db: D1Database, regrade: Regrade): D1PreparedStatement[] {
  if (regrade.changes.length === 0) return [];
  const groups = new Map<string, { questionId: string; correct: boolean; ids: string[] }>();
  for (const change of regrade.changes) {
    for (const { questionId, correct } of change.marks) {
      const key = JSON.stringify([questionId, correct]);
      const group = groups.get(key) ?? { questionId, correct, ids: [] };
      group.ids.push(change.id);
      groups.set(key, group);
    }
  }
  const setMark = db.prepare(
    `UPDATE submission_marks SET correct = ?1
     WHERE question_id = ?2 AND submission_id IN (SELECT value FROM json_each(?3))`,
  );
  const scores = JSON.stringify(regrade.changes.map((change) => [change.id, change.score]));
  return [
    ...[...groups.values()].map(({ questionId, correct, ids }) =>
      setMark.bind(correct ? 1 : 0, questionId, JSON.stringify(ids)),
    ),
    db
      .prepare(
        `UPDATE submissions
         SET score = (SELECT json_extract(value, '$[1]') FROM json_each(?1)
                      WHERE json_extract(value, '$[0]') = submissions.id)
         WHERE id IN (SELECT json_extract(value, '$[0]') FROM json_each(?1))`,
      )
      .bind(scores),
  ];
}
