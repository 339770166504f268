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
  expect(parsed.globalFeedback?.text).toBe(question.evidence.text);
  switch (question.type) {
    case "true_false":
      expect(parsed).toMatchObject({ type: "TF", isTrue: question.answer });
      break;
    case "single_choice":
      expect(parsed.type).toBe("MC");
      if (parsed.type !== "MC") return;
      expect(
        parsed.choices.map((choice) => ({ text: choice.text.text, right: choice.isCorrect })),
      ).toEqual(
        question.options.map((option) => ({
          text: option.text,
          right: option.id === question.answer,
        })),
      );
      break;
    case "short_answer": {
      expect(parsed.type).toBe("Short");
      if (parsed.type !== "Short") return;
      const forms = [...new Set([question.answer, ...question.accepted])];
      expect(parsed.choices.map((choice) => choice.text.text)).toEqual(
        forms.map(asMoodleShortAnswer),
      );
      expect(parsed.choices.every((choice) => choice.isCorrect)).toBe(true);
      break;
    }
  }
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

  it("writes one block per question, blank lines between, evidence last in the braces", () => {
    const gift = toGift(sampleQuiz);
    expect(gift).toBe(
      [
        "$CATEGORY: Ardoise/Exemple",
        "",
        "::Article::[plain]Un ministre à Rabat\\n\\nJan Jambon est ministre. Il était à Rabat mardi.",
        "",
        "::Q1::[plain]Qui est ministre ?{",
        "\t=Jan Jambon",
        "\t=Jambon",
        "\t####Jan Jambon est ministre.",
        "}",
        "",
        "::Q2::[plain]Où était-il mardi ?{",
        "\t~Bruxelles",
        "\t=Rabat",
        "\t~Paris",
        "\t####Il était à Rabat mardi.",
        "}",
        "",
        "::Q3::[plain]Jan Jambon est ministre.{TRUE####Jan Jambon est ministre.}",
        "",
      ].join("\n"),
    );
  });

  it("escapes the backslash before the characters it escapes", () => {
    const gift = toGift(trickyQuiz);
    expect(gift).toContain("\t=x\\#y\\\\z\n");
    expect(gift).toContain("\t=5 \\* 3\n");
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
