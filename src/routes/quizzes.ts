/**
 * @module
 * `/api/quizzes`: the list of quizzes, a quiz as students see it, its answer key (teachers),
 * and marking a student's answers.
 */
import { vValidator } from "@hono/valibot-validator";
import { Hono } from "hono/tiny";
import { describeRoute, resolver } from "hono-openapi";
import * as v from "valibot";
import { serveQuizView } from "../cached-views";
import { findForeignLanguage } from "../core/article/find-foreign-language";
import { parseArticle } from "../core/article/parse-article";
import { generateQuizDraft } from "../core/generator/generate-quiz";
import { toStudentView } from "../core/quiz/to-student-view";
import { limitBody, NEW_QUIZ_BODY_LIMIT, SUBMISSION_BODY_LIMIT } from "../middleware/body-limits";
import { idempotencyKey } from "../middleware/idempotency";
import { requireJsonBody } from "../middleware/json-body";
import { optionalTeacherAuth, teacherAuth } from "../middleware/teacher-auth";
import { invalidInput, problem } from "../problem";
import {
  decodeQuizListCursor,
  encodeQuizListCursor,
  findQuizForReview,
  isShippedQuiz,
  listQuizzes,
  QUIZ_PAGE_SIZE,
} from "../quiz-catalog";
import { deleteQuiz, saveQuiz, setQuizPublic } from "../storage/quiz-store";
import { handIn } from "./hand-in-response";
import { NewQuizBody, SUPPORTED_LANGUAGES, VisibilityBody } from "./new-quiz-body";
import { newQuizId } from "./new-quiz-id";
import {
  IDEMPOTENCY_KEY,
  json,
  problemResponse,
  problems,
  QUIZ_ID,
  queryParameters,
  TEACHER_ONLY,
} from "./openapi";
import { pageCursor, pageLimit } from "./page-query";
import { withPublishedQuiz, withQuizOrDraft } from "./quiz-not-found";
import { reviewView } from "./revise-quiz";
import { SubmissionBody, toFieldErrors } from "./submission-body";

/** The longest search accepted: a title is at most 200 characters. */
const MAX_SEARCH_LENGTH = 200;

/** `?limit=1..100&cursor=…&q=…`, all optional; other parameters are ignored. */
const QuizListQuery = v.object({
  limit: pageLimit(QUIZ_PAGE_SIZE, "quizzes"),
  cursor: pageCursor(decodeQuizListCursor),
  q: v.optional(
    v.pipe(
      v.string(`q must be text: words of the title, at most ${MAX_SEARCH_LENGTH} characters.`),
      v.description(
        "Words the title must all hold, in any order, case and accents aside (`etat` finds « État »).",
      ),
      v.maxLength(MAX_SEARCH_LENGTH, `q must be at most ${MAX_SEARCH_LENGTH} characters long.`),
    ),
  ),
});

/**
 * The quiz routes, to mount at `/api/quizzes`.
 *
 * @example
 * app.route("/api/quizzes", quizzes);
 */
export const quizzes = new Hono<{ Bindings: Env }>()
  .get(
    "/",
    describeRoute(
      WITH_API_DOCS
        ? {
            tags: ["Quizzes"],
            operationId: "listQuizzes",
            summary: "The listed quizzes, a page at a time",
            description:
              "The shipped quizzes first, then the created ones marked public and published, newest " +
              "first; with the teacher token, every created quiz too, drafts included (the others " +
              "are reached by their link or an assignment's join code; drafts by nobody but the " +
              "teacher). `nextCursor` gives the next page. With `q`, only the quizzes whose title " +
              "holds every word of it, in any case, with or without accents (`etat` finds « État »).",
            // The token is optional here: without it, the public list.
            security: [{}, { teacherToken: [] }],
            parameters: queryParameters(QuizListQuery),
            responses: {
              200: json(
                "A page of quizzes: id, title, language, number of questions, public, published.",
                "QuizList",
              ),
              ...problems(400, 401, 429, 503),
            },
          }
        : {},
    ),
    optionalTeacherAuth,
    vValidator("query", QuizListQuery, (result, c) => {
      if (!result.success) return invalidInput(c, toFieldErrors(result.issues));
    }),
    async (c) => {
      const { limit = QUIZ_PAGE_SIZE, cursor, q } = c.req.valid("query");
      const page = await listQuizzes(c.env.DB, {
        limit,
        includePrivate: c.var.teacher === true,
        fresh: c.var.teacher !== true,
        ...(cursor ? { after: cursor } : {}),
        ...(q ? { search: q } : {}),
      });
      return c.json({
        quizzes: page.quizzes,
        nextCursor: page.next ? encodeQuizListCursor(page.next) : null,
      });
    },
  )
  .post(
    "/",
    describeRoute(
      WITH_API_DOCS
        ? {
            ...TEACHER_ONLY,
            tags: ["Quizzes"],
            operationId: "createQuiz",
            summary: "Create a quiz from an article",
            description:
              "Generates the questions once and stores the quiz; answers 201 with its key view and " +
              "its address in `Location`.",
            requestBody: {
              required: true,
              description:
                "`text`: the article, title on the first line, blank lines between paragraphs. " +
                "`title`: the headline, given apart: then all of `text` is the article, except a " +
                "first line that repeats the headline (compared without case, accents, spacing or " +
                "punctuation). `language`: `fr`. `questionCount`: default 10. " +
                "`published`: `false` for a draft that students cannot open until " +
                "`POST …/publish` (default `true`).",
              content: { "application/json": { schema: resolver(NewQuizBody) } },
            },
            responses: {
              201: json("The new quiz, with its answer key.", "KeyQuiz", {
                Location: { description: "`/api/quizzes/<id>`.", schema: { type: "string" } },
              }),
              ...problems(400, 401, 413, 415, 429, 503),
              422: problemResponse(
                "The article is valid but unusable: a `language` other than `fr`; a text clearly " +
                  "written in another language (`/problems/not-french`, in French, with `language`: " +
                  "the code of the language found; a short or mixed text is given the benefit of the " +
                  "doubt); or no question could be made.",
              ),
            },
          }
        : {},
    ),
    teacherAuth,
    limitBody(NEW_QUIZ_BODY_LIMIT),
    requireJsonBody,
    vValidator("json", NewQuizBody, (result, c) => {
      if (!result.success) return invalidInput(c, toFieldErrors(result.issues));
    }),
    async (c) => {
      const {
        text,
        title,
        language = "fr",
        questionCount,
        public: isPublic,
        published = true,
      } = c.req.valid("json");
      if (!(SUPPORTED_LANGUAGES as readonly string[]).includes(language)) {
        return problem(c, {
          type: "/problems/unsupported-language",
          title: "Unsupported language",
          status: 422,
          detail: `Quizzes can be generated from articles in ${SUPPORTED_LANGUAGES.join(", ")} (French) only; got "${language}".`,
        });
      }
      const foreign = findForeignLanguage(text);
      if (foreign) {
        const found =
          foreign.name === foreign.code
            ? `dans une autre langue (code ${foreign.code})`
            : `en ${foreign.name} (${foreign.code})`;
        // In French, as the teachers who read it: it names the language in French.
        return problem(
          c,
          {
            type: "/problems/not-french",
            title: "Article not in French",
            status: 422,
            detail: `Ce texte semble écrit ${found}, pas en français. Ardoise ne crée de quiz qu'à partir d'articles en français : collez un article en français.`,
            language: foreign.code,
          },
          { "Content-Language": "fr" },
        );
      }
      const article = parseArticle(text, title ? { title } : {});
      const { quiz, alternatives } = generateQuizDraft(article, {
        id: newQuizId(),
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
      await saveQuiz(c.env.DB, quiz, new Date().toISOString(), isPublic === true, {
        alternatives,
        published,
      });
      c.header("Location", `/api/quizzes/${quiz.id}`);
      return c.json(reviewView({ quiz, published, revision: 1 }), 201);
    },
  )
  .get(
    "/:id",
    describeRoute(
      WITH_API_DOCS
        ? {
            tags: ["Quizzes"],
            operationId: "getQuiz",
            summary: "A quiz as students see it",
            description:
              "The article and the questions, without answers. Sent with a strong `ETag`; " +
              "`If-None-Match` with it answers 304 while the quiz is unchanged. `Cache-Control`: " +
              "`public, max-age=86400` for a shipped quiz, `no-cache` for a created one, whose " +
              "edits show here within a second.",
            parameters: [QUIZ_ID],
            responses: {
              200: json("The quiz.", "StudentQuiz"),
              304: {
                description: "Not Modified: the ETag in If-None-Match is the quiz's current one.",
              },
              ...problems(404, 503),
            },
          }
        : {},
    ),
    withPublishedQuiz,
    (c) => serveQuizView(c, c.var.quiz, "student-json", () => c.json(toStudentView(c.var.quiz))),
  )
  .get(
    "/:id/key",
    describeRoute(
      WITH_API_DOCS
        ? {
            ...TEACHER_ONLY,
            tags: ["Quizzes"],
            operationId: "getAnswerKey",
            summary: "A quiz with its answer key",
            description:
              "The student view plus, per question, the answer, accepted forms and evidence.",
            parameters: [QUIZ_ID],
            responses: {
              200: json("The quiz and its key.", "KeyQuiz"),
              ...problems(401, 404, 429, 503),
            },
          }
        : {},
    ),
    teacherAuth,
    withQuizOrDraft,
    async (c) => {
      const reviewed = await findQuizForReview(c.env.DB, c.var.quiz.id);
      return c.json(reviewView(reviewed ?? { quiz: c.var.quiz, published: true, revision: 0 }));
    },
  )
  .post(
    "/:id/visibility",
    describeRoute(
      WITH_API_DOCS
        ? {
            ...TEACHER_ONLY,
            tags: ["Quizzes"],
            operationId: "setQuizVisibility",
            summary: "List a created quiz publicly, or not",
            description:
              "`{ public: true }` lists the quiz in `GET /api/quizzes` and `/quizzes`; `false` takes it " +
              "off the list (its link and join codes keep working). Shipped quizzes are always listed.",
            parameters: [QUIZ_ID],
            requestBody: {
              required: true,
              content: { "application/json": { schema: resolver(VisibilityBody) } },
            },
            responses: {
              200: json("The quiz's id and visibility.", "QuizVisibility"),
              ...problems(400, 401, 404, 415, 429, 503),
              409: problemResponse("Quizzes that ship with Ardoise are always listed."),
            },
          }
        : {},
    ),
    teacherAuth,
    limitBody(SUBMISSION_BODY_LIMIT),
    withQuizOrDraft,
    requireJsonBody,
    vValidator("json", VisibilityBody, (result, c) => {
      if (!result.success) return invalidInput(c, toFieldErrors(result.issues));
    }),
    async (c) => {
      const { id } = c.var.quiz;
      if (isShippedQuiz(id)) {
        return problem(c, {
          type: "/problems/shipped-quiz",
          title: "Shipped quizzes are always listed",
          status: 409,
          detail: `"${id}" ships with Ardoise and is always listed; only created quizzes can be hidden.`,
        });
      }
      const isPublic = c.req.valid("json").public;
      await setQuizPublic(c.env.DB, id, isPublic);
      return c.json({ id, public: isPublic });
    },
  )
  .delete(
    "/:id",
    describeRoute(
      WITH_API_DOCS
        ? {
            ...TEACHER_ONLY,
            tags: ["Quizzes"],
            operationId: "deleteQuiz",
            summary: "Delete a created quiz",
            description: "Deletes the quiz and its submissions. Shipped quizzes cannot be deleted.",
            parameters: [QUIZ_ID],
            responses: {
              204: { description: "Deleted." },
              ...problems(401, 404, 429, 503),
              409: problemResponse("Quizzes that ship with Ardoise cannot be deleted."),
            },
          }
        : {},
    ),
    teacherAuth,
    withQuizOrDraft,
    async (c) => {
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
    },
  )
  .post(
    "/:id/submissions",
    describeRoute(
      WITH_API_DOCS
        ? {
            tags: ["Submissions"],
            operationId: "submitAnswers",
            summary: "Hand in an answer sheet",
            description:
              "Marks the sheet, stores it and returns the score. `answers` maps question ids to an " +
              "option id (`single_choice`), a boolean (`true_false`) or text (`short_answer`); " +
              "missing answers score 0.",
            parameters: [QUIZ_ID, IDEMPOTENCY_KEY],
            requestBody: {
              required: true,
              content: { "application/json": { schema: resolver(SubmissionBody) } },
            },
            responses: {
              201: json("The marked sheet.", "MarkedSubmission", {
                "Idempotency-Replayed": {
                  description: "`true` when this is the stored response to an earlier request.",
                  schema: { type: "string", enum: ["true"] },
                },
              }),
              ...problems(400, 404, 413, 415, 503),
              409: problemResponse(
                "A request with the same `Idempotency-Key` is still being handled: retry after `Retry-After` seconds.",
              ),
              422: problemResponse(
                "This `Idempotency-Key` was first sent with another quiz or other answers.",
              ),
            },
          }
        : {},
    ),
    limitBody(SUBMISSION_BODY_LIMIT),
    idempotencyKey,
    withPublishedQuiz,
    requireJsonBody,
    vValidator("json", SubmissionBody, (result, c) => {
      if (!result.success) return invalidInput(c, toFieldErrors(result.issues));
    }),
    async (c) =>
      handIn(c, { quiz: c.var.quiz, body: c.req.valid("json"), raw: await c.req.json() }),
  );
