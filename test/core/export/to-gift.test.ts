import { type GIFTQuestion, parse } from "gift-pegjs";
import { describe, expect, it } from "vitest";
import { toGift } from "../../../src/core/export/to-gift";
import type { Question, Quiz } from "../../../src/core/quiz/quiz";
import { sampleQuiz } from "../quiz/sample-quiz";
import { trickyQuiz } from "./tricky-quiz";

/** Moodle's shortanswer reads `\*` as a literal asterisk; GIFT passes the backslash through. */
const asMoodleShortAnswer = (form: string) => form.replaceAll("*", "\\*");

function expectQuestion(parsed: GIFTQuestion | undefined, question: Question) {
  if (!parsed || parsed.type === "Category" || parsed.type === "Description") {
    throw new Error(`${question.id}: got ${parsed?.type}`);
  }
  expect(parsed.title).toBe(question.id.toUpperCase());
  expect(parsed.stem).toEqual({ format: "plain", text: question.prompt });
  // A feedback beginning `[html]` keeps it: the format read is the `[plain]` before it.
  expect(parsed.globalFeedback).toEqual({ format: "plain", text: question.evidence.text });
  switch (question.type) {
    case "true_false":
      expect(parsed).toMatchObject({ type: "TF", isTrue: question.answer });
      break;
    case "single_choice":
      expect(parsed.type).toBe("MC");
      if (parsed.type !== "MC") return;
      // Wrong options weigh 0 explicitly, so that a text beginning `%20%` is not read as 20 %;
      // the right one has no weight (after `=`, Moodle reads none).
      expect(
        parsed.choices.map((choice) => ({
          text: choice.text.text,
          format: choice.text.format,
          right: choice.isCorrect,
          weight: choice.weight,
        })),
      ).toEqual(
        question.options.map((option) => ({
          text: option.text,
          format: "plain",
          right: option.id === question.answer,
          weight: option.id === question.answer ? null : 0,
        })),
      );
      break;
    case "short_answer": {
      expect(parsed.type).toBe("Short");
      if (parsed.type !== "Short") return;
      const forms = [...new Set([question.answer, ...question.accepted])];
      // Every form at 100 %, so that a form beginning `%50%` is not read as half marks.
      expect(
        parsed.choices.map((choice) => ({
          text: choice.text.text,
          format: choice.text.format,
          weight: choice.weight,
          right: choice.isCorrect,
        })),
      ).toEqual(
        forms.map((form) => ({
          text: asMoodleShortAnswer(form),
          format: "plain",
          weight: 100,
          right: true,
        })),
      );
      break;
    }
  }
}

/**
 * Moodle's GIFT importer (question/format/gift) reads, at the start of an answer after `=` or `~`,
 * a weight `%n%` (except after `=` in a multiple choice), then a format `[html]`, `[markdown]`,
 * `[moodle]` or `[plain]`; the same format marker at the start of the `####` feedback. So each
 * answer line must begin with its own weight and `[plain]`, whatever its text begins with.
 */
function expectImporterRules(gift: string, quiz: Quiz) {
  const lines = gift.split("\n");
  const answerLines = lines.filter((line) => /^\t[=~]/.test(line));
  const feedbackLines = lines.filter((line) => line.includes("####"));
  const expected = quiz.questions.flatMap((question) => {
    if (question.type === "single_choice") {
      return question.options.map((option) =>
        option.id === question.answer ? "=[plain]" : "~%0%[plain]",
      );
    }
    if (question.type === "short_answer") {
      return [...new Set([question.answer, ...question.accepted])].map(() => "=%100%[plain]");
    }
    return [];
  });
  expect(
    answerLines.map((line) => /^\t(=%100%|~%0%|=)\[plain\]/.exec(line)?.[0]?.slice(1)),
  ).toEqual(expected);
  expect(feedbackLines).toHaveLength(quiz.questions.length);
  for (const line of feedbackLines) expect(line).toMatch(/####\[plain\]/);
}

function expectRoundTrip(quiz: Quiz) {
  const parsed = parse(toGift(quiz));
  expect(parsed).toHaveLength(quiz.questions.length + 2);
  expect(parsed[0]).toMatchObject({ type: "Category" });
  expect(parsed[1]).toMatchObject({
    type: "Description",
    title: "Article",
    stem: {
      format: "plain",
      text: [quiz.article.title, ...quiz.article.paragraphs].join("\n\n"),
    },
  });
  quiz.questions.forEach((question, index) => {
    expectQuestion(parsed[index + 2], question);
  });
}

describe("toGift", () => {
  it("reads back with gift-pegjs as the same quiz", () => {
    expectRoundTrip(sampleQuiz);
  });

  it('escapes : ~ = # { } \\ and line breaks everywhere, and keeps < > & " as they are', () => {
    expectRoundTrip(trickyQuiz);
  });

  it("weighs every answer and marks every text [plain], so no text reads as a weight or a format", () => {
    expectImporterRules(toGift(sampleQuiz), sampleQuiz);
    expectImporterRules(toGift(trickyQuiz), trickyQuiz);
    const gift = toGift(trickyQuiz);
    expect(gift).toContain("\t=%100%[plain]%50% des voix\n");
    expect(gift).toContain("\t=%100%[plain][html]<b>gras</b>\n");
    expect(gift).toContain("\t~%0%[plain]%20% de hausse\n");
    expect(gift).toContain("\t=[plain][html]<i>penché</i>\n");
    expect(gift).toContain("\t####[plain][html]<b>preuve</b> & fin\n");
  });

  it("writes one block per question, blank lines between, evidence last in the braces", () => {
    const gift = toGift(sampleQuiz);
    expect(gift).toBe(
      [
        "$CATEGORY: Ardoise/Exemple",
        "",
        "::Article::[plain]Un ministre à Rabat\\n\\nJan Jambon est ministre. Il était à Rabat mardi.",
        "",
        "::Q1::[plain]Qui est ministre ?{",
        "\t=%100%[plain]Jan Jambon",
        "\t=%100%[plain]Jambon",
        "\t####[plain]Jan Jambon est ministre.",
        "}",
        "",
        "::Q2::[plain]Où était-il mardi ?{",
        "\t~%0%[plain]Bruxelles",
        "\t=[plain]Rabat",
        "\t~%0%[plain]Paris",
        "\t####[plain]Il était à Rabat mardi.",
        "}",
        "",
        "::Q3::[plain]Jan Jambon est ministre.{TRUE####[plain]Jan Jambon est ministre.}",
        "",
      ].join("\n"),
    );
  });

  it("escapes the backslash before the characters it escapes", () => {
    const gift = toGift(trickyQuiz);
    expect(gift).toContain("\t=%100%[plain]x\\#y\\\\z\n");
    expect(gift).toContain("\t=%100%[plain]5 \\* 3\n");
    // No literal line break inside a question: a blank one would end it early.
    for (const block of gift.trim().split("\n\n")) {
      expect(block.split("\n").every((line) => line.trim() !== "")).toBe(true);
    }
  });

  it("doubles slashes in the category and drops backslashes Moodle would not undo", () => {
    const gift = toGift({ ...sampleQuiz, title: "Paris/Rabat \\: le bilan" });
    expect(gift.split("\n")[0]).toBe("$CATEGORY: Ardoise/Paris//Rabat : le bilan");
  });
});
