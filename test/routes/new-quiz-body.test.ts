import * as v from "valibot";
import { describe, expect, it } from "vitest";
import {
  MAX_ARTICLE_LENGTH,
  MIN_ARTICLE_LENGTH,
  NewQuizBody,
  SUPPORTED_LANGUAGES,
} from "../../src/routes/new-quiz-body";

// A real-looking article of just over 200 characters.
const text = [
  "Nantes : la ligne 6 du tramway mise en service",
  "",
  "La maire de Nantes, Johanna Rolland, a inauguré samedi 14 mai la ligne 6 du tramway. Les travaux ont coûté 120 millions d'euros. La ligne dessert 18 stations entre la gare et Rezé.",
].join("\n");

function issuesOf(input: unknown): [string, string][] {
  const result = v.safeParse(NewQuizBody, input);
  if (result.success) return [];
  return result.issues.map((issue) => [
    issue.path?.map((item) => String(item.key)).join(".") ?? "",
    issue.message,
  ]);
}

describe("NewQuizBody", () => {
  it("accepts an article alone", () => {
    expect(text.length).toBeGreaterThanOrEqual(MIN_ARTICLE_LENGTH);
    expect(v.parse(NewQuizBody, { text })).toEqual({ text });
  });

  it("trims the text and title, lowercases the language and keeps the question count", () => {
    expect(
      v.parse(NewQuizBody, {
        text: `  ${text}\n`,
        title: "  Le tramway à Nantes ",
        language: " FR ",
        questionCount: 12,
      }),
    ).toEqual({ text, title: "Le tramway à Nantes", language: "fr", questionCount: 12 });
  });

  it("leaves the language to be checked later: an unsupported one passes validation", () => {
    expect(SUPPORTED_LANGUAGES).toEqual(["fr"]);
    expect(v.parse(NewQuizBody, { text, language: "de" })).toEqual({ text, language: "de" });
  });

  it.each([5, 20])("accepts %d questions, a bound of the range", (questionCount) => {
    expect(v.parse(NewQuizBody, { text, questionCount }).questionCount).toBe(questionCount);
  });

  it.each([
    ["no text", {}, "text", '"text" is required.'],
    [
      "a text that is not a string",
      { text: 5 },
      "text",
      "text must be a string: the article, title on the first line.",
    ],
    [
      "a short text",
      { text: "Le maire a inauguré le tramway." },
      "text",
      "text must be at least 200 characters long: paste the whole article.",
    ],
    [
      "a text of spaces around a short one",
      { text: `${" ".repeat(250)}Le maire.` },
      "text",
      "text must be at least 200 characters long: paste the whole article.",
    ],
    [
      "a too long text",
      { text: "x".repeat(MAX_ARTICLE_LENGTH + 1) },
      "text",
      "text must be at most 50,000 characters long.",
    ],
    [
      "a blank title",
      { text, title: "   " },
      "title",
      "title must not be blank; leave it out to use the article's first line.",
    ],
    ["a title that is not a string", { text, title: 3 }, "title", "title must be a string."],
    ["a null title", { text, title: null }, "title", "title must be a string."],
    [
      "a too long title",
      { text, title: "t".repeat(201) },
      "title",
      "title must be at most 200 characters long.",
    ],
    [
      "a language that is not a string",
      { text, language: 3 },
      "language",
      'language must be a language code such as "fr".',
    ],
    [
      "4 questions",
      { text, questionCount: 4 },
      "questionCount",
      "questionCount must be between 5 and 20.",
    ],
    [
      "21 questions",
      { text, questionCount: 21 },
      "questionCount",
      "questionCount must be between 5 and 20.",
    ],
    [
      "5.5 questions",
      { text, questionCount: 5.5 },
      "questionCount",
      "questionCount must be a whole number.",
    ],
    [
      "a question count in a string",
      { text, questionCount: "10" },
      "questionCount",
      "questionCount must be a number.",
    ],
    [
      "an unknown field",
      { text, score: 3 },
      "score",
      "Unknown field score — send only text (required), title, language, questionCount, public and published (optional).",
    ],
  ])("refuses %s, saying where and why", (_, input, path, message) => {
    expect(issuesOf(input)).toEqual([[path, message]]);
  });

  it("accepts a text of exactly the longest length", () => {
    expect(issuesOf({ text: "x".repeat(MAX_ARTICLE_LENGTH) })).toEqual([]);
  });

  it.each([[null], ["un article"], [42]])("refuses a body that is not an object: %j", (input) => {
    expect(issuesOf(input)).toEqual([
      [
        "",
        "The body must be a JSON object with text (required), title, language, questionCount, public and published (optional).",
      ],
    ]);
  });

  it("refuses an array as a body that is not an object", () => {
    expect(issuesOf([text])).toEqual([
      [
        "",
        "The body must be a JSON object with text (required), title, language, questionCount, public and published (optional).",
      ],
    ]);
  });
});
