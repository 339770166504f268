import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../../src/core/article/parse-article";
import { analyseArticle } from "../../../../src/core/french/analyse-article";
import { askFundedShare } from "../../../../src/core/generator/templates/ask-funded-share";

function promptsFor(...sentences: string[]): string[] {
  const analysis = analyseArticle(parseArticle(["Titre", sentences.join(" ")].join("\n\n")));
  return askFundedShare(analysis).map((candidate) => candidate.prompt);
}

describe("askFundedShare", () => {
  it("asks which share a funder paid of a project, its answer the share", () => {
    const analysis = analyseArticle(
      parseArticle(
        [
          "Titre",
          "D'un coût total de 1,8 milliard de FCFA, le projet a été financé à hauteur de 70 % par l'État gabonais, le reste ayant été apporté par des partenaires privés.",
        ].join("\n\n"),
      ),
    );
    const [candidate] = askFundedShare(analysis);
    expect(candidate?.prompt).toBe(
      "Dans quelle proportion l'État gabonais a-t-il financé le projet ?",
    );
    expect(candidate?.answer.kind === "number" && candidate.answer.quantity.text).toBe("70 %");
  });

  it("asks of what a cost paid for, the funder's gender and number in the pronoun", () => {
    expect(
      promptsFor(
        "Le bâtiment a coûté 1,2 milliard de francs comoriens, financés à hauteur de 70 % par l'Agence française de développement et pour le reste par l'État comorien.",
      ),
    ).toEqual([
      "Dans quelle proportion l'Agence française de développement a-t-elle financé le bâtiment ?",
    ]);
    expect(promptsFor("Le centre sera financé à 85 % par l'Union européenne.")).toEqual([
      "Dans quelle proportion l'Union européenne finance-t-elle le centre ?",
    ]);
  });

  it("asks nothing of a share two funders paid, nor of something that is someone's", () => {
    expect(promptsFor("Le chantier a été financé à 60 % par l'État et la Région.")).toEqual([]);
    expect(
      promptsFor(
        "Sa construction a été financée à 70 % par l'État et pour le reste par la commune.",
      ),
    ).toEqual([]);
  });
});
