/**
 * @module
 * `/api/assignments`: the teacher hands a quiz to a class (a join code and its link), lists,
 * reads, closes, reopens and deletes assignments, follows the results live and downloads the
 * class sheet. All behind the teacher token.
 */
import { vValidator } from "@hono/valibot-validator";
import type { Context } from "hono";
import { Hono } from "hono/tiny";
import { describeRoute, resolver } from "hono-openapi";
import type { Assignment } from "../core/assignment/assignment";
import { toFileSlug } from "../core/export/file-slug";
import { toClassSheet } from "../core/export/to-class-sheet";
import { toCsv } from "../core/export/to-csv";
import { toXlsx } from "../core/export/to-xlsx";
import { limitBody, SUBMISSION_BODY_LIMIT } from "../middleware/body-limits";
import { requireJsonBody } from "../middleware/json-body";
import { teacherAuth } from "../middleware/teacher-auth";
import { type AssignmentEnv, withAssignment } from "../middleware/with-assignment";
import { invalidInput, problem } from "../problem";
import { findQuiz } from "../quiz-catalog";
import {
  assignmentActivity,
  closeAssignment,
  createAssignment,
  deleteAssignment,
  listAssignments,
  reopenAssignment,
} from "../storage/assignment-store";
import { listResultSheets } from "../storage/results-store";
import { NewAssignmentBody } from "./assignment-body";
import { liveResults } from "./assignment-live";
import { assignmentResults, toAssignmentJson } from "./assignment-view";
import { newQuizId } from "./new-quiz-id";
import { file, json, problemResponse, problems, queryParameters, TEACHER_ONLY } from "./openapi";
import { download, PRIVATE, ResultsQuery } from "./quiz-teacher-tools";
import { toFieldErrors } from "./submission-body";

/** The `{id}` of every `/api/assignments/{id}…` path. */
const ASSIGNMENT_ID = {
  name: "id",
  in: "path" as const,
  required: true,
  description: "The assignment's id, as `POST /api/assignments` or `GET /api/assignments` give it.",
  schema: { type: "string" as const },
};

const SHEET_FORMATS = ["csv", "xlsx"] as const;

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * The assignment routes, to mount at `/api/assignments`.
 *
 * @example
 * app.route("/api/assignments", assignments);
 */
export const assignments = new Hono<AssignmentEnv>()
  .get(
    "/",
    describeRoute(
      WITH_API_DOCS
        ? {
            ...TEACHER_ONLY,
            tags: ["Assignments"],
            operationId: "listAssignments",
            summary: "Every assignment, newest first",
            responses: {
              200: json("The assignments, with their number of sheets.", "AssignmentList"),
              ...problems(401, 429, 503),
            },
          }
        : {},
    ),
    teacherAuth,
    async (c) => {
      const listed = await listAssignments(c.env.DB);
      const titles = new Map<string, string>();
      for (const { quizId } of listed) {
        if (!titles.has(quizId))
          titles.set(quizId, (await findQuiz(c.env.DB, quizId))?.title ?? "");
      }
      return c.json(
        {
          assignments: listed.map(({ submissions, ...assignment }) =>
            toAssignmentJson(assignment, titles.get(assignment.quizId) ?? "", submissions),
          ),
        },
        200,
        PRIVATE,
      );
    },
  )
  .post(
    "/",
    describeRoute(
      WITH_API_DOCS
        ? {
            ...TEACHER_ONLY,
            tags: ["Assignments"],
            operationId: "createAssignment",
            summary: "Hand a quiz to a class",
            description:
              "Gives the quiz a join code (6 characters, no 0/O or 1/I/L) and its link `/j/<code>`. " +
              "`feedback`: `immediate` shows students the expected answers at once, `after-close` " +
              "only their score until the assignment closes. `closesAt`: when it stops taking sheets.",
            requestBody: {
              required: true,
              content: { "application/json": { schema: resolver(NewAssignmentBody) } },
            },
            responses: {
              201: json("The new assignment.", "Assignment", {
                Location: { description: "`/api/assignments/<id>`.", schema: { type: "string" } },
              }),
              ...problems(400, 401, 413, 415, 429, 503),
              422: problemResponse("There is no quiz with this `quizId`, or `closesAt` is past."),
            },
          }
        : {},
    ),
    teacherAuth,
    limitBody(SUBMISSION_BODY_LIMIT),
    requireJsonBody,
    vValidator("json", NewAssignmentBody, (result, c) => {
      if (!result.success) return invalidInput(c, toFieldErrors(result.issues));
    }),
    async (c) => {
      const { quizId, label, feedback, closesAt = null } = c.req.valid("json");
      const quiz = await findQuiz(c.env.DB, quizId);
      // A draft exists, but students could not open it: publish it first.
      if (!quiz && (await findQuiz(c.env.DB, quizId, { drafts: true }))) {
        return problem(c, {
          type: "/problems/draft-quiz",
          title: "The quiz is a draft",
          status: 422,
          detail: `Quiz "${quizId}" is a draft that students cannot open; publish it (POST /api/quizzes/${quizId}/publish) before handing it to a class.`,
          errors: [{ path: "quizId", message: "This quiz is a draft: publish it first." }],
        });
      }
      if (!quiz) {
        return problem(c, {
          type: "/problems/unknown-quiz",
          title: "Unknown quiz",
          status: 422,
          detail: `There is no quiz with id "${quizId}"; GET /api/quizzes (with the teacher token) lists them.`,
          errors: [{ path: "quizId", message: `No quiz has the id "${quizId}".` }],
        });
      }
      const now = new Date();
      if (closesAt !== null && Date.parse(closesAt) <= now.getTime()) {
        return problem(c, {
          type: "/problems/closing-time-past",
          title: "Closing time already past",
          status: 422,
          detail: `closesAt (${closesAt}) is already past: give a time to come, or leave it out.`,
          errors: [{ path: "closesAt", message: "closesAt must be in the future." }],
        });
      }
      const assignment = await createAssignment(c.env.DB, {
        id: newQuizId(),
        quizId: quiz.id,
        label,
        feedback,
        closesAt,
        createdAt: now.toISOString(),
      });
      c.header("Location", `/api/assignments/${assignment.id}`);
      return c.json(toAssignmentJson(assignment, quiz.title, 0), 201, PRIVATE);
    },
  )
  .get(
    "/:id",
    describeRoute(
      WITH_API_DOCS
        ? {
            ...TEACHER_ONLY,
            tags: ["Assignments"],
            operationId: "getAssignment",
            summary: "An assignment",
            parameters: [ASSIGNMENT_ID],
            responses: {
              200: json("The assignment.", "Assignment"),
              ...problems(401, 429, 503),
              404: problemResponse("There is no assignment with this id."),
            },
          }
        : {},
    ),
    teacherAuth,
    withAssignment,
    async (c) => {
      const { assignment, quiz } = c.var;
      const count = (await assignmentActivity(c.env.DB, assignment.id))?.submissions ?? 0;
      return c.json(toAssignmentJson(assignment, quiz.title, count), 200, PRIVATE);
    },
  )
  .post(
    "/:id/close",
    describeRoute(
      WITH_API_DOCS
        ? {
            ...TEACHER_ONLY,
            tags: ["Assignments"],
            operationId: "closeAssignment",
            summary: "Close an assignment now",
            description:
              "It takes no more sheets (409 to students), and with `after-close` students may see the expected answers. Closing a closed assignment changes nothing.",
            parameters: [ASSIGNMENT_ID],
            responses: {
              200: json("The assignment, closed.", "Assignment"),
              ...problems(401, 429, 503),
              404: problemResponse("There is no assignment with this id."),
            },
          }
        : {},
    ),
    teacherAuth,
    withAssignment,
    changeState(closeAssignment),
  )
  .post(
    "/:id/reopen",
    describeRoute(
      WITH_API_DOCS
        ? {
            ...TEACHER_ONLY,
            tags: ["Assignments"],
            operationId: "reopenAssignment",
            summary: "Reopen an assignment",
            description:
              "It takes sheets again; a closing time already past is dropped (it would close it again at once).",
            parameters: [ASSIGNMENT_ID],
            responses: {
              200: json("The assignment, open.", "Assignment"),
              ...problems(401, 429, 503),
              404: problemResponse("There is no assignment with this id."),
            },
          }
        : {},
    ),
    teacherAuth,
    withAssignment,
    changeState(reopenAssignment),
  )
  .delete(
    "/:id",
    describeRoute(
      WITH_API_DOCS
        ? {
            ...TEACHER_ONLY,
            tags: ["Assignments"],
            operationId: "deleteAssignment",
            summary: "Delete an assignment and its sheets",
            description: "Definitive: its sheets go too (the quiz and its other sheets stay).",
            parameters: [ASSIGNMENT_ID],
            responses: {
              204: { description: "Deleted." },
              ...problems(401, 429, 503),
              404: problemResponse("There is no assignment with this id."),
            },
          }
        : {},
    ),
    teacherAuth,
    withAssignment,
    async (c) => {
      await deleteAssignment(c.env.DB, c.var.assignment.id);
      return c.body(null, 204);
    },
  )
  .get(
    "/:id/results",
    describeRoute(
      WITH_API_DOCS
        ? {
            ...TEACHER_ONLY,
            tags: ["Assignments"],
            operationId: "getAssignmentResults",
            summary: "An assignment's results",
            description:
              "Every figure of the quiz results, over this class's sheets only, and `students`: one " +
              "line per student (name, score, time, each question right or wrong and the answer given), sorted by name.",
            parameters: [ASSIGNMENT_ID, ...queryParameters(ResultsQuery)],
            responses: {
              200: json("The results.", "AssignmentResults"),
              ...problems(400, 401, 429, 503),
              404: problemResponse("There is no assignment with this id."),
            },
          }
        : {},
    ),
    teacherAuth,
    withAssignment,
    vValidator("query", ResultsQuery, (result, c) => {
      if (!result.success) return invalidInput(c, toFieldErrors(result.issues));
    }),
    async (c) => {
      const { limit, cursor } = c.req.valid("query");
      const { assignment, quiz } = c.var;
      const results = await assignmentResults(c.env.DB, assignment, quiz, {
        ...(limit ? { limit } : {}),
        ...(cursor ? { after: cursor } : {}),
      });
      return c.json(results, 200, PRIVATE);
    },
  )
  .get(
    "/:id/live",
    describeRoute(
      WITH_API_DOCS
        ? {
            ...TEACHER_ONLY,
            tags: ["Assignments"],
            operationId: "followAssignment",
            summary: "The results, live (server-sent events)",
            description:
              "`text/event-stream`: a `results` event (the body of `/results`, the 10 newest sheets in `recent`) at once, then one within a second of each new sheet, close or reopen; `deleted` if the assignment is deleted. The stream ends after 10 minutes; reconnect (EventSource does, after `retry`).",
            parameters: [ASSIGNMENT_ID],
            responses: {
              200: {
                description: "The event stream.",
                content: { "text/event-stream": { schema: { type: "string" } } },
              },
              ...problems(401, 429, 503),
              404: problemResponse("There is no assignment with this id."),
            },
          }
        : {},
    ),
    teacherAuth,
    withAssignment,
    liveResults,
  )
  .get(
    "/:id/sheet",
    describeRoute(
      WITH_API_DOCS
        ? {
            ...TEACHER_ONLY,
            tags: ["Assignments"],
            operationId: "getClassSheet",
            summary: "The class sheet as a spreadsheet",
            description:
              "One row per student, sorted by name: name, score, out of, time handed in, then per question 1/0 and the answer given. `csv`: `;`-separated UTF-8 with a BOM, as French Excel opens it with a double click; `xlsx`: an Excel workbook.",
            parameters: [
              ASSIGNMENT_ID,
              {
                name: "format",
                in: "query",
                required: false,
                description: "`csv` (default) or `xlsx`.",
                schema: { type: "string", enum: [...SHEET_FORMATS] },
              },
            ],
            responses: {
              200: file("The class sheet.", ["text/csv", XLSX_TYPE]),
              ...problems(400, 401, 429, 503),
              404: problemResponse("There is no assignment with this id."),
            },
          }
        : {},
    ),
    teacherAuth,
    withAssignment,
    async (c) => {
      const format = c.req.query("format") ?? "csv";
      if (!(SHEET_FORMATS as readonly string[]).includes(format)) {
        return problem(c, {
          type: "/problems/unsupported-sheet-format",
          title: "Unsupported sheet format",
          status: 400,
          detail: `There is no format "${format}" for the class sheet; choose csv or xlsx.`,
          errors: [{ path: "format", message: "format must be csv or xlsx." }],
        });
      }
      const { assignment, quiz } = c.var;
      const rows = toClassSheet(quiz, await listResultSheets(c.env.DB, quiz.id, assignment.id));
      const name = `${toFileSlug(quiz.title)}-${toFileSlug(assignment.label)}`;
      return format === "xlsx"
        ? download(c, {
            filename: `${name}.xlsx`,
            contentType: XLSX_TYPE,
            body: toXlsx(rows, assignment.label),
          })
        : download(c, {
            filename: `${name}.csv`,
            contentType: "text/csv; charset=utf-8; header=present",
            body: toCsv(rows),
          });
    },
  );

/** The handler of `/close` and `/reopen`: changes the state now, answers the assignment. */
function changeState(
  change: (db: D1Database, id: string, now: string) => Promise<Assignment | undefined>,
) {
  return async (c: Context<AssignmentEnv>) => {
    const { assignment, quiz } = c.var;
    const changed = await change(c.env.DB, assignment.id, new Date().toISOString());
    if (!changed) return c.notFound();
    const count = (await assignmentActivity(c.env.DB, changed.id))?.submissions ?? 0;
    return c.json(toAssignmentJson(changed, quiz.title, count), 200, PRIVATE);
  };
}
