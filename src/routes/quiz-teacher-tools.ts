/**
 * @module
 * Teacher tools under `/api/quizzes/:id`: a quiz's results (`/results`, `/results.csv`, the
 * chart `/results.svg`) and its export to other platforms (`/export?format=…`). All behind the
 * teacher token.
 */
import { vValidator } from "@hono/valibot-validator";
import type { Context } from "hono";
import { Hono } from "hono/tiny";
import { describeRoute } from "hono-openapi";
import * as v from "valibot";
import { describeAnswer } from "../core/export/describe-answer";
import {
  type ExportFile,
  exportQuiz,
  isQuizExportFormat,
  QUIZ_EXPORT_FORMATS,
} from "../core/export/export-quiz";
import { toFileSlug } from "../core/export/file-slug";
import { toResultsCsv } from "../core/export/to-results-csv";
import type { Quiz } from "../core/quiz/quiz";
import { teacherAuth } from "../middleware/teacher-auth";
import type { QuizEnv } from "../middleware/with-quiz";
import { invalidInput, problem } from "../problem";
import {
  decodeResultsCursor,
  encodeResultsCursor,
  getQuizResults,
  listResultSheets,
  type QuizResults,
} from "../storage/results-store";
import { renderResultsChart } from "../views/results-chart";
import { file, json, problems, QUIZ_ID, queryParameters, TEACHER_ONLY } from "./openapi";
import { pageCursor, pageLimit } from "./page-query";
import { withQuizOrDraft } from "./quiz-not-found";
import { toFieldErrors } from "./submission-body";

const DEFAULT_LIMIT = 20;

/** `?limit=1..100&cursor=…`, both optional; other parameters are ignored. */
export const ResultsQuery = v.object({
  limit: pageLimit(DEFAULT_LIMIT, "recent submissions"),
  cursor: pageCursor(decodeResultsCursor),
});

/** The per-student results, offered among the export formats too. */
const RESULTS_CSV = "results-csv";

const FORMAT_LIST = [
  ...QUIZ_EXPORT_FORMATS.map(({ name, label }) => `${name} (${label})`),
  `${RESULTS_CSV} (every submission, one row per student, semicolon-separated)`,
].join(", ");

/** What the export formats' files are, for the OpenAPI document. */
const EXPORT_MEDIA_TYPES = [
  "text/plain",
  "application/xml",
  "application/zip",
  "text/csv",
  "application/json",
];

/** Teacher data: never kept by a browser or a proxy. */
export const PRIVATE = { "Cache-Control": "private, no-store" };

/**
 * A file the browser saves rather than shows.
 *
 * @example
 * return download(c, { filename: "4e-b.csv", contentType: "text/csv; charset=utf-8", body });
 */
export function download(c: Context, { filename, contentType, body }: ExportFile): Response {
  return c.body(body, 200, {
    ...PRIVATE,
    "Content-Type": contentType,
    "Content-Disposition": `attachment; filename="${filename}"`,
    "X-Content-Type-Options": "nosniff",
  });
}

/**
 * What `getQuizResults` needs to compute a quiz's figures, with `limit` recent sheets.
 *
 * @example
 * await getQuizResults(env.DB, { ...pageOf(quiz, 20), assignmentId });
 */
export function pageOf(quiz: Quiz, limit = DEFAULT_LIMIT) {
  return { quizId: quiz.id, questions: quiz.questions, maxScore: quiz.questions.length, limit };
}

/**
 * The JSON of a quiz's results (`GET /api/quizzes/:id/results`, and the figures of an
 * assignment's): per question its prompt, and the wrong answers as a teacher reads them.
 *
 * @example
 * c.json(toResultsBody(quiz, await getQuizResults(env.DB, pageOf(quiz))));
 */
export function toResultsBody(quiz: Quiz, results: QuizResults) {
  const stats = new Map(results.questions.map((entry) => [entry.questionId, entry]));
  return {
    quizId: quiz.id,
    submissions: results.submissions,
    meanScore: results.meanScore,
    medianScore: results.medianScore,
    maxScore: quiz.questions.length,
    distribution: results.distribution,
    questions: quiz.questions.map((question) => {
      const entry = stats.get(question.id);
      return {
        questionId: question.id,
        prompt: question.prompt,
        correctRate: entry?.correctRate ?? null,
        discrimination: entry?.discrimination ?? null,
        commonWrong: (entry?.commonWrong ?? []).map(({ answer, count }) => ({
          answer: describeAnswer(question, answer),
          count,
        })),
      };
    }),
    recent: results.recent,
    nextCursor: results.next ? encodeResultsCursor(results.next) : null,
  };
}

/** Every submission of the quiz as CSV, one row per student sheet. */
async function resultsCsv(c: Context<QuizEnv>): Promise<Response> {
  const quiz = c.var.quiz;
  const sheets = await listResultSheets(c.env.DB, quiz.id);
  return download(c, {
    filename: `${toFileSlug(quiz.title)}-results.csv`,
    contentType: "text/csv; charset=utf-8; header=present",
    body: toResultsCsv(quiz, sheets),
  });
}

/**
 * The teacher tools, to mount at `/api/quizzes` next to the quiz routes.
 *
 * - `GET /:id/results?limit=&cursor=`: submissions count, mean, median and distribution of
 *   scores, per question the right-answer rate, the discrimination index (27% groups, `null`
 *   under 4 submissions) and the 3 commonest wrong answers; recent submissions newest first,
 *   `nextCursor` to page on.
 * - `GET /:id/results.csv`: every submission, one row per student.
 * - `GET /:id/results.svg`: the right-answer rate of each question as a bar chart.
 * - `GET /:id/export?format=gift|moodle-xml|qti|csv|json|results-csv`: a file to download.
 *
 * @example
 * app.route("/api/quizzes", quizTeacherTools);
 */
export const quizTeacherTools = new Hono<{ Bindings: Env }>()
  .get(
    "/:id/results",
    describeRoute(
      WITH_API_DOCS
        ? {
            ...TEACHER_ONLY,
            tags: ["Teacher tools"],
            operationId: "getResults",
            summary: "A quiz's class results",
            description:
              "Submissions, mean, median and distribution of scores; per question the right-answer " +
              "rate, the discrimination index and the commonest wrong answers; recent submissions, " +
              "newest first, a page at a time.",
            parameters: [QUIZ_ID, ...queryParameters(ResultsQuery)],
            responses: {
              200: json("The results.", "QuizResults"),
              ...problems(400, 401, 404, 429, 503),
            },
          }
        : {},
    ),
    teacherAuth,
    withQuizOrDraft,
    vValidator("query", ResultsQuery, (result, c) => {
      if (!result.success) return invalidInput(c, toFieldErrors(result.issues));
    }),
    async (c) => {
      const quiz = c.var.quiz;
      const { limit = DEFAULT_LIMIT, cursor } = c.req.valid("query");
      return c.json(
        toResultsBody(
          quiz,
          await getQuizResults(c.env.DB, {
            ...pageOf(quiz, limit),
            ...(cursor ? { after: cursor } : {}),
          }),
        ),
        200,
        PRIVATE,
      );
    },
  )
  .get(
    "/:id/results.csv",
    describeRoute(
      WITH_API_DOCS
        ? {
            ...TEACHER_ONLY,
            tags: ["Teacher tools"],
            operationId: "getResultsCsv",
            summary: "Every submission as CSV",
            description: "One row per student sheet; the same file as `export?format=results-csv`.",
            parameters: [QUIZ_ID],
            responses: {
              200: file("The CSV file.", ["text/csv"]),
              ...problems(401, 404, 429, 503),
            },
          }
        : {},
    ),
    teacherAuth,
    withQuizOrDraft,
    resultsCsv,
  )
  .get(
    "/:id/results.svg",
    describeRoute(
      WITH_API_DOCS
        ? {
            ...TEACHER_ONLY,
            tags: ["Teacher tools"],
            operationId: "getResultsChart",
            summary: "The right-answer rates as a bar chart",
            description:
              "An SVG document: one horizontal bar per question, as long as its right-answer rate " +
              "(the `correctRate` of the results), no bar for a question nobody has answered yet.",
            parameters: [QUIZ_ID],
            responses: {
              200: {
                description: "The chart.",
                content: { "image/svg+xml": { schema: { type: "string" } } },
              },
              ...problems(401, 404, 429, 503),
            },
          }
        : {},
    ),
    teacherAuth,
    withQuizOrDraft,
    async (c) => {
      const quiz = c.var.quiz;
      // The very figures of /results: one recent submission is the least it can be asked for.
      const results = await getQuizResults(c.env.DB, {
        quizId: quiz.id,
        questions: quiz.questions,
        maxScore: quiz.questions.length,
        limit: 1,
      });
      const chart = renderResultsChart({
        title: quiz.title,
        submissions: results.submissions,
        questions: results.questions,
      });
      return c.body(chart, 200, {
        ...PRIVATE,
        "Content-Type": "image/svg+xml; charset=utf-8",
        // Opened on its own, the SVG is a document of this origin: it may run nothing.
        "Content-Security-Policy": "default-src 'none'",
        "X-Content-Type-Options": "nosniff",
      });
    },
  )
  .get(
    "/:id/export",
    describeRoute(
      WITH_API_DOCS
        ? {
            ...TEACHER_ONLY,
            tags: ["Teacher tools"],
            operationId: "exportQuiz",
            summary: "Export the quiz to another platform",
            description: `A file to download, named after the quiz: ${FORMAT_LIST}.`,
            parameters: [
              QUIZ_ID,
              {
                name: "format",
                in: "query",
                required: true,
                description: "The file format.",
                schema: {
                  type: "string",
                  enum: [...QUIZ_EXPORT_FORMATS.map(({ name }) => name), RESULTS_CSV],
                },
              },
            ],
            responses: {
              200: file("The file.", EXPORT_MEDIA_TYPES),
              ...problems(400, 401, 404, 429, 503),
            },
          }
        : {},
    ),
    teacherAuth,
    withQuizOrDraft,
    (c) => {
      const format = c.req.query("format");
      if (format === RESULTS_CSV) return resultsCsv(c);
      if (format === undefined || !isQuizExportFormat(format)) {
        return problem(c, {
          type: "/problems/unsupported-export-format",
          title: "Unsupported export format",
          status: 400,
          detail: `${
            format === undefined
              ? "Say which format with ?format="
              : `There is no format "${format}"`
          }; choose one of ${FORMAT_LIST}.`,
          errors: [{ path: "format", message: `format must be one of ${FORMAT_LIST}.` }],
        });
      }
      return download(c, exportQuiz(c.var.quiz, format));
    },
  );
