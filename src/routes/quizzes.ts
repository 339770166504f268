/**
 * @module
 * `/api/quizzes`: the list of quizzes, a quiz as students see it, its answer key (teachers),
 * and marking a student's answers.
 */
import { vValidator } from "@hono/valibot-validator";
import { Hono } from "hono";
import { createMiddleware } from "hono/factory";
import { markAnswer } from "../core/marking/mark-answer";
import type { Quiz } from "../core/quiz/quiz";
import { toKeyView } from "../core/quiz/to-key-view";
import { toStudentView } from "../core/quiz/to-student-view";
import { findQuiz, listQuizzes } from "../quiz-catalog";
import { saveSubmission } from "../storage/submission-store";
import { requireJsonBody } from "./json-body";
import { invalidInput, problem } from "./problem";
import { findAnswerErrors, SubmissionBody, toFieldErrors } from "./submission-body";
import { teacherAuth } from "./teacher-auth";

/** Finds the quiz named by the `:id` path parameter, or answers 404. */
const withQuiz = createMiddleware<{ Variables: { quiz: Quiz } }>(async (c, next) => {
  const id = c.req.param("id") ?? "";
  const quiz = findQuiz(id);
  if (!quiz) {
    return problem(c, {
      type: "/problems/quiz-not-found",
      title: "Quiz not found",
      status: 404,
      detail: `There is no quiz with id "${id}"; GET /api/quizzes lists them.`,
    });
  }
  c.set("quiz", quiz);
  await next();
});

/**
 * The quiz routes, to mount at `/api/quizzes`.
 *
 * @example
 * app.route("/api/quizzes", quizzes);
 */
export const quizzes = new Hono<{ Bindings: Env }>()
  .get("/", (c) =>
    c.json({
      quizzes: listQuizzes().map(({ id, title, language, questions }) => ({
        id,
        title,
        language,
        questionCount: questions.length,
      })),
    }),
  )
  .get("/:id", withQuiz, (c) => c.json(toStudentView(c.var.quiz)))
  .get("/:id/key", teacherAuth, withQuiz, (c) => c.json(toKeyView(c.var.quiz)))
  .post(
    "/:id/submissions",
    withQuiz,
    requireJsonBody,
    vValidator("json", SubmissionBody, (result, c) => {
      if (!result.success) return invalidInput(c, toFieldErrors(result.issues));
    }),
    async (c) => {
      const quiz = c.var.quiz;
      const { answers, student } = c.req.valid("json");
      const errors = findAnswerErrors(quiz, answers);
      if (errors.length > 0) return invalidInput(c, errors);

      const given = new Map(Object.entries(answers));
      const results = quiz.questions.map((question) => {
        const answer = given.get(question.id);
        const { correct, expected } = markAnswer(question, answer);
        const { text, start, end } = question.evidence;
        return {
          questionId: question.id,
          correct,
          given: answer ?? null,
          expected,
          evidence: { text, start, end },
        };
      });
      const summary = {
        id: crypto.randomUUID(),
        quizId: quiz.id,
        score: results.filter((result) => result.correct).length,
        maxScore: quiz.questions.length,
      };
      await saveSubmission(c.env.DB, {
        ...summary,
        student: student ?? null,
        answers,
        createdAt: new Date().toISOString(),
        marks: results,
      });
      return c.json({ ...summary, results }, 201);
    },
  );
