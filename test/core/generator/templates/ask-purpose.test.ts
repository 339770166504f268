import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../../src/core/article/parse-article";
import { analyseArticle } from "../../../../src/core/french/analyse-article";
import { answerForms } from "../../../../src/core/generator/answer-forms";
import { askPurpose } from "../../../../src/core/generator/templates/ask-purpose";

function asked(...sentences: string[]) {
  const analysis = analyseArticle(parseArticle(["Titre", sentences.join(" ")].join("\n\n")));
  return askPurpose(analysis).map((candidate) => {
    const forms = answerForms(candidate.answer, analysis);
    return { prompt: candidate.prompt, answer: forms.answer, accepted: forms.accepted };
  });
}

describe("askPurpose", () => {
  it("asks what a measure aims at (`vise à décourager …`)", () => {
    expect(
      asked("Cette hausse vise à décourager la contrebande vers les pays voisins.").map((q) => [
        q.prompt,
        q.answer,
      ]),
    ).toEqual([
      ["À quoi la hausse vise-t-elle ?", "à décourager la contrebande vers les pays voisins"],
    ]);
  });

  it("asks what a thing makes possible, keyed with `de` and accepted without (the @example)", () => {
    expect(
      asked("Cette station permettra de soulager les barrages de la région, selon le ministre."),
    ).toEqual([
      {
        prompt: "Que permettra la station ?",
        answer: "de soulager les barrages de la région",
        accepted: ["de soulager les barrages de la région", "soulager les barrages de la région"],
      },
    ]);
  });

  it("reads the compound past and a modal, and the subject a pronoun stands for", () => {
    expect(
      asked(
        "Le chantier a permis de révéler des couleurs inattendues.",
        "Un accord a été signé mardi à Lubumbashi.",
        "Il doit permettre de réduire les files de camions.",
      ).map((q) => [q.prompt, q.answer]),
    ).toEqual([
      ["Qu'a permis le chantier ?", "de révéler des couleurs inattendues"],
      ["Que doit permettre l'accord ?", "de réduire les files de camions"],
    ]);
  });

  it("asks nothing of a bare verb, a long or cut answer, or a thing pointed at", () => {
    expect(
      asked(
        "Le projet permettra de créer.",
        "Le chantier a permis de révéler des couleurs « d'une fraîcheur inattendue ».",
        "La ligne permettra de relier en vingt minutes la gare Cornavin au centre de la commune de Vernier.",
        "La réforme permettra d'y remédier.",
      ),
    ).toEqual([]);
  });
});

describe("askPurpose on a decimal figure", () => {
  it("keeps a decimal comma inside what is made possible (round 89)", () => {
    expect(
      asked(
        "La fermeture de nuit est contestée.",
        "Selon la direction, la mesure permettrait d'économiser environ 1,6 million de francs par an.",
      ).map((q) => q.answer),
    ).toContain("d'économiser environ 1,6 million de francs par an");
  });
});
