/**
 * @module
 * What the teacher's list of quizzes says of each beside its title: when it was created and
 * how many sheets it has. One batch for a page of the list.
 */

/** A quiz's date and number of sheets; `createdAt` absent for a shipped quiz (never stored). */
export interface QuizListFacts {
  createdAt?: string;
  sheets: number;
}

/**
 * The facts of the quizzes `ids`, by id (every id present; 0 sheets when none).
 *
 * @example
 * const facts = await quizListFacts(env.DB, ["belgique-maroc-dsiti-2016", "k3x…"]);
 * facts.get("k3x…"); // { createdAt: "2026-11-30T09:12:00.000Z", sheets: 24 }
 */
export async function quizListFacts(
  db: D1Database,
  ids: readonly string[],
): Promise<Map<string, QuizListFacts>> {
  const facts = new Map<string, QuizListFacts>(ids.map((id) => [id, { sheets: 0 }]));
  if (ids.length === 0) return facts;
  const list = JSON.stringify(ids);
  const [created, counted] = await db.batch<{ id: string; createdAt?: string; sheets?: number }>([
    db
      .prepare(
        "SELECT id, created_at AS createdAt FROM quizzes WHERE id IN (SELECT value FROM json_each(?1))",
      )
      .bind(list),
    db
      .prepare(
        `SELECT quiz_id AS id, COUNT(*) AS sheets FROM submissions
         WHERE quiz_id IN (SELECT value FROM json_each(?1)) GROUP BY quiz_id`,
      )
      .bind(list),
  ]);
  for (const row of created?.results ?? []) {
    const entry = facts.get(row.id);
    if (entry && row.createdAt) entry.createdAt = row.createdAt;
  }
  for (const row of counted?.results ?? []) {
    const entry = facts.get(row.id);
    if (entry) entry.sheets = row.sheets ?? 0;
  }
  return facts;
}
