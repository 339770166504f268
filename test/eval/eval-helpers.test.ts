import { describe, expect, it } from "vitest";
import type { Question } from "../../src/core/quiz/quiz";
import { baselineCandidates } from "./baseline-candidates";
import { classifyAnswer } from "./classify-answer";
import { type KeyFact, printedInHeadline } from "./corpus-eval";
import { findDefects } from "./find-defects";
import { answersEqual, answersMatch, figuresMatch } from "./match-answer";
import { answerTokens, tokenF1 } from "./token-f1";

describe("answersMatch", () => {
  it("accepts equal normalised answers and whole-word containment of 4+ characters", () => {
    expect(answersMatch("L'Agence nationale", "agence NATIONALE")).toBe(true);
    expect(answersMatch("Mme Claire Vasseur", "Vasseur")).toBe(true);
    expect(answersMatch("Marseille", "mars")).toBe(false);
    expect(answersMatch("312 voix", "312")).toBe(false);
    expect(answersEqual("Mme Claire Vasseur", "Vasseur")).toBe(false);
  });
});

describe("figuresMatch", () => {
  it("matches a figure in digits to one in words with the same counted noun", () => {
    expect(figuresMatch("6 prévenus", "six prévenus")).toBe(true);
    expect(figuresMatch("14 orpailleurs", "Au moins quatorze orpailleurs")).toBe(true);
    expect(figuresMatch("62 habitants", "Soixante-deux habitants")).toBe(true);
    expect(figuresMatch("6 prévenus", "six victimes")).toBe(false);
    expect(figuresMatch("6 abstentions", "27 voix pour et 6 abstentions")).toBe(false);
    expect(figuresMatch("7 prévenus", "six prévenus")).toBe(false);
  });
});

describe("tokenF1", () => {
  it("scores like SQuAD, articles dropped", () => {
    expect(tokenF1(answerTokens("la Banque de France"), answerTokens("Banque de France"))).toBe(1);
    expect(
      tokenF1(answerTokens("14,2 milliards"), answerTokens("14,2 milliards d'euros")),
    ).toBeCloseTo(0.75);
    expect(tokenF1(answerTokens("Paris"), answerTokens("Lyon"))).toBe(0);
  });
});

describe("classifyAnswer", () => {
  it("sorts answers into rough kinds", () => {
    expect(classifyAnswer("mars 1789")).toBe("date");
    expect(classifyAnswer("100 000")).toBe("number");
    expect(classifyAnswer("Victor Hugo")).toBe("person");
    expect(classifyAnswer("ONU")).toBe("organisation");
    expect(classifyAnswer("Louis XIV")).toBe("person");
    expect(classifyAnswer("New York", "Il vit à New York.", 9)).toBe("place");
    expect(classifyAnswer("Lyon")).toBe("place");
    expect(classifyAnswer("les vêtements de sport")).toBe("phrase");
  });
});

describe("baselineCandidates", () => {
  it("finds capitalised spans, dates and numbers with their unit", () => {
    const candidates = baselineCandidates(
      "Selon Jean de La Fontaine, la Banque de France a prêté 12 millions d'euros le 1er mars 2019.",
    );
    expect(candidates).toContainEqual(["Jean de La Fontaine"]);
    expect(candidates).toContainEqual(["Banque de France"]);
    expect(candidates).toContainEqual(["1er mars 2019"]);
    expect(candidates).toContainEqual(["12 millions d'euros", "12"]);
    expect(candidates).not.toContainEqual(["Selon"]);
    expect(candidates).not.toContainEqual(["1"]);
  });
});

describe("findDefects", () => {
  const body = "Le maire, Jean Dupont, a parlé.";
  const evidence = { text: body, start: 0, end: body.length };

  it("finds nothing wrong in a clean question", () => {
    const question: Question = {
      id: "q1",
      type: "short_answer",
      kind: "person",
      prompt: "Qui est le maire ?",
      evidence,
      answer: "Jean Dupont",
      accepted: ["Dupont"],
      rejected: [],
    };
    expect(findDefects(question, body)).toEqual([]);
  });

  it("reports the answer in the prompt, a bad ending, contractions and bad options", () => {
    const question: Question = {
      id: "q2",
      type: "single_choice",
      kind: "person",
      prompt: "Qui a parlé de le maire Jean Dupont",
      evidence: { ...evidence, end: 5 },
      options: [
        { id: "a", text: "Jean Dupont" },
        { id: "b", text: "Dupont" },
      ],
      answer: "a",
    };
    const checks = findDefects(question, body).map((defect) => defect.check);
    expect(checks).toEqual(
      expect.arrayContaining([
        "answer-in-prompt",
        "prompt-ending",
        "evidence-mismatch",
        "option-count",
        "option-overlaps-answer",
        "missing-contraction",
      ]),
    );
  });
});

describe("printedInHeadline", () => {
  const fact = (answer: string, kind: KeyFact["kind"], alternatives: string[] = []) => ({
    fact: "f",
    answer,
    alternatives,
    kind,
  });

  it("finds a fact's form, or its figure's value however written, in the headline", () => {
    const headline = "Madagascar : au moins onze morts après le passage du cyclone Tsiory";
    expect(printedInHeadline(fact("Tsiory", "phrase"), headline)).toBe(true);
    expect(printedInHeadline(fact("11 personnes", "number"), headline)).toBe(true);
    expect(printedInHeadline(fact("12.500", "number"), headline)).toBe(false);
    expect(printedInHeadline(fact("Toamasina", "place"), headline)).toBe(false);
  });
});
