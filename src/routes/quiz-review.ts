/**
 * @module
 * The teacher's review of a quiz, under `/api/quizzes/:id` (teacher token): change, delete,
 * add, reorder and swap questions, accept an answer (regrading the stored sheets), publish a
 * draft, read the revision history, copy a quiz. Shipped quizzes are copied, not edited.
 */
import { vValidator } from "@hono/valibot-validator";
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import { Hono } from "hono/tiny";
import { describeRoute, resolver } from "hono-openapi";
import { toKeyView } from "../core/quiz/to-key-view";
import {
  acceptAnswer,
  addQuestion,
  deleteQuestion,
  reorderQuestions,
  swapQuestion,
  updateQuestion,
} from "../core/review/review-quiz";
import { limitBody, NEW_QUIZ_BODY_LIMIT } from "../middleware/body-limits";
import { requireJsonBody } from "../middleware/json-body";
import { teacherAuth } from "../middleware/teacher-auth";
import { invalidInput, problem } from "../problem";
import { alternativesOf, findQuizForReview, type ReviewedQuiz } from "../quiz-catalog";
import { listRevisions } from "../storage/quiz-revision-store";
import { saveQuiz } from "../storage/quiz-store";
import { newQuizId } from "./new-quiz-id";
import { json, problemResponse, problems, QUIZ_ID, TEACHER_ONLY } from "./openapi";
import {
  AcceptBody,
  NewQuestionBody,
  OrderBody,
  QuestionPatchBody,
  SwapBody,
} from "./question-body";
import { quizNotFound } from "./quiz-not-found";
import { type Revised, reviewView, reviseQuiz } from "./revise-quiz";
import { toFieldErrors } from "./submission-body";

type ReviewEnv = { Bindings: Env; Variables: { reviewed: ReviewedQuiz } };

/** Finds the quiz named by `:id`, drafts included, with its review state; 404 otherwise. */
const withReviewedQuiz = createMiddleware<ReviewEnv>(async (c, next) => {
  const id = c.req.param("id") ?? "";
  const reviewed = await findQuizForReview(c.env.DB, id);
  if (!reviewed) return quizNotFound(c, id);
  c.set("reviewed", reviewed);
  await next();
});

/** The `{questionId}` of the question routes. */
const QUESTION_ID = {
  name: "questionId",
  in: "path" as const,
  required: true,
  description: "The question's id, as the key view lists it (`q1`, `q2`…).",
  schema: { type: "string" as const },
};

/** The refusals every edit may answer with. */
const EDIT_REFUSALS = {
  ...problems(401, 404, 429, 503),
  409: problemResponse(
    "The quiz ships with Ardoise (copy it), students have answered it and the change is not " +
      "to the key (copy it), or other changes kept arriving (retry).",
  ),
};

/** A body schema for `requestBody`. */
function body(schema: Parameters<typeof resolver>[0], description?: string) {
  return {
    required: true,
    ...(description ? { description } : {}),
    content: { "application/json": { schema: resolver(schema) } },
  };
}

/** Validation failures as 400 problem details, like every body of the API. */
function validated<T extends Parameters<typeof vValidator>[1]>(schema: T) {
  return vValidator("json", schema, (result, c) => {
    if (!result.success) return invalidInput(c, toFieldErrors(result.issues));
  });
}

/** `{ regraded, changed, quiz }`: what a key edit answers. */
function regradeResponse(revised: Revised) {
  return {
    regraded: revised.regrade.regraded,
    changed: { sheets: revised.regrade.changes.length, marks: revised.regrade.changedMarks },
    quiz: reviewView(revised.stored),
  };
}

function questionId(c: Context): string {
  return c.req.param("questionId") ?? "";
}

/** Bodies of the review routes are small: a question is well under a new quiz's limit. */
const jsonBody = [limitBody(NEW_QUIZ_BODY_LIMIT), requireJsonBody] as const;

/**
 * The review routes, to mount at `/api/quizzes` next to the quiz routes.
 *
 * @example
 * app.route("/api/quizzes", quizReview);
 */
export const quizReview = new Hono<ReviewEnv>()
  .patch(
    "/:id/questions/:questionId",
    describeRoute(
      WITH_API_DOCS
        ? {
            ...TEACHER_ONLY,
            tags: ["Review"],
            operationId: "updateQuestion",
            summary: "Change a question",
            description:
              "Changes the fields sent. Once students have answered, only the key (`answer`, " +
              "`accepted`) may change: their sheets are then marked again. With `answer` or " +
              "`accepted` in the body, answers `{ regraded, changed, quiz }`; otherwise the quiz.",
            parameters: [QUIZ_ID, QUESTION_ID],
            requestBody: body(QuestionPatchBody),
            responses: {
              200: {
                description: "The quiz, or `{ regraded, changed, quiz }` after a key edit.",
                content: {
                  "application/json": {
                    schema: {
                      oneOf: [
                        { $ref: "#/components/schemas/KeyQuiz" },
                        { $ref: "#/components/schemas/Regrade" },
                      ],
                    },
                  },
                },
              },
              ...problems(400),
              ...EDIT_REFUSALS,
            },
          }
        : {},
    ),
    teacherAuth,
    ...jsonBody,
    validated(QuestionPatchBody),
    withReviewedQuiz,
    async (c) => {
      const fields = c.req.valid("json");
      const revised = await reviseQuiz(c, c.var.reviewed, (draft) =>
        updateQuestion(draft, questionId(c), fields),
      );
      if (revised instanceof Response) return revised;
      const keyEdit = fields.answer !== undefined || fields.accepted !== undefined;
      return c.json(keyEdit ? regradeResponse(revised) : reviewView(revised.stored));
    },
  )
  .delete(
    "/:id/questions/:questionId",
    describeRoute(
      WITH_API_DOCS
        ? {
            ...TEACHER_ONLY,
            tags: ["Review"],
            operationId: "deleteQuestion",
            summary: "Delete a question",
            description: "Its id is not given to another question afterwards.",
            parameters: [QUIZ_ID, QUESTION_ID],
            responses: { 200: json("The quiz.", "KeyQuiz"), ...EDIT_REFUSALS },
          }
        : {},
    ),
    teacherAuth,
    withReviewedQuiz,
    async (c) => {
      const revised = await reviseQuiz(c, c.var.reviewed, (draft) =>
        deleteQuestion(draft, questionId(c)),
      );
      return revised instanceof Response ? revised : c.json(reviewView(revised.stored));
    },
  )
  .post(
    "/:id/questions",
    describeRoute(
      WITH_API_DOCS
        ? {
            ...TEACHER_ONLY,
            tags: ["Review"],
            operationId: "addQuestion",
            summary: "Add a question written by the teacher",
            description: "Added last, with a new id.",
            parameters: [QUIZ_ID],
            requestBody: body(
              NewQuestionBody,
              "`options` for `single_choice` (3 to 5, `answer` is the right one's id), `answer` " +
                "true/false for `true_false`, the text (and optional `accepted` forms) for " +
                "`short_answer`; `evidence` is a passage of the article.",
            ),
            responses: { 201: json("The quiz.", "KeyQuiz"), ...problems(400), ...EDIT_REFUSALS },
          }
        : {},
    ),
    teacherAuth,
    ...jsonBody,
    validated(NewQuestionBody),
    withReviewedQuiz,
    async (c) => {
      const fields = c.req.valid("json");
      const revised = await reviseQuiz(c, c.var.reviewed, (draft) => addQuestion(draft, fields));
      return revised instanceof Response ? revised : c.json(reviewView(revised.stored), 201);
    },
  )
  .put(
    "/:id/order",
    describeRoute(
      WITH_API_DOCS
        ? {
            ...TEACHER_ONLY,
            tags: ["Review"],
            operationId: "reorderQuestions",
            summary: "Put the questions in a new order",
            parameters: [QUIZ_ID],
            requestBody: body(
              OrderBody,
              "Every question id of the quiz, once each, in the new order.",
            ),
            responses: { 200: json("The quiz.", "KeyQuiz"), ...problems(400), ...EDIT_REFUSALS },
          }
        : {},
    ),
    teacherAuth,
    ...jsonBody,
    validated(OrderBody),
    withReviewedQuiz,
    async (c) => {
      const { questionIds } = c.req.valid("json");
      const revised = await reviseQuiz(c, c.var.reviewed, (draft) =>
        reorderQuestions(draft, questionIds),
      );
      return revised instanceof Response ? revised : c.json(reviewView(revised.stored));
    },
  )
  .get(
    "/:id/alternatives",
    describeRoute(
      WITH_API_DOCS
        ? {
            ...TEACHER_ONLY,
            tags: ["Review"],
            operationId: "listAlternatives",
            summary: "The generator's other questions",
            description:
              "The candidates the generator ranked after the quiz's questions, built as questions " +
              "with their key and evidence, best first: what a question can be swapped for.",
            parameters: [QUIZ_ID],
            responses: {
              200: json("The alternatives.", "AlternativeList"),
              ...problems(401, 404, 429, 503),
            },
          }
        : {},
    ),
    teacherAuth,
    withReviewedQuiz,
    (c) => {
      const reviewed = c.var.reviewed;
      const { questions } = toKeyView({ ...reviewed.quiz, questions: alternativesOf(reviewed) });
      return c.json({ alternatives: questions });
    },
  )
  .post(
    "/:id/questions/:questionId/swap",
    describeRoute(
      WITH_API_DOCS
        ? {
            ...TEACHER_ONLY,
            tags: ["Review"],
            operationId: "swapQuestion",
            summary: "Replace a question with an alternative",
            description:
              "The alternative takes the question's place under a new id and leaves the alternatives.",
            parameters: [QUIZ_ID, QUESTION_ID],
            requestBody: body(SwapBody),
            responses: { 200: json("The quiz.", "KeyQuiz"), ...problems(400), ...EDIT_REFUSALS },
          }
        : {},
    ),
    teacherAuth,
    ...jsonBody,
    validated(SwapBody),
    withReviewedQuiz,
    async (c) => {
      const { alternativeId } = c.req.valid("json");
      const revised = await reviseQuiz(c, c.var.reviewed, (draft) =>
        swapQuestion(draft, questionId(c), alternativeId),
      );
      return revised instanceof Response ? revised : c.json(reviewView(revised.stored));
    },
  )
  .post(
    "/:id/questions/:questionId/accepted",
    describeRoute(
      WITH_API_DOCS
        ? {
            ...TEACHER_ONLY,
            tags: ["Review"],
            operationId: "acceptAnswer",
            summary: "Accept an answer and regrade",
            description:
              "Adds the answer to the short-answer question's accepted forms, then marks every " +
              "stored sheet of the quiz again, in one batch.",
            parameters: [QUIZ_ID, QUESTION_ID],
            requestBody: body(AcceptBody),
            responses: {
              200: json("What the regrade changed, and the quiz.", "Regrade"),
              ...problems(400),
              ...EDIT_REFUSALS,
            },
          }
        : {},
    ),
    teacherAuth,
    ...jsonBody,
    validated(AcceptBody),
    withReviewedQuiz,
    async (c) => {
      const { answer } = c.req.valid("json");
      const revised = await reviseQuiz(c, c.var.reviewed, (draft) =>
        acceptAnswer(draft, questionId(c), answer),
      );
      return revised instanceof Response ? revised : c.json(regradeResponse(revised));
    },
  )
  .post(
    "/:id/publish",
    describeRoute(
      WITH_API_DOCS
        ? {
            ...TEACHER_ONLY,
            tags: ["Review"],
            operationId: "publishQuiz",
            summary: "Publish a draft",
            description:
              "Students can then open it and it appears in the list. Publishing a published quiz " +
              "changes nothing.",
            parameters: [QUIZ_ID],
            responses: {
              200: json("The quiz.", "KeyQuiz"),
              ...EDIT_REFUSALS,
              409: problemResponse("The quiz has no question left to ask."),
            },
          }
        : {},
    ),
    teacherAuth,
    withReviewedQuiz,
    async (c) => {
      const reviewed = c.var.reviewed;
      if (reviewed.published) return c.json(reviewView(reviewed));
      if (reviewed.quiz.questions.length === 0) {
        return problem(c, {
          type: "/problems/empty-quiz",
          title: "The quiz has no questions",
          status: 409,
          detail: `Add a question (POST /api/quizzes/${reviewed.quiz.id}/questions) before publishing.`,
        });
      }
      const revised = await reviseQuiz(c, reviewed, (draft) => ({
        draft: { ...draft, published: true },
        change: { action: "publish", questionId: null, before: false, after: true },
      }));
      return revised instanceof Response ? revised : c.json(reviewView(revised.stored));
    },
  )
  .get(
    "/:id/revisions",
    describeRoute(
      WITH_API_DOCS
        ? {
            ...TEACHER_ONLY,
            tags: ["Review"],
            operationId: "listRevisions",
            summary: "The quiz's revision history",
            description:
              "Every change, newest first (at most 200): when, what, the question concerned, " +
              "before and after, and what a regrade changed.",
            parameters: [QUIZ_ID],
            responses: {
              200: json("The history.", "RevisionList"),
              ...problems(401, 404, 429, 503),
            },
          }
        : {},
    ),
    teacherAuth,
    withReviewedQuiz,
    async (c) => {
      const { quiz, shipped } = c.var.reviewed;
      return c.json({
        quizId: quiz.id,
        revisions: shipped ? [] : await listRevisions(c.env.DB, quiz.id),
      });
    },
  )
  .post(
    "/:id/copy",
    describeRoute(
      WITH_API_DOCS
        ? {
            ...TEACHER_ONLY,
            tags: ["Review"],
            operationId: "copyQuiz",
            summary: "Copy a quiz into a new draft",
            description:
              "A new draft with the same article, questions and alternatives, no answer sheets and " +
              "a history of its own: how to change a shipped quiz, or one students have answered.",
            parameters: [QUIZ_ID],
            responses: {
              201: json("The new draft.", "KeyQuiz", {
                Location: { description: "`/api/quizzes/<new id>`.", schema: { type: "string" } },
              }),
              ...problems(401, 404, 429, 503),
            },
          }
        : {},
    ),
    teacherAuth,
    withReviewedQuiz,
    async (c) => {
      const reviewed = c.var.reviewed;
      const quiz = {
        ...reviewed.quiz,
        id: newQuizId(),
        title: copyTitle(reviewed.quiz.title),
      };
      await saveQuiz(c.env.DB, quiz, new Date().toISOString(), false, {
        alternatives: alternativesOf(reviewed),
        published: false,
        origin: { action: "copy", from: reviewed.quiz.id },
      });
      c.header("Location", `/api/quizzes/${quiz.id}`);
      return c.json(reviewView({ quiz, published: false, revision: 1 }), 201);
    },
  );

/** Longest title, as for a new quiz. */
const MAX_TITLE = 200;
const COPY_MARK = " (copie)";

/** The copy's title: the original's, marked as a copy so that the list tells them apart. */
function copyTitle(title: string): string {
  return `${title.slice(0, MAX_TITLE - COPY_MARK.length)}${COPY_MARK}`;
}
