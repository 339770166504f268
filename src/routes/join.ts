/**
 * @module
 * `/api/join/:code`: what students reach with a join code. The assignment as they see it (the
 * quiz without answers), and handing in a sheet for it: a name is required, one sheet per name,
 * nothing stored once the assignment is closed.
 */
import { vValidator } from "@hono/valibot-validator";
import type { Context } from "hono";
import { Hono } from "hono/tiny";
import { describeRoute, resolver } from "hono-openapi";
import { isClosed, MAX_ASSIGNMENT_NAME_LENGTH } from "../core/assignment/assignment";
import { toStudentView } from "../core/quiz/to-student-view";
import { limitBody, SUBMISSION_BODY_LIMIT } from "../middleware/body-limits";
import { type IdempotencyEnv, idempotencyKey } from "../middleware/idempotency";
import { type JoinLookup, lookUpJoinCode } from "../middleware/join-code-lookup";
import { requireJsonBody } from "../middleware/json-body";
import { LIMIT_PERIOD_SECONDS } from "../middleware/teacher-auth-limiter";
import { invalidInput, problem } from "../problem";
import { handIn } from "./hand-in-response";
import { IDEMPOTENCY_KEY, json, problemResponse, problems } from "./openapi";
import { SubmissionBody, toFieldErrors } from "./submission-body";

const JOIN_CODE = {
  name: "code",
  in: "path" as const,
  required: true,
  description: "The join code the teacher gave: 6 characters, any case, spaces ignored.",
  schema: { type: "string" as const },
};

type JoinEnv = { Bindings: Env } & IdempotencyEnv;

/** 404 or 429 for a lookup that found nothing; `undefined` when it found the assignment. */
function refusal(c: Context, found: JoinLookup): Response | undefined {
  if (found.kind === "refused") {
    return problem(
      c,
      {
        type: "/problems/too-many-wrong-codes",
        title: "Trop de codes erronés · Too many wrong codes",
        status: 429,
        detail: `Trop de codes erronés envoyés depuis cette adresse : attendez ${LIMIT_PERIOD_SECONDS} secondes (Retry-After), puis tapez le code donné par votre enseignant. · Too many wrong join codes from this address; wait ${LIMIT_PERIOD_SECONDS} seconds.`,
      },
      { "Retry-After": String(LIMIT_PERIOD_SECONDS) },
    );
  }
  if (found.kind === "unknown") {
    return problem(c, {
      type: "/problems/join-code-not-found",
      title: "Code inconnu · Unknown join code",
      status: 404,
      detail:
        "Aucun devoir n'a ce code : vérifiez-le (6 caractères, sans 0/O ni 1/I/L). · No assignment has this join code.",
    });
  }
  return undefined;
}

/**
 * The student routes of assignments, to mount at `/api/join`.
 *
 * @example
 * app.route("/api/join", join);
 */
export const join = new Hono<JoinEnv>()
  .get(
    "/:code",
    describeRoute(
      WITH_API_DOCS
        ? {
            tags: ["Assignments"],
            operationId: "joinAssignment",
            summary: "An assignment as students see it",
            description:
              "The label, whether it is closed, its closing time and the quiz without answers. Wrong codes are rate-limited per client (429 with `Retry-After`).",
            parameters: [JOIN_CODE],
            responses: {
              200: json("The assignment and its quiz.", "JoinView"),
              404: problemResponse("No assignment has this join code."),
              429: problemResponse(
                "Too many wrong join codes from this address: wait `Retry-After` seconds.",
              ),
              ...problems(503),
            },
          }
        : {},
    ),
    async (c) => {
      const found = await lookUpJoinCode(c, c.req.param("code"));
      if (found.kind !== "found") return refusal(c, found) as Response;
      const { assignment, quiz } = found;
      return c.json({
        assignmentId: assignment.id,
        label: assignment.label,
        closed: isClosed(assignment),
        closesAt: assignment.closesAt,
        feedback: assignment.feedback,
        quiz: toStudentView(quiz),
      });
    },
  )
  .post(
    "/:code/submissions",
    describeRoute(
      WITH_API_DOCS
        ? {
            tags: ["Assignments"],
            operationId: "submitAssignment",
            summary: "Hand in a sheet for an assignment",
            description:
              "As `POST /api/quizzes/{id}/submissions`, with `student` required (1–80 characters): one sheet per name (compared without case or accents). While an `after-close` assignment is open, the results hold no `expected` and no `evidence`.",
            parameters: [JOIN_CODE, IDEMPOTENCY_KEY],
            requestBody: {
              required: true,
              content: { "application/json": { schema: resolver(SubmissionBody) } },
            },
            responses: {
              201: json("The marked sheet.", "AssignmentSubmission"),
              ...problems(400, 413, 415, 503),
              404: problemResponse("No assignment has this join code."),
              409: problemResponse(
                "A sheet was already handed in under this name (the first is kept), or the assignment is closed; nothing was stored.",
              ),
              422: problemResponse("This `Idempotency-Key` was first sent with other answers."),
              429: problemResponse(
                "Too many wrong join codes from this address: wait `Retry-After` seconds.",
              ),
            },
          }
        : {},
    ),
    limitBody(SUBMISSION_BODY_LIMIT),
    idempotencyKey,
    requireJsonBody,
    vValidator("json", SubmissionBody, (result, c) => {
      if (!result.success) return invalidInput(c, toFieldErrors(result.issues));
    }),
    async (c) => {
      const found = await lookUpJoinCode(c, c.req.param("code"));
      if (found.kind !== "found") return refusal(c, found) as Response;
      const { assignment, quiz } = found;
      if (isClosed(assignment)) {
        return problem(c, {
          type: "/problems/assignment-closed",
          title: "Devoir fermé · Assignment closed",
          status: 409,
          detail:
            "Ce devoir est fermé : il ne prend plus de copies, celle-ci n'a pas été enregistrée. · This assignment is closed; nothing was stored.",
        });
      }
      const body = c.req.valid("json");
      if (body.student === undefined || body.student.length > MAX_ASSIGNMENT_NAME_LENGTH) {
        return invalidInput(c, [
          {
            path: "student",
            message: `student is required for an assignment: the student's name, 1 to ${MAX_ASSIGNMENT_NAME_LENGTH} characters.`,
          },
        ]);
      }
      return handIn(c, { quiz, assignment, body, raw: await c.req.json() });
    },
  );
