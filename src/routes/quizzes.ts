/**
 * @module
 * `/api/quizzes`: the list of quizzes, a quiz as students see it, its answer key (teachers),
 * and marking a student's answers.
 */
import { vValidator } from "@hono/valibot-validator";
import { Hono } from "hono";
import { parseArticle } from "../core/article/parse-article";
import { generateQuiz } from "../core/generator/generate-quiz";
import { markSheet } from "../core/marking/mark-sheet";
import { toKeyView } from "../core/quiz/to-key-view";
import { toStudentView } from "../core/quiz/to-student-view";
import { isShippedQuiz, listQuizzes } from "../quiz-catalog";
import { deleteQuiz, saveQuiz } from "../storage/quiz-store";
import { saveSubmission } from "../storage/submission-store";
import { requireJsonBody } from "./json-body";
import { NewQuizBody, SUPPORTED_LANGUAGES } from "./new-quiz-body";
import { newQuizId } from "./new-quiz-id";
import { invalidInput, problem } from "./problem";
import { findAnswerErrors, SubmissionBody, toFieldErrors } from "./submission-body";
import { teacherAuth } from "./teacher-auth";
import { withQuiz } from "./with-quiz";

/**
 * The quiz routes, to mount at `/api/quizzes`.
 *
 * @example
 * app.route("/api/quizzes", quizzes);
 */
export const quizzes = new Hono<{ Bindings: Env }>()
  .get("/", async (c) => c.json({ quizzes: await listQuizzes(c.env.DB) }))
  .post(
    "/",
    teacherAuth,
    requireJsonBody,
    vValidator("json", NewQuizBody, (result, c) => {
      if (!result.success) return invalidInput(c, toFieldErrors(result.issues));
    }),
    async (c) => {
      const { text, title, language = "fr", questionCount } = c.req.valid("json");
      if (!(SUPPORTED_LANGUAGES as readonly string[]).includes(language)) {
        return problem(c, {
          type: "/problems/unsupported-language",
          title: "Unsupported language",
          status: 422,
          detail: `Quizzes can be generated from articles in ${SUPPORTED_LANGUAGES.join(", ")} (French) only; got "${language}".`,
        });
      }
      const article = parseArticle(text);
      const quiz = generateQuiz(article, {
        id: newQuizId(),
        ...(title ? { title } : {}),
        ...(questionCount ? { questionCount } : {}),
      });
      if (quiz.questions.length === 0) {
        return problem(c, {
          type: "/problems/no-questions",
          title: "No questions found",
          status: 422,
          detail:
            "No question could be made from this text: it names no person, place, organisation, date or quantity the generator recognises. Paste a news article.",
        });
      }
      await saveQuiz(c.env.DB, quiz, new Date().toISOString());
      c.header("Location", `/api/quizzes/${quiz.id}`);
      return c.json(toKeyView(quiz), 201);
    },
  )
  .get("/:id", withQuiz, (c) => c.json(toStudentView(c.var.quiz)))
  .get("/:id/key", teacherAuth, withQuiz, (c) => c.json(toKeyView(c.var.quiz)))
  .delete("/:id", teacherAuth, withQuiz, async (c) => {
    const { id } = c.var.quiz;
    if (isShippedQuiz(id)) {
      return problem(c, {
        type: "/problems/shipped-quiz",
        title: "Shipped quizzes cannot be deleted",
        status: 409,
        detail: `"${id}" ships with Ardoise; only quizzes created with POST /api/quizzes can be deleted.`,
      });
    }
    await deleteQuiz(c.env.DB, id);
    return c.body(null, 204);
  })
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

      const { score, maxScore, results } = markSheet(quiz, answers);
      const summary = { id: crypto.randomUUID(), quizId: quiz.id, score, maxScore };
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
