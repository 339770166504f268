import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../src/core/article/parse-article";
import { analyseArticle } from "../../../src/core/french/analyse-article";
import type { Candidate } from "../../../src/core/generator/candidate";
import { generateQuiz } from "../../../src/core/generator/generate-quiz";
import { withRate } from "../../../src/core/generator/with-rate";
import { numberCandidate } from "./number-candidate";

const body =
  "La fuite, estimée à 40 mètres cubes par heure, a été repérée lundi. Le prix moyen s'est établi à 15,8 dinars le kilogramme, contre 17,2 dinars l'an dernier.";
const analysis = analyseArticle(parseArticle(`Fuite à Bellepierre\n\n${body}`));

function candidate(prompt: string, figure: string): Candidate {
  return numberCandidate(analysis, figure, prompt);
}

describe("withRate", () => {
  it("keys a figure with the rate written after it when the prompt does not say it", () => {
    const leak = withRate(
      candidate("À combien la fuite est-elle estimée ?", "40 mètres cubes"),
      analysis.body,
    );
    expect(leak.answer).toMatchObject({
      quantity: { text: "40 mètres cubes par heure", unit: "mètres cubes par heure", value: 40 },
    });
    const price = withRate(
      candidate("À combien s'est établi le prix moyen ?", "15,8 dinars"),
      analysis.body,
    );
    expect(price.answer).toMatchObject({ quantity: { unit: "dinars le kilogramme" } });
  });

  it("leaves a prompt that says the rate, a blank, and a figure without rate as they are", () => {
    const said = candidate("À combien le prix a-t-il été fixé par kilo ?", "15,8 dinars");
    expect(withRate(said, analysis.body)).toBe(said);
    const blank = candidate("Complétez : « La fuite, estimée à …… par heure »", "40 mètres cubes");
    expect(withRate(blank, analysis.body)).toBe(blank);
    const bare = candidate("Combien coûtait le kilo l'an dernier ?", "17,2 dinars");
    expect(withRate(bare, analysis.body)).toBe(bare);
  });

  it("makes every option of a generated question carry the rate", () => {
    const quiz = generateQuiz(parseArticle(`Fuite à Bellepierre\n\n${body}`), {
      id: "fuite",
      questionCount: 10,
    });
    const leak = quiz.questions.find((q) => q.type === "single_choice" && /fuite/u.test(q.prompt));
    expect(leak?.type).toBe("single_choice");
    if (leak?.type !== "single_choice") return;
    for (const option of leak.options) expect(option.text).toMatch(/ mètres cubes par heure$/u);
  });
});

describe("withRate on a rate after what the figure counts (round 153: `par jour` left out)", () => {
  const text =
    "L'unité, installée dans un hangar, peut traiter 2 tonnes de tubercules frais par jour, soit environ 550 kilos de farine.";
  const unit = analyseArticle(parseArticle(`Une unité de transformation\n\n${text}`));
  const asked = (prompt: string): string =>
    withRate(numberCandidate(unit, "2 tonnes", prompt), unit.body).prompt;

  it("asks the rate in the question, once", () => {
    expect(asked("Combien de tonnes peut traiter l'unité ?")).toBe(
      "Combien de tonnes peut traiter l'unité par jour ?",
    );
    expect(asked("Combien de tonnes l'unité peut-elle traiter chaque jour ?")).toBe(
      "Combien de tonnes l'unité peut-elle traiter chaque jour ?",
    );
  });
});
