/**
 * @module
 * All SQL on a quiz's results: the figures of the teacher's results page, computed in D1
 * (aggregates and window functions, never every row in the Worker), and the submissions
 * with their marks for the per-student export. Tables in migrations/0001_submissions.sql.
 */
import type { ResultSheet } from "../core/marking/result-sheet";
import type { QuestionType } from "../core/quiz/quiz";
import { decodePageCursor, encodePageCursor } from "./page-cursor";

/**
 * Share of the submissions in each of the groups compared by the discrimination index: the
 * best and the worst 27% by score (Kelley's groups, as in classical item analysis).
 */
export const EXTREME_GROUP_SHARE = 0.27;

/**
 * Fewer submissions than this and there is no discrimination index: each 27% group would be
 * empty or a single sheet, and the difference noise.
 */
export const MIN_SUBMISSIONS_FOR_DISCRIMINATION = 4;

/** How many wrong answers per question the results list. */
export const COMMON_WRONG_COUNT = 3;

/** Where a page of recent submissions starts: just after this (created_at, id). */
export interface RecentPosition {
  createdAt: string;
  id: string;
}

/** What to compute, and which page of recent submissions to return. */
export interface ResultsQuery {
  quizId: string;
  /** Only this assignment's sheets; absent: every sheet of the quiz (all classes together). */
  assignmentId?: string;
  /** Every question of the quiz, in order: per-question figures come in this order. */
  questions: readonly { id: string; type: QuestionType }[];
  /** The quiz's number of questions: the distribution runs from 0 to it. */
  maxScore: number;
  /** How many recent submissions to return. */
  limit: number;
  /** Absent: the newest submissions. */
  after?: RecentPosition;
}

/** A submission as listed among the recent ones. */
export interface RecentSubmission {
  id: string;
  student: string | null;
  score: number;
  maxScore: number;
  createdAt: string;
}

/** A wrong answer and how many sheets gave it. */
export interface WrongAnswerCount {
  /** One of the forms given, trimmed (an option id, `true`/`false` or text, as stored). */
  answer: string;
  count: number;
}

/** How one question fared. */
export interface QuestionResults {
  questionId: string;
  /** Share of the submissions that got it right (facility index); `null` with no submission. */
  correctRate: number | null;
  /**
   * Right-answer rate in the best 27% of sheets minus in the worst 27%: from -1 to 1, higher
   * when the question separates strong readers from weak ones. Each group holds
   * round(27% × submissions) sheets; among equal scores, earlier sheets come first in both
   * groups. `null` under `MIN_SUBMISSIONS_FOR_DISCRIMINATION` submissions.
   */
  discrimination: number | null;
  /**
   * The most frequent wrong answers, at most `COMMON_WRONG_COUNT`, most given first (ties in
   * answer order). Counted alike: surrounding spaces, ASCII case, and for true/false
   * `true`/`vrai` and `false`/`faux`. Skipped and blank answers are not counted.
   */
  commonWrong: WrongAnswerCount[];
}

/** A quiz's results. */
export interface QuizResults {
  submissions: number;
  /** `null` with no submission. */
  meanScore: number | null;
  /** Middle score, or the mean of the two middle ones; `null` with no submission. */
  medianScore: number | null;
  /** How many submissions got each score, for every score from 0 to `maxScore`. */
  distribution: { score: number; count: number }[];
  questions: QuestionResults[];
  /** Newest first. */
  recent: RecentSubmission[];
  /** Where the next page starts; absent on the last page. */
  next?: RecentPosition;
}

const SUMMARY = `
  WITH ranked AS (
    SELECT score,
           ROW_NUMBER() OVER (ORDER BY score) AS position,
           COUNT(*) OVER () AS total
    FROM submissions WHERE quiz_id = ?1
  )
  SELECT COUNT(*) AS submissions,
         AVG(score) AS meanScore,
         -- The middle one when the count is odd, the mean of the two middle ones when even.
         AVG(CASE WHEN position IN ((total + 1) / 2, (total + 2) / 2) THEN score END) AS medianScore
  FROM ranked`;

const DISTRIBUTION = `
  WITH RECURSIVE scores (score) AS (
    SELECT 0 UNION ALL SELECT score + 1 FROM scores WHERE score < ?2
  )
  SELECT scores.score AS score, COUNT(submissions.id) AS count
  FROM scores
  LEFT JOIN submissions ON submissions.quiz_id = ?1 AND submissions.score = scores.score
  GROUP BY scores.score
  ORDER BY scores.score`;

const PER_QUESTION = `
  WITH ranked AS (
    SELECT id,
           ROW_NUMBER() OVER (ORDER BY score DESC, created_at, id) AS from_top,
           ROW_NUMBER() OVER (ORDER BY score, created_at, id) AS from_bottom,
           COUNT(*) OVER () AS total
    FROM submissions WHERE quiz_id = ?1
  ),
  grouped AS (
    SELECT id, total,
           CASE WHEN from_top <= ROUND(total * ?2) THEN 'top'
                WHEN from_bottom <= ROUND(total * ?2) THEN 'bottom' END AS tier
    FROM ranked
  )
  SELECT marks.question_id AS questionId,
         AVG(marks.correct) AS correctRate,
         CASE WHEN MAX(grouped.total) >= ?3 THEN
           AVG(CASE WHEN grouped.tier = 'top' THEN marks.correct END)
             - AVG(CASE WHEN grouped.tier = 'bottom' THEN marks.correct END)
         END AS discrimination
  FROM grouped JOIN submission_marks AS marks ON marks.submission_id = grouped.id
  GROUP BY marks.question_id`;

// ?2 maps question ids to types: how answers are counted alike depends on the type.
const COMMON_WRONG = `
  WITH types (question_id, type) AS (SELECT key, value FROM json_each(?2)),
  wrong AS (
    SELECT marks.question_id, types.type,
           CASE json_type(marks.given)
             WHEN 'text' THEN trim(json_extract(marks.given, '$'), char(32, 9, 10, 13, 160))
             ELSE marks.given
           END AS shown
    FROM submissions
    JOIN submission_marks AS marks ON marks.submission_id = submissions.id
    JOIN types ON types.question_id = marks.question_id
    WHERE submissions.quiz_id = ?1 AND marks.correct = 0 AND marks.given IS NOT NULL
  ),
  keyed AS (
    SELECT question_id, shown,
           CASE type
             WHEN 'single_choice' THEN shown
             WHEN 'true_false' THEN
               CASE lower(shown) WHEN 'vrai' THEN 'true' WHEN 'faux' THEN 'false' ELSE lower(shown) END
             ELSE lower(shown)
           END AS answer_key
    FROM wrong WHERE shown <> ''
  ),
  counted AS (
    SELECT question_id, answer_key, MIN(shown) AS shown, COUNT(*) AS count
    FROM keyed GROUP BY question_id, answer_key
  ),
  ranked AS (
    SELECT *, ROW_NUMBER() OVER (PARTITION BY question_id ORDER BY count DESC, answer_key) AS rank
    FROM counted
  )
  SELECT question_id AS questionId, shown AS answer, count
  FROM ranked WHERE rank <= ?3
  ORDER BY question_id, rank`;

const RECENT_COLUMNS =
  "SELECT id, student, score, max_score AS maxScore, created_at AS createdAt FROM submissions";
const NEWEST = `${RECENT_COLUMNS} WHERE quiz_id = ?1
  ORDER BY created_at DESC, id DESC LIMIT ?2`;
const OLDER_THAN = `${RECENT_COLUMNS} WHERE quiz_id = ?1 AND (created_at, id) < (?3, ?4)
  ORDER BY created_at DESC, id DESC LIMIT ?2`;

/**
 * The statements above filter a quiz's sheets with `quiz_id = ?1`; an assignment's results run
 * the very same statements on `assignment_id = ?1`, so both always compute the same figures.
 */
function scoped(sql: string, assignmentId: string | undefined): string {
  return assignmentId === undefined ? sql : sql.replaceAll("quiz_id = ?1", "assignment_id = ?1");
}

interface SummaryRow {
  submissions: number;
  meanScore: number | null;
  medianScore: number | null;
}

interface PerQuestionRow {
  questionId: string;
  correctRate: number;
  discrimination: number | null;
}

interface CommonWrongRow extends WrongAnswerCount {
  questionId: string;
}

/**
 * A quiz's results, all figures from one consistent state of the database (one D1 batch):
 * counts, mean, median and distribution of scores, per question the right-answer rate, the
 * discrimination index and the commonest wrong answers, and a page of recent submissions.
 *
 * @example
 * const results = await getQuizResults(env.DB, {
 *   quizId: quiz.id, questions: quiz.questions, maxScore: quiz.questions.length, limit: 20 });
 * results.medianScore; // 6.5
 * results.next; // { createdAt: "2026-01-02T03:04:05.678Z", id: "…" }, to pass as `after`
 */
export async function getQuizResults(db: D1Database, query: ResultsQuery): Promise<QuizResults> {
  const { questions, maxScore, limit, after, assignmentId } = query;
  const scope = assignmentId ?? query.quizId;
  const sql = (statement: string) => db.prepare(scoped(statement, assignmentId));
  const types = Object.fromEntries(questions.map((question) => [question.id, question.type]));
  // One row more than asked says whether there is a next page.
  const recent = after
    ? sql(OLDER_THAN).bind(scope, limit + 1, after.createdAt, after.id)
    : sql(NEWEST).bind(scope, limit + 1);
  const [summary, distribution, perQuestion, commonWrong, page] = await db.batch([
    sql(SUMMARY).bind(scope),
    sql(DISTRIBUTION).bind(scope, maxScore),
    sql(PER_QUESTION).bind(scope, EXTREME_GROUP_SHARE, MIN_SUBMISSIONS_FOR_DISCRIMINATION),
    sql(COMMON_WRONG).bind(scope, JSON.stringify(types), COMMON_WRONG_COUNT),
    recent,
  ]);

  const totals = (summary?.results[0] as SummaryRow | undefined) ?? {
    submissions: 0,
    meanScore: null,
    medianScore: null,
  };
  const statsById = new Map(
    ((perQuestion?.results ?? []) as PerQuestionRow[]).map((row) => [row.questionId, row]),
  );
  const wrongById = new Map<string, WrongAnswerCount[]>();
  for (const { questionId, answer, count } of (commonWrong?.results ?? []) as CommonWrongRow[]) {
    wrongById.set(questionId, [...(wrongById.get(questionId) ?? []), { answer, count }]);
  }
  const rows = (page?.results ?? []) as RecentSubmission[];
  const shown = rows.slice(0, limit);
  const last = shown.at(-1);

  return {
    submissions: totals.submissions,
    meanScore: totals.meanScore,
    medianScore: totals.medianScore,
    distribution: (distribution?.results ?? []) as { score: number; count: number }[],
    questions: questions.map(({ id }) => {
      const stats = statsById.get(id);
      return {
        questionId: id,
        correctRate: stats?.correctRate ?? null,
        discrimination: stats?.discrimination ?? null,
        commonWrong: wrongById.get(id) ?? [],
      };
    }),
    recent: shown,
    ...(rows.length > limit && last ? { next: { createdAt: last.createdAt, id: last.id } } : {}),
  };
}

interface SheetRow {
  id: string;
  student: string | null;
  score: number;
  maxScore: number;
  createdAt: string;
  questionId: string | null;
  given: string | null;
  correct: number | null;
}

/**
 * Every submission to a quiz (or to one of its assignments) with its marks, oldest first (ties
 * by id), for the per-student export. Reads every row: meant for downloads and class sheets.
 *
 * @example
 * const sheets = await listResultSheets(env.DB, quiz.id);
 * sheets[0]?.marks[0]; // { questionId: "q1", given: "Jambon", correct: true }
 * await listResultSheets(env.DB, quiz.id, assignment.id); // that class's sheets only
 */
export async function listResultSheets(
  db: D1Database,
  quizId: string,
  assignmentId?: string,
): Promise<ResultSheet[]> {
  const { results } = await db
    .prepare(
      scoped(
        `SELECT submissions.id, student, score, max_score AS maxScore, created_at AS createdAt,
              marks.question_id AS questionId, marks.given, marks.correct
       FROM submissions
       LEFT JOIN submission_marks AS marks ON marks.submission_id = submissions.id
       WHERE quiz_id = ?1
       ORDER BY created_at, submissions.id, marks.rowid`,
        assignmentId,
      ),
    )
    .bind(assignmentId ?? quizId)
    .all<SheetRow>();
  const sheets = new Map<string, ResultSheet>();
  for (const row of results) {
    let sheet = sheets.get(row.id);
    if (!sheet) {
      const { student, score, maxScore, createdAt } = row;
      sheet = { student, createdAt, score, maxScore, marks: [] };
      sheets.set(row.id, sheet);
    }
    if (row.questionId !== null) {
      sheet.marks.push({
        questionId: row.questionId,
        given: row.given === null ? null : JSON.parse(row.given),
        correct: row.correct === 1,
      });
    }
  }
  return [...sheets.values()];
}

/**
 * The opaque `cursor` for a page of recent submissions (see page-cursor.ts).
 *
 * @example
 * encodeResultsCursor({ createdAt: "2026-01-02T03:04:05.678Z", id: "3f…" }); // "WyIyMDI2…"
 */
export function encodeResultsCursor(position: RecentPosition): string {
  return encodePageCursor([position.createdAt, position.id]);
}

/**
 * The position a cursor from `encodeResultsCursor` stands for, or `undefined` when it is not
 * one (garbled, truncated, made up).
 *
 * @example
 * decodeResultsCursor(encodeResultsCursor(position)); // position
 * decodeResultsCursor("nope"); // undefined
 */
export function decodeResultsCursor(cursor: string): RecentPosition | undefined {
  const [createdAt, id, ...rest] = decodePageCursor(cursor) ?? [];
  if (typeof createdAt !== "string" || typeof id !== "string" || rest.length > 0) return undefined;
  return { createdAt, id };
}
