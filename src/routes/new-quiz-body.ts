/**
 * @module
 * What a valid body for creating a quiz is (`POST /api/quizzes`).
 */
import * as v from "valibot";
import {
  MAX_ARTICLE_LENGTH,
  MAX_QUESTION_COUNT,
  MAX_TITLE_LENGTH,
  MIN_ARTICLE_LENGTH,
  MIN_QUESTION_COUNT,
} from "../core/quiz/quiz-limits";
import { controlsToSpaces, controlsToSpacesKeepingLines, refuseLoneSurrogates } from "./text-rules";

export { MAX_ARTICLE_LENGTH, MIN_ARTICLE_LENGTH };
export const SUPPORTED_LANGUAGES = ["fr"] as const;

const FIELDS = "text (required), title, language, questionCount, public and published (optional)";
const QUESTION_COUNT_RANGE = `questionCount must be between ${MIN_QUESTION_COUNT} and ${MAX_QUESTION_COUNT}.`;
const NOT_AN_OBJECT = `The body must be a JSON object with ${FIELDS}.`;

/**
 * `{ title?, text, language?, questionCount?, public?, published? }`, nothing else.
 * `published: false` makes a draft students cannot open until it is published. `public: true` lists
 * the quiz in `GET /api/quizzes` and `/quizzes`; by default it is reached by its link only. The language is checked after
 * validation, so that an unsupported one gets its own answer (422). Control characters become
 * spaces (the text keeps its line breaks and tabs); lone surrogates are refused (text-rules.ts).
 *
 * @example
 * v.parse(NewQuizBody, { text: article, questionCount: 12 });
 */
export const NewQuizBody = v.pipe(
  // An array passes `strictObject`'s `typeof` check: refuse it first, as any non-object body.
  v.custom<unknown>((input) => !Array.isArray(input), NOT_AN_OBJECT),
  v.strictObject(
    {
      title: v.optional(
        v.pipe(
          v.string("title must be a string."),
          refuseLoneSurrogates("title"),
          controlsToSpaces(),
          v.trim(),
          v.minLength(1, "title must not be blank; leave it out to use the article's first line."),
          v.maxLength(
            MAX_TITLE_LENGTH,
            `title must be at most ${MAX_TITLE_LENGTH} characters long.`,
          ),
        ),
      ),
      text: v.pipe(
        v.string("text must be a string: the article, title on the first line."),
        refuseLoneSurrogates("text"),
        controlsToSpacesKeepingLines(),
        v.trim(),
        v.minLength(
          MIN_ARTICLE_LENGTH,
          `text must be at least ${MIN_ARTICLE_LENGTH} characters long: paste the whole article.`,
        ),
        v.maxLength(
          MAX_ARTICLE_LENGTH,
          `text must be at most ${MAX_ARTICLE_LENGTH.toLocaleString("en")} characters long.`,
        ),
      ),
      language: v.optional(
        v.pipe(
          v.string('language must be a language code such as "fr".'),
          v.trim(),
          v.toLowerCase(),
        ),
      ),
      questionCount: v.optional(
        v.pipe(
          v.number("questionCount must be a number."),
          v.integer("questionCount must be a whole number."),
          v.minValue(MIN_QUESTION_COUNT, QUESTION_COUNT_RANGE),
          v.maxValue(MAX_QUESTION_COUNT, QUESTION_COUNT_RANGE),
        ),
      ),
      public: v.optional(
        v.boolean("public must be true (listed to everyone) or false (reached by its link only)."),
      ),
      published: v.optional(
        v.boolean(
          "published must be true or false: false keeps the quiz a draft students cannot open.",
        ),
      ),
    },
    (issue) => {
      if (issue.expected === "never") return `Unknown field ${issue.input} — send only ${FIELDS}.`;
      if (issue.expected?.startsWith('"')) return `${issue.expected} is required.`;
      return NOT_AN_OBJECT;
    },
  ),
);

export type NewQuizBody = v.InferOutput<typeof NewQuizBody>;

/**
 * `{ public: boolean }`: `POST /api/quizzes/:id/visibility`.
 *
 * @example
 * v.parse(VisibilityBody, { public: true });
 */
export const VisibilityBody = v.strictObject(
  {
    public: v.boolean(
      "public must be true (listed to everyone) or false (reached by its link only).",
    ),
  },
  (issue) =>
    issue.expected === "never"
      ? `Unknown field ${issue.input} — send only public.`
      : 'The body must be a JSON object { "public": true } or { "public": false }.',
);
