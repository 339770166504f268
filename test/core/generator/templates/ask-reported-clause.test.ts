import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../../src/core/article/parse-article";
import { analyseArticle } from "../../../../src/core/french/analyse-article";
import { askReportedClause } from "../../../../src/core/generator/templates/ask-reported-clause";

function asked(...sentences: string[]) {
  const analysis = analyseArticle(parseArticle(["Titre", sentences.join(" ")].join("\n\n")));
  return askReportedClause(analysis).map((candidate) => ({
    template: candidate.template,
    prompt: candidate.prompt,
    evidence: candidate.sentence.text,
  }));
}

describe("askReportedClause", () => {
  it("asks why and to what level of a clause reported as a fact, in the future, with the whole sentence as evidence (the @example)", () => {
    const sentence =
      "La Direction nationale de l'eau potable (DINEPA) a annoncé jeudi que la distribution d'eau courante aux Gonaïves serait ramenée de six à trois jours par semaine, en raison de la sécheresse.";
    expect(asked(sentence)).toEqual([
      {
        template: "why",
        prompt:
          "Pourquoi la distribution d'eau courante aux Gonaïves sera-t-elle ramenée de six à trois jours par semaine ?",
        evidence: sentence,
      },
      {
        template: "change",
        prompt: "À combien la distribution d'eau courante aux Gonaïves sera-t-elle ramenée ?",
        evidence: sentence,
      },
    ]);
  });

  it("asks nothing of a view reported (`a estimé que`) nor of a sentence without a reported clause", () => {
    expect(
      asked(
        "Le maire a estimé que la distribution d'eau serait ramenée à trois jours en raison de la sécheresse.",
        "La distribution d'eau a été ramenée à trois jours en raison de la sécheresse.",
      ).filter((question) => question.evidence.startsWith("Le maire")),
    ).toEqual([]);
  });
});
