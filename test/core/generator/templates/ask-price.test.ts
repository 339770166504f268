import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../../src/core/article/parse-article";
import { analyseArticle } from "../../../../src/core/french/analyse-article";
import { askPrice } from "../../../../src/core/generator/templates/ask-price";

function prompts(text: string): string[] {
  return askPrice(analyseArticle(parseArticle(`Titre\n\n${text}`))).map((c) => c.prompt);
}

describe("askPrice", () => {
  it("asks the price a sale was made at, with who sold and what (round 170: Sindou)", () => {
    expect(
      prompts(
        "Les 214 membres du groupement Benkadi de Sindou ont vendu leur récolte de noix de cajou à 410 francs CFA le kilogramme, contre 250 francs CFA proposés au moment de la récolte.",
      ),
    ).toEqual([
      "À quel prix les membres du groupement Benkadi de Sindou ont-ils vendu leur récolte de noix de cajou ?",
    ]);
  });

  it("asks nothing of some sellers, of a thing pointed back at, of a sum that is no price", () => {
    expect(
      prompts(
        "Certaines productrices ont cédé leur récolte à moins de 300 francs CFA le kilogramme.",
      ),
    ).toEqual([]);
    expect(
      prompts("Les planteurs ont vendu cette récolte à 1 800 francs CFA le kilogramme."),
    ).toEqual([]);
    expect(prompts("La commune a investi 410 000 francs CFA dans un magasin.")).toEqual([]);
  });
});
